import type { Block, Field, Segment } from '../types';

/**
 * Item `k` of a repeated part, with its fields renamed to the first item's by position (ids and labels, which
 * came from placeholders that may differ per item: `[Alternative 1]`, `[Alternative 2]`), so that two items of
 * one shape compare equal. Undefined when they do not have the same number of fields.
 */
export function alignFields<T extends Block | readonly Segment[]>(
  item: { fields: Field[]; parts: T[] },
  first: { fields: Field[] },
): { fields: Field[]; parts: T[] } | undefined {
  if (item.fields.length !== first.fields.length) return undefined;
  const renamed = new Map<string, string>();
  const fields = item.fields.map((field, i) => {
    const target = first.fields[i]!;
    renamed.set(field.id, target.id);
    return { ...field, id: target.id, label: target.label } as Field;
  });
  const parts = item.parts.map((part) =>
    Array.isArray(part)
      ? renameSegments(part as readonly Segment[], renamed)
      : renameBlock(part as Block, renamed),
  ) as T[];
  return { fields, parts };
}

function renameSegments(segments: readonly Segment[], map: ReadonlyMap<string, string>): Segment[] {
  return segments.map((segment): Segment => {
    if (segment.type === 'field' || segment.type === 'inlineCode')
      return { ...segment, field: map.get(segment.field) ?? segment.field };
    if (segment.type === 'strong' || segment.type === 'emphasis')
      return { ...segment, children: renameSegments(segment.children, map) };
    return segment;
  });
}

function renameBlock(block: Block, map: ReadonlyMap<string, string>): Block {
  switch (block.type) {
    case 'field':
      return { ...block, field: map.get(block.field) ?? block.field };
    case 'heading':
    case 'paragraph':
      return { ...block, content: renameSegments(block.content, map) };
    case 'subsection':
      return { ...block, blocks: block.blocks.map((b) => renameBlock(b, map)) };
    default:
      return block;
  }
}
