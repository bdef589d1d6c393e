import type { List, ListItem as MdastListItem } from 'mdast';
import { isBlank, itemsValue } from '../../../document/field-values';
import type { ChecklistItem, FieldValue, ListItem } from '../../../document/spec-document';
import type { ChecklistField, ListField } from '../../../template/types';
import { resolvePlaceholder } from '../../../template/walk';
import { valuePhrasing } from '../../inline-value';
import type { Scope, WriteContext } from '../context';
import { literalPhrasing } from '../literal';
import { nothing, type Written } from '../written';

/**
 * A list or checklist field: one tight list item per item, each a paragraph of the item's inline Markdown (a
 * checklist item has `checked`). An empty item is its placeholder (the template's per-item one, else the field's with `{n}`), or
 * left out. A list with no items at all is written as one placeholder item when placeholders are on.
 */
export function writeListField(
  field: ListField | ChecklistField,
  value: FieldValue | undefined,
  _scope: Scope,
  ctx: WriteContext,
): Written {
  const placeholders = ctx.options.emptyFields === 'placeholder';
  const given = itemsValue<ListItem | ChecklistItem>(value);
  const items = given.length === 0 && placeholders ? [{ text: '' }] : given;
  const children: MdastListItem[] = [];
  items.forEach((item, index) => {
    const blank = isBlank(item.text);
    if (blank && !placeholders) return;
    const phrasing = blank
      ? literalPhrasing(
          resolvePlaceholder(field.initialItems[index]?.placeholder ?? field.placeholder, index + 1),
        )
      : valuePhrasing(item.text, () => ({ type: 'break' }));
    children.push({
      type: 'listItem',
      spread: false,
      checked: field.kind === 'checklist' ? 'checked' in item && item.checked === true : null,
      children: [{ type: 'paragraph', children: phrasing }],
    });
  });
  if (children.length === 0) return nothing;
  const list: List = { type: 'list', ordered: false, start: null, spread: false, children };
  return { nodes: [list], content: given.some((item) => !isBlank(item.text)) };
}
