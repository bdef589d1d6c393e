import { kindOf } from '../fields/field-kinds';
import type { Field, GroupField, TableField } from '../template/types';
import type { ChecklistItem, FieldValue, GroupItem, ListItem, TableRow } from './spec-document';

// What a value holds, read the same way by the kinds' checks, the writer and the reader: no Markdown here, so that
// validating a document loads none.

/** A text-kind value (a missing or mistyped value reads as empty: documents from outside are validated first). */
export function stringValue(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value : '';
}

/** The items of a repeatable value. */
export function itemsValue<T extends ListItem | ChecklistItem | TableRow | GroupItem>(
  value: FieldValue | undefined,
): readonly T[] {
  return Array.isArray(value) ? (value as T[]) : [];
}

/**
 * A text that writes nothing: empty or whitespace only (Markdown trims every line and drops blank ones, see
 * `literalLines`, so such a text leaves no line).
 */
export function isBlank(value: string): boolean {
  return value.trim() === '';
}

/** True when a table row has no content: identifier and option columns do not count (they are pre-filled). */
export function isEmptyRow(table: TableField, row: TableRow): boolean {
  return table.columns.every((column) => column.id || column.options || isBlank(row[column.key] ?? ''));
}

/** True when a group item has no content: its id field and pre-set fields (choices) do not count. */
export function isEmptyItem(group: GroupField, item: GroupItem): boolean {
  return group.fields.every(
    (field) =>
      field.id === group.idField?.field || kindOf(field).preset || isEmptyValue(field, item[field.id]),
  );
}

/** True when a field's value writes nothing of the user's (by its kind's module). */
export function isEmptyValue(field: Field, value: FieldValue | undefined): boolean {
  return kindOf(field).isEmpty(field, value);
}
