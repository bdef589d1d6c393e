import { type Field, getField, type TemplateDescription } from '../../core';

/**
 * Words the preview can find the item being edited by: for `fields.userStories.2.scenarios.0.given`, the story's
 * title, "user story 3" and its other short values; for a requirement row, its id. Empty outside repeatable items
 * (the preview then shows the section's top).
 */
export function editingHints(
  template: TemplateDescription,
  values: Record<string, unknown>,
  path: string,
): string[] {
  const [root, fieldId, index] = path.split('.');
  if (root !== 'fields' || !fieldId || index === undefined || !/^\d+$/.test(index)) return [];
  let field: Field;
  try {
    field = getField(template, fieldId);
  } catch {
    return [];
  }
  const items = (values.fields as Record<string, unknown> | undefined)?.[fieldId];
  const item = Array.isArray(items)
    ? (items[Number(index)] as Record<string, unknown> | undefined)
    : undefined;
  if (!item) return [];
  const text = (key: string | undefined) => (key ? String(item[key] ?? '').trim() : '');
  const hints: string[] = [];
  if (field.kind === 'group') {
    const id = text(field.idField?.field);
    hints.push(text(field.titleField));
    // A story's number alone ("3") is found in prose everywhere: its heading says "User Story 3".
    hints.push(id && /^\d+$/.test(id) ? `${field.itemName} ${id}` : id);
    for (const inner of field.fields) if (inner.kind === 'text') hints.push(text(inner.id));
  } else if (field.kind === 'table') {
    for (const column of field.columns) hints.push(text(column.key));
  } else {
    hints.push(text('text'));
  }
  return [...new Set(hints.filter((hint) => hint.length >= 2 && !/^\d+$/.test(hint)))];
}
