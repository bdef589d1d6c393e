import type { Paragraph } from 'mdast';
import type { Block } from '../../template/types';
import { phrasingToValue, splitLabelled, trimPhrasing } from './inline';
import { normalizeTitle } from './match-title';

/** What a labelled paragraph gives a scope: field values, and the slot the scope has read up to. */
export interface LabelledParagraph {
  values: { field: string; value: string }[];
  /** The last slot the paragraph filled or matched (-1 when none). */
  slot: number;
}

/**
 * Reads a paragraph of `**Label**: value` lines by the labelled paragraphs among a scope's slots (`blocks`, tried in
 * `order`): a label followed by a field in the template fills it (`**Why this priority**: ...`); a label the
 * template writes with no field (`**Acceptance Scenarios**:`) is its own text. Undefined unless every line's label
 * is one of them.
 */
export function matchLabelledParagraph(
  blocks: readonly Block[],
  order: readonly number[],
  paragraph: Paragraph,
): LabelledParagraph | undefined {
  const { lead, entries } = splitLabelled(paragraph.children);
  if (entries.length === 0 || trimPhrasing(lead).length > 0) return undefined;
  const out: LabelledParagraph = { values: [], slot: -1 };
  let structural = false;
  for (const entry of entries) {
    let hit = false;
    for (const k of order) {
      const block = blocks[k]!;
      if (block.type !== 'paragraph') continue;
      const first = block.content[0];
      const label =
        first?.type === 'strong' && first.children[0]?.type === 'text' ? first.children[0].value : '';
      if (!label || normalizeTitle(label) !== normalizeTitle(entry.label)) continue;
      const slot = block.content.find((s) => s.type === 'field');
      if (slot?.type === 'field') {
        out.values.push({ field: slot.field, value: phrasingToValue(entry.value) });
        out.slot = Math.max(out.slot, k);
      } else if (trimPhrasing(entry.value).length === 0) structural = true;
      else break;
      hit = true;
      break;
    }
    if (!hit) return undefined;
  }
  if (structural && out.values.length === 0) {
    out.slot = blocks.findIndex((b) => b.type === 'paragraph' && !b.content.some((s) => s.type === 'field'));
  }
  return out;
}
