import type { RootContent } from 'mdast';
import type { FieldValue } from '../../document/spec-document';
import type { Field } from '../../template/types';

/** How a document is exported: with or without the template's guidance, empty fields as placeholders or left out. */
export interface ExportOptions {
  /** Write the template's guidance (HTML comments, instructions, worked examples). */
  includeGuidance: boolean;
  /** An empty field is written as the template's placeholder, or left out (with sections left empty by it). */
  emptyFields: 'placeholder' | 'omit';
}

/** Export defaults: no guidance, placeholders for empty fields. */
export const defaultExportOptions: ExportOptions = { includeGuidance: false, emptyFields: 'placeholder' };

/** What a whole export shares: the options and the additional content still to place. */
export interface WriteContext {
  options: ExportOptions;
  /** Additional Markdown by anchor; an anchor is removed once its content is written. */
  pending: Map<string, string>;
  /**
   * Nodes written for group items, by item, for a writer that writes the same document again and again (the live
   * preview): an item that is the same object, at the same place, with the same options, is not written again.
   */
  items?: WeakMap<object, WrittenItem>;
  /**
   * The document's link reference definitions, one per line (see `documentDefinitions`): every piece of Markdown is
   * parsed with them, so that a reference defined in another piece stays a reference.
   */
  definitions?: string;
}

/** What one group item was written as, and under which conditions (see `WriteContext.items`). */
export interface WrittenItem {
  field: object;
  key: string;
  nodes: RootContent[];
}

/**
 * Where field references resolve: the document's top level, or one item of a group (its fields, its values, its
 * 1-based number for `{n}` placeholders and the template's per-item placeholder overrides).
 */
export interface Scope {
  fields: readonly Field[];
  values: Readonly<Record<string, FieldValue | undefined>>;
  n: number;
  placeholders?: Readonly<Record<string, string>>;
  /** Only top-level fields are anchors of additional content. */
  topLevel: boolean;
}

/** The description of a field visible in this scope. Throws on an unknown id: descriptions are static. */
export function scopeField(scope: Scope, id: string): Field {
  const field = scope.fields.find((f) => f.id === id);
  if (!field) throw new Error(`No field "${id}" here (fields: ${scope.fields.map((f) => f.id).join(', ')})`);
  return field;
}
