import type { List, ListItem, RootContent } from 'mdast';
import { assertNever } from '../../../assert-never';
import { newGroupItem } from '../../../document/create-document';
import { isEmptyItem, isEmptyValue, itemsValue } from '../../../document/field-values';
import type { FieldValue, GroupItem } from '../../../document/spec-document';
import { itemFields } from '../../../template/item-fields';
import type { GroupField, Segment } from '../../../template/types';
import { segmentFieldIds } from '../../../template/walk';
import { writeBlocks } from '../blocks';
import type { Scope, WriteContext } from '../context';
import { tidyPhrasing, writeSegments } from '../segments';
import { nothing, type Written } from '../written';
import { writtenItem } from '../written-item';

/**
 * A repeatable group: each item written by the group's layout, its field references resolved inside the item.
 * "Leave out" skips items with no content; with placeholders on, a group with no items is written as one new item.
 */
export function writeGroupField(
  field: GroupField,
  value: FieldValue | undefined,
  _scope: Scope,
  ctx: WriteContext,
  headingDepth: number,
): Written {
  const placeholders = ctx.options.emptyFields === 'placeholder';
  const given = itemsValue<GroupItem>(value);
  const items = given.length === 0 && placeholders ? [newGroupItem(field, 1, field.initialItems[0])] : given;
  const scopes = items.flatMap((item, index): Scope[] =>
    !placeholders && isEmptyItem(field, item)
      ? []
      : [
          {
            fields: itemFields(field, index),
            values: item,
            n: index + 1,
            placeholders: field.initialItems[index]?.placeholders,
            topLevel: false,
          },
        ],
  );
  if (scopes.length === 0) return nothing;
  const content = given.some((item) => !isEmptyItem(field, item));
  const layout = field.layout;
  switch (layout.type) {
    case 'blocks': {
      const nodes: RootContent[] = [];
      for (const scope of scopes) {
        nodes.push(
          ...writtenItem(ctx, field, scope.values, `${headingDepth}|${scope.n}`, () => {
            const written = writeBlocks(layout.blocks, scope, ctx, headingDepth).nodes;
            return layout.separator === 'thematicBreak' ? [...written, { type: 'thematicBreak' }] : written;
          }),
        );
      }
      return { nodes, content };
    }
    case 'listItem': {
      const children = scopes.map(
        (scope) =>
          writtenItem(ctx, field, scope.values, `listItem|${scope.n}`, (): ListItem[] => {
            const pattern = pickPattern(layout.patterns, scope);
            const phrasing = tidyPhrasing(writeSegments(pattern, scope, ctx, false).nodes);
            return [
              {
                type: 'listItem',
                spread: false,
                checked: null,
                children: [{ type: 'paragraph', children: phrasing }],
              },
            ];
          })[0] as ListItem,
      );
      const list: List = {
        type: 'list',
        ordered: layout.ordered,
        start: layout.ordered ? 1 : null,
        spread: false,
        children,
      };
      return { nodes: [list], content };
    }
    default:
      return assertNever(layout);
  }
}

/** The first pattern whose fields are not all empty; the first one when every pattern is empty. */
function pickPattern(patterns: readonly (readonly Segment[])[], scope: Scope): readonly Segment[] {
  const filled = patterns.find((pattern) =>
    segmentFieldIds(pattern).some((id) => {
      const field = scope.fields.find((f) => f.id === id);
      return field !== undefined && !isEmptyValue(field, scope.values[id]);
    }),
  );
  const chosen = filled ?? patterns[0];
  if (!chosen) throw new Error('A list item layout needs at least one pattern');
  return chosen;
}
