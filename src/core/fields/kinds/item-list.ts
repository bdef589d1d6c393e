import { isBlank, itemsValue } from '../../document/field-values';
import type { ChecklistItem, FieldValue, ListItem } from '../../document/spec-document';
import type { ChecklistField, ListField } from '../../template/types';
import { resolvePlaceholder } from '../../template/walk';
import type { FieldChecking, PlaceholderClearing, Searching, UnitCollecting } from '../field-kind-module';
import { itemLabel } from '../item-label';
import { titleCase } from '../title-case';

/** What lists and checklists share: items of one line of text each. */
export type ItemListField = ListField | ChecklistField;

/** No item holds any text. */
export function isEmptyItemList(_field: ItemListField, value: FieldValue | undefined): boolean {
  return itemsValue<ListItem>(value).every((item) => isBlank(item.text));
}

/** Items read back as their placeholder (the template's per-item one, else the field's) read as empty. */
export function clearItemPlaceholders(
  field: ItemListField,
  value: FieldValue | undefined,
  clearing: PlaceholderClearing,
): FieldValue | undefined {
  for (const [i, item] of (value as (ListItem | ChecklistItem)[]).entries()) {
    const placeholder = resolvePlaceholder(field.initialItems[i]?.placeholder ?? field.placeholder, i + 1);
    if (clearing.isPlaceholder(item.text, placeholder)) item.text = '';
  }
  return value;
}

/** A required list needs one item with text. */
export function checkItemList(
  field: ItemListField,
  value: FieldValue | undefined,
  checking: FieldChecking,
): void {
  const items = Array.isArray(value) ? (value as { text?: unknown }[]) : [];
  const filled = items.some((item) => typeof item.text === 'string' && item.text.trim() !== '');
  if (field.required && checking.enforceRequired && !filled)
    checking.add('required', `Write at least one ${field.itemName}.`);
}

/** Each item with text is one text for the rules, named by its place ("Goal 2"). */
export function collectItemList(
  field: ItemListField,
  value: FieldValue | undefined,
  collecting: UnitCollecting,
): void {
  const items = Array.isArray(value) ? (value as { text?: unknown }[]) : [];
  items.forEach((item, index) => {
    if (typeof item?.text !== 'string' || !item.text.trim()) return;
    collecting.text({
      path: `${collecting.path}.${index}.text`,
      // Inside a group's item, named under it as nested groups are ("Category 2, item 1"): "Item 1" alone would
      // not say which category's.
      subject: collecting.top
        ? `${titleCase(field.itemName)} ${index + 1}`
        : `${collecting.subject}, ${field.itemName} ${index + 1}`,
      field: '',
      role: field.role,
      text: item.text,
    });
  });
}

/** Each item is found under the field's label and its own ("Goals / Goal 2"). */
export function searchItemList(
  field: ItemListField,
  value: FieldValue | undefined,
  searching: Searching,
): void {
  const items = Array.isArray(value) ? (value as unknown as Record<string, unknown>[]) : [];
  items.forEach((item, index) => {
    searching.push(
      `${searching.path}.${index}.text`,
      [...searching.where, field.label, itemLabel(field.itemName, index)],
      item.text,
    );
  });
}
