import { z } from 'zod';
import { newGroupItem } from '../../document/create-document';
import type { FieldValue, GroupItem } from '../../document/spec-document';
import { writeGroupField } from '../../markdown/write/fields/group-field';
import { isEmptyItem, itemsValue } from '../../markdown/write/values';
import type { Field, GroupField } from '../../template/types';
import type { FieldKindModule } from '../field-kind-module';
import { kindOf } from '../field-kinds';
import { idInWords } from '../id-in-words';
import { capitalize, itemLabel } from '../item-label';

/** A repeatable group: items of their own fields (nested groups too), written by the group's layout. */
export const groupKind: FieldKindModule<GroupField> = {
  valueSchema: (field) => z.array(groupItemSchema(field.fields)) as z.ZodType<FieldValue>,
  initialValue: (field) =>
    field.initialItems.map((initial, index) => newGroupItem(field, index + 1, initial)),
  emptyValue: () => [],
  isEmpty: (field, value) => itemsValue<GroupItem>(value).every((item) => isEmptyItem(field, item)),
  write: (field, value, scope, ctx, headingDepth) => writeGroupField(field, value, scope, ctx, headingDepth),
  readBlock: (field, node, reading) => reading.readGroup(field, node),
  clearPlaceholders: (field, value, clearing) => {
    for (const [i, item] of (value as GroupItem[]).entries()) clearing.clearItem(field, item, i);
    return value;
  },
  check: (field, value, checking) => checking.group(field, value),
  collect: (field, value, collecting) => collecting.group(field, value),
  sample: (field, sampling): FieldValue =>
    Array.from({ length: sampling.count(field) }, (_, i) => sampling.item(field, i + 1)),
  describe: (field) => `repeatable group${field.idField ? ` (${idInWords(field.idField.scheme)})` : ''}`,
  search: (field, value, searching) => {
    const items = Array.isArray(value) ? (value as GroupItem[]) : [];
    items.forEach((item, index) => {
      const own = field.idField ? String(item[field.idField.field] ?? '').trim() : '';
      // A bare number ("7", a user story's) is named with the item's name: "User story 7".
      const id = /^\d+$/.test(own) ? `${capitalize(field.itemName)} ${own}` : own;
      const title = id || itemLabel(field.itemName, index);
      // A top-level item is named by itself ("User story 7"), a nested one under its parent's name.
      const where = searching.topLevel ? [title] : [...searching.where, title];
      for (const inner of field.fields)
        searching.nested(
          inner,
          item[inner.id],
          `${searching.path}.${index}.${inner.id}`,
          where,
          id || searching.itemId,
        );
    });
  },
};

function groupItemSchema(fields: readonly Field[]): z.ZodType<GroupItem> {
  const shape: Record<string, z.ZodType<FieldValue>> = {};
  for (const field of fields) shape[field.id] = kindOf(field).valueSchema(field);
  return z.object(shape) as unknown as z.ZodType<GroupItem>;
}
