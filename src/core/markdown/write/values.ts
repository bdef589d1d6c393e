import type { ChecklistItem, FieldValue, GroupItem, ListItem, TableRow } from '../../document/spec-document';
import { kindOf } from '../../fields/field-kinds';
import type { Field, GroupField, TableField } from '../../template/types';
import { resolvePlaceholder } from '../../template/walk';
import type { Scope } from './context';
import { isBlank } from './literal';

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

/** The placeholder of a field in this scope: the segment's own, the item's override, or the field's; `{n}` resolved. */
export function placeholderFor(scope: Scope, field: Field, override?: string): string {
  return resolvePlaceholder(override ?? scope.placeholders?.[field.id] ?? field.placeholder, scope.n);
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
