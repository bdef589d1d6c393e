import fc from 'fast-check';
import type { FieldValue, GroupItem, SpecDocument } from '../document/spec-document';
import { naughtyText } from '../markdown/write/naughty-strings.test-helper';
import type { ExportOptions } from '../markdown/write-markdown';
import type { Field } from '../template/types';

// Random edits as the editor makes them, for the property tests of the writers that cache (the preview's, the
// reprint of opened files).

/** One edit as the document store makes it: the touched field is a new object, every other field the same one. */
export interface Edit {
  field: number;
  item: number;
  action: 'type' | 'add' | 'remove' | 'duplicate';
  text: string;
}

export const editArb: fc.Arbitrary<Edit> = fc.record({
  field: fc.nat(),
  item: fc.nat(),
  action: fc.constantFrom('type', 'type', 'type', 'add', 'remove', 'duplicate'),
  text: fc.oneof(naughtyText, fc.constantFrom('', '\n[ref]: https://example.com\n', '\n- a\n- b\n', '***')),
});

export const optionsArb: fc.Arbitrary<ExportOptions> = fc.record({
  includeGuidance: fc.boolean(),
  emptyFields: fc.constantFrom('placeholder', 'omit'),
});

/** A new value of a field with one item (or the text) changed, as typing, adding or removing would. */
function editValue(field: Field, value: FieldValue | undefined, edit: Edit): FieldValue {
  if (field.kind !== 'list' && field.kind !== 'checklist' && field.kind !== 'table' && field.kind !== 'group')
    return edit.text;
  const items = [...((value as Record<string, unknown>[] | undefined) ?? [])];
  const index = items.length === 0 ? 0 : edit.item % items.length;
  if (edit.action === 'remove') return items.filter((_, i) => i !== index) as FieldValue;
  if (edit.action === 'duplicate' && items.length > 0) {
    items.splice(index, 0, { ...items[index] });
    return items as FieldValue;
  }
  const blank = (): Record<string, unknown> => {
    if (field.kind === 'list') return { text: '' };
    if (field.kind === 'checklist') return { text: '', checked: false };
    if (field.kind === 'table') return Object.fromEntries(field.columns.map((c) => [c.key, '']));
    const repeatable = ['list', 'checklist', 'table', 'group'];
    return Object.fromEntries(field.fields.map((f) => [f.id, repeatable.includes(f.kind) ? [] : '']));
  };
  if (edit.action === 'add' || items.length === 0) {
    items.splice(index, 0, blank());
    return items as FieldValue;
  }
  const item = { ...items[index] };
  if (field.kind === 'list' || field.kind === 'checklist') item.text = edit.text;
  else if (field.kind === 'table') {
    const column = field.columns[edit.item % field.columns.length];
    if (column) item[column.key] = edit.text;
  } else {
    const inner = field.fields[edit.item % field.fields.length];
    if (inner) item[inner.id] = editValue(inner, item[inner.id] as FieldValue | undefined, edit);
  }
  items[index] = item as GroupItem;
  return items as FieldValue;
}

export function applyEdit(doc: SpecDocument, fields: readonly Field[], edit: Edit): SpecDocument {
  const field = fields[edit.field % fields.length] as Field;
  return { ...doc, fields: { ...doc.fields, [field.id]: editValue(field, doc.fields[field.id], edit) } };
}
