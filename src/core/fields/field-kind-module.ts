import type { z } from 'zod';
import type { DocumentIssue, IssueCode } from '../checks/check-document';
import type { ItemUnit, TextUnit } from '../checks/collect-units';
import type { FieldValue, GroupItem, TableRow } from '../document/spec-document';
import type { Field, FieldKind, GroupField, TableField, TextField } from '../template/types';

/** The description of a field of one kind: `FieldOfKind<'table'>` is `TableField`. */
export type FieldOfKind<K extends FieldKind> = Extract<Field, { kind: K }>;

/**
 * Everything the core knows about the values of one kind of field, in one place; how the kind is written and read
 * as Markdown is its `FieldMarkdownModule`. The registry (`fieldKinds`) holds one per kind, typed so that a kind
 * without a module, or a module without one of these, fails to compile.
 *
 * Where a piece needs the state of its caller (the checks' issue list), it gets a small
 * context object from that caller; recursion into the fields of a group goes through the registry again.
 */
export interface FieldKindModule<F extends Field> {
  /** The zod schema of the field's value (shape only: `checkDocument` reports missing content). */
  valueSchema(field: F): z.ZodType<FieldValue>;
  /** The value the field has in a new document (default content, initial items). */
  initialValue(field: F): FieldValue;
  /** The value of a field nothing was read or kept for: empty text, or no items. */
  emptyValue(): FieldValue;
  /**
   * The template pre-sets values of this kind (a choice's option): such a value alone does not make an item the
   * author's, so it does not count when deciding whether an item is empty or started.
   */
  preset: boolean;
  /** True when the value writes nothing of the user's (pre-filled ids and choices do not count). */
  isEmpty(field: F, value: FieldValue | undefined): boolean;
  /** Clears values read back that are only the template's placeholders (`[DATE]` reads as empty). */
  clearPlaceholders(
    field: F,
    value: FieldValue | undefined,
    clearing: PlaceholderClearing,
  ): FieldValue | undefined;
  /** Reports what the field's value lacks or gets wrong. */
  check(field: F, value: FieldValue | undefined, checking: FieldChecking): void;
  /** Hands the spec checks the texts (and items) of the value that their rules read. */
  collect(field: F, value: FieldValue | undefined, collecting: UnitCollecting): void;
  /** A realistic value for generated documents. */
  sample(field: F, sampling: Sampling): FieldValue;
  /** The kind as a reader would say it ("table with columns ID, Title (ID FR-###)"). */
  describe(field: F): string;
  /** Hands find-in-document every text value of the value, each with where it is. */
  search(field: F, value: FieldValue | undefined, searching: Searching): void;
}

/** What the reader lends a kind clearing placeholders read back. */
export interface PlaceholderClearing {
  /** The field's placeholder in this scope, `{n}` resolved (an item's own override, else the field's). */
  placeholder: string;
  /** True when a one-line value read back is `placeholder` (escaped or not); only bracketed ones count. */
  isPlaceholder(value: unknown, placeholder: string): boolean;
  /** True when a Markdown value read back is only `placeholder`. */
  isMarkdownPlaceholder(value: unknown, placeholder: string): boolean;
  /** Clears the placeholders of one item of a group (its own fields, recursively). */
  clearItem(group: GroupField, item: GroupItem, index: number): void;
}

/** What `checkDocument` lends a kind checking one value. */
export interface FieldChecking {
  /** Form path of the value. */
  path: string;
  /** Where the value's item is, in the template's words ("User story 2"); empty at the top level. */
  where: string;
  /** Where the value is: `where` and the field's label. */
  place: string;
  /** False inside an item nobody started: its required fields are still the template's placeholders. */
  enforceRequired: boolean;
  /** Reports an error at the value. */
  add(code: IssueCode, message: string): void;
  /** Reports an issue anywhere inside the value (a cell, an item's field). */
  issue(issue: Omit<DocumentIssue, 'fieldId'>): void;
  /** Checks a field inside an item of the value. */
  field(
    inner: Field,
    value: FieldValue | undefined,
    path: string,
    where: string,
    enforceRequired: boolean,
  ): void;
}

/** What `collectUnits` lends a kind handing over its texts. */
export interface UnitCollecting {
  path: string;
  /** The item the value is in, or the field's label for a field of its own. */
  subject: string;
  /** The field's label inside an item; empty for a field of its own. */
  label: string;
  /** A top-level field (its default content is the template's words, not the author's). */
  top: boolean;
  /** Hands over one text. */
  text(unit: Omit<TextUnit, 'fieldId'>): void;
  /** Hands over an item of a group that has a role (a user story). */
  item(unit: Omit<ItemUnit, 'fieldId'>): void;
  /** Hands over the texts of a field inside an item of the value. */
  field(inner: Field, value: FieldValue | undefined, path: string, subject: string, label: string): void;
}

/** The seeded text source of the sample generator. */
export interface SampleText {
  sentence(min: number, max: number): string;
  markdown(): string;
  date(): string;
  diagram(): string;
  chance(probability: number): boolean;
  pick<T>(list: readonly T[]): T;
}

/** What `generateDocument` lends a kind making a sample value. */
export interface Sampling {
  text: SampleText;
  /** How many items a repeatable field gets at the size asked for. */
  count(field: Field): number;
  /** A one-line text value that suits the field. */
  line(field: TextField): string;
  /** A filled row of a table, numbered `n`. */
  row(field: TableField, n: number): TableRow;
  /** A filled item of a group, numbered `n`. */
  item(field: GroupField, n: number): GroupItem;
}

/** What find-in-document lends a kind listing its values. */
export interface Searching {
  /** Form path of the value. */
  path: string;
  /** Where the value is, in the form's words, outermost first. */
  where: readonly string[];
  /** A top-level field: its items are named by themselves, not under the field. */
  topLevel: boolean;
  /** The id of the item the value belongs to (FR-212), when that item has one. */
  itemId: string | undefined;
  /** Lists one text value of the item (anything not a string is skipped). */
  push(path: string, where: readonly string[], text: unknown): void;
  /** Lists the values of a field inside an item. */
  nested(
    field: Field,
    value: FieldValue | undefined,
    path: string,
    where: readonly string[],
    itemId?: string,
  ): void;
}
