import type { Field, GroupField } from './types';

// Why a cache: the writer asks for an item's fields on every write of every item, and most items have none of
// their own (then the group's fields are returned as they are).
const cache = new WeakMap<GroupField, Map<number, readonly Field[]>>();

/**
 * The fields of item `index` of a group as that item of a new document has them: a nested list or checklist with
 * the item's own initial items (`initialItems[index].items`: the second category's `CHK004`, `CHK005` ...), every
 * other field as the group has it. The writer's placeholders, the reader's clearing of them, a new item's value and
 * the form's hints all read an item's fields through this.
 */
export function itemFields(group: GroupField, index: number): readonly Field[] {
  const own = group.initialItems[index]?.items;
  if (!own) return group.fields;
  let byIndex = cache.get(group);
  if (!byIndex) {
    byIndex = new Map();
    cache.set(group, byIndex);
  }
  let fields = byIndex.get(index);
  if (!fields) {
    fields = group.fields.map((field) => {
      const initialItems = own[field.id];
      return initialItems && (field.kind === 'list' || field.kind === 'checklist')
        ? { ...field, initialItems }
        : field;
    });
    byIndex.set(index, fields);
  }
  return fields;
}
