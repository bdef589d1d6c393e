import { z } from 'zod';
import { flagDuplicates, hasText, idFormatMessage, trimmedText } from '../../checks/id-checks';
import { itemSubject } from '../../checks/item-subject';
import { newGroupItem } from '../../document/create-document';
import { isEmptyItem, itemsValue } from '../../document/field-values';
import type { FieldValue, GroupItem } from '../../document/spec-document';
import type { Field, GroupField } from '../../template/types';
import type { FieldChecking, FieldKindModule, UnitCollecting } from '../field-kind-module';
import { kindOf } from '../field-kinds';
import { idInWords } from '../id-in-words';
import { capitalize, itemLabel } from '../item-label';

/** A repeatable group: items of their own fields (nested groups too), written by the group's layout. */
export const groupKind: FieldKindModule<GroupField> = {
  valueSchema: (field) => z.array(groupItemSchema(field.fields)) as z.ZodType<FieldValue>,
  initialValue: (field) =>
    field.initialItems.map((initial, index) => newGroupItem(field, index + 1, initial)),
  emptyValue: () => [],
  preset: false,
  isEmpty: (field, value) => itemsValue<GroupItem>(value).every((item) => isEmptyItem(field, item)),
  clearPlaceholders: (field, value, clearing) => {
    for (const [i, item] of (value as GroupItem[]).entries()) clearing.clearItem(field, item, i);
    return value;
  },
  check: checkGroup,
  collect: collectGroup,
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

/**
 * A group needs its minimum of items, a required one a started item; each item's fields are checked (required ones
 * only in a started item), its id must be well-formed and unique.
 */
function checkGroup(group: GroupField, value: FieldValue | undefined, checking: FieldChecking): void {
  const { path, where } = checking;
  const items = Array.isArray(value) ? (value as GroupItem[]) : [];
  const started = items.map((item) => isItemStarted(group, item));
  if (group.minItems && items.length < group.minItems) {
    const owner = where ? `${where} has` : 'Add';
    checking.add(
      'minItems',
      where
        ? `${owner} no ${group.itemName}: add at least ${group.minItems}.`
        : `${owner} at least ${group.minItems} ${group.itemName}.`,
    );
  } else if (group.required && checking.enforceRequired && !started.some(Boolean)) {
    checking.add('required', `Write at least one ${group.itemName}.`);
  }
  items.forEach((item, index) => {
    const itemWhere = `${where ? `${where}, ` : ''}${where ? group.itemName : capitalize(group.itemName)} ${index + 1}`;
    for (const field of group.fields) {
      // Nested groups are checked whether or not the item is started: a story with no scenario is always wrong.
      checking.field(
        field,
        item[field.id],
        `${path}.${index}.${field.id}`,
        itemWhere,
        Boolean(started[index]),
      );
    }
    const idField = group.idField;
    if (idField) {
      const id = trimmedText(item[idField.field]);
      if (id && !new RegExp(idField.scheme.regex).test(id)) {
        checking.issue({
          path: `${path}.${index}.${idField.field}`,
          code: 'idFormat',
          severity: 'error',
          message: idFormatMessage(idField.scheme),
          where: `${itemWhere}: ${labelOf(group, idField.field)}`,
        });
      }
    }
  });
  if (group.idField) {
    const idKey = group.idField.field;
    flagDuplicates(
      checking.issue,
      items.map((item) => trimmedText(item[idKey])),
      (index) => `${path}.${index}.${idKey}`,
      (index) =>
        `${where ? `${where}, ${group.itemName}` : capitalize(group.itemName)} ${index + 1}: ${labelOf(group, idKey)}`,
    );
  }
}

/** An item is started when one of its own fields (not its id, not a pre-set one like a choice) holds something. */
function isItemStarted(group: GroupField, item: GroupItem): boolean {
  return group.fields.some((field) => {
    // A nested group is checked on its own (a story with no scenario is always wrong), so it does not count.
    if (field.id === group.idField?.field || kindOf(field).preset || field.kind === 'group') return false;
    return hasText(item[field.id]);
  });
}

function labelOf(group: GroupField, fieldId: string): string {
  return group.fields.find((f) => f.id === fieldId)?.label ?? fieldId;
}

/**
 * Each started item: the item itself when the group has a role (a user story), then its fields' texts, named by
 * the item ("User Story 2", "FR-006"; a nested item under its parent's name).
 */
function collectGroup(group: GroupField, value: FieldValue | undefined, collecting: UnitCollecting): void {
  const { path } = collecting;
  const parent = collecting.top ? '' : collecting.subject;
  const items = Array.isArray(value) ? (value as GroupItem[]) : [];
  items.forEach((item, index) => {
    if (!item || !isStarted(group, item)) return;
    const idKey = group.idField?.field;
    const id = idKey ? trimmedText(item[idKey]) : '';
    const subject = parent
      ? `${parent}, ${group.itemName} ${index + 1}`
      : itemSubject(group.itemName, group.idField?.scheme, id, index);
    const at = `${path}.${index}`;
    if (group.role) collecting.item({ path: at, subject, role: group.role, group, item });
    for (const inner of group.fields) {
      const innerPath = `${at}.${inner.id}`;
      if (inner.id === idKey && group.idField) {
        if (id)
          collecting.text({
            path: innerPath,
            subject,
            field: inner.label,
            role: inner.role,
            text: id,
            id: { scheme: group.idField.scheme, sequence: `${path}.${idKey}` },
          });
        continue;
      }
      collecting.field(inner, item[inner.id], innerPath, subject, inner.label);
    }
  });
}

/** For the rules, an item is started when one of its own fields (not its ID, not a choice) holds something. */
function isStarted(group: GroupField, item: GroupItem): boolean {
  return group.fields.some((field) => {
    if (field.id === group.idField?.field || kindOf(field).preset) return false;
    return hasText(item[field.id]);
  });
}
