import { kindOf } from '../fields/field-kinds';
import type { Field, GroupField, IdScheme, TemplateDescription } from '../template/types';
import { isBuiltInTemplate } from '../templates';
import { documentVersion } from './document-version';
import type { FieldValue, GroupItem, SpecDocument } from './spec-document';

/**
 * A new, untouched document: default content pre-filled, the template's initial items present (empty, so they
 * show the template's placeholders), ids assigned as the template numbers them.
 */
export function createDocument(template: TemplateDescription): SpecDocument {
  const fields: Record<string, FieldValue> = {};
  for (const field of template.fields) fields[field.id] = initialValue(field);
  const doc: SpecDocument = { template: template.id, version: documentVersion, fields, additional: {} };
  if (template.version !== undefined) doc.templateVersion = template.version;
  // A template that does not ship can change or go: the document keeps the description it was made with.
  if (!isBuiltInTemplate(template.id)) doc.templateCopy = template;
  return doc;
}

/** The value a field has in a new document. */
export function initialValue(field: Field): FieldValue {
  return kindOf(field).initialValue(field);
}

/** The value of a field nothing was read or kept for (by its kind's module): empty text, or no items. */
export function emptyValue(field: Field): FieldValue {
  return kindOf(field).emptyValue();
}

/** A new item of a group, numbered `n` (ids come from the group's scheme; nested groups get their initial items). */
export function newGroupItem(
  group: GroupField,
  n: number,
  initial: GroupField['initialItems'][number] = {},
): GroupItem {
  const item: GroupItem = {};
  for (const field of group.fields) {
    const preset = initial.values?.[field.id];
    if (preset !== undefined) item[field.id] = preset;
    else if (group.idField?.field === field.id) item[field.id] = formatId(group.idField.scheme, n);
    else if (field.kind === 'group') {
      const count = initial.counts?.[field.id] ?? field.initialItems.length;
      item[field.id] = Array.from({ length: count }, (_, i) =>
        newGroupItem(field, i + 1, field.initialItems[i]),
      );
    } else {
      // A nested list or checklist may start with the item's own items (the second category's CHK004 ...).
      const own = initial.items?.[field.id];
      item[field.id] =
        own && (field.kind === 'list' || field.kind === 'checklist')
          ? initialValue({ ...field, initialItems: own })
          : initialValue(field);
    }
  }
  return item;
}

/** `FR-` + 3 digits + 7 -> `FR-007`. */
export function formatId(scheme: IdScheme, n: number): string {
  return `${scheme.prefix}${String(n).padStart(scheme.digits, '0')}`;
}

/**
 * The next id for a new item: one more than the highest number already used with this prefix, so that removing or
 * moving items never makes an id come back or renumbers others.
 */
export function nextId(scheme: IdScheme, existing: readonly string[]): string {
  let max = 0;
  for (const id of existing) {
    if (!id.startsWith(scheme.prefix)) continue;
    const n = Number.parseInt(id.slice(scheme.prefix.length), 10);
    if (Number.isFinite(n) && n > max) max = n;
  }
  return formatId(scheme, max + 1);
}
