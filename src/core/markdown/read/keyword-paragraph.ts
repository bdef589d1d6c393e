import type { Paragraph, PhrasingContent } from 'mdast';
import type { GroupItem } from '../../document/spec-document';
import type { GroupField } from '../../template/types';
import { completeItem, paragraphKeyword, readKeywordItem } from './fields';
import { phrasingToValue, plainText, stripLeading, stripTrailing, trimPhrasing } from './inline';
import { keywordField, patternKeywords } from './pattern-keywords';

/** The nested group of an item's fields whose items are written with keywords (its pattern has strong text). */
export function keywordGroupOf(group: GroupField): GroupField | undefined {
  return group.fields.find((f): f is GroupField => f.kind === 'group' && patternKeywords(f).length > 0);
}

/**
 * Reads a paragraph that starts with a keyword label into a keyword group's items: a whole item in one paragraph
 * (scenarios as `**Given** a, **When** b, **Then** c`), or the parts of one (`**When** b`), added to the last item
 * unless its first keyword is the pattern's first, which starts an item. False when the paragraph is not one.
 */
export function readKeywordParagraph(group: GroupField, items: GroupItem[], paragraph: Paragraph): boolean {
  const keyword = paragraphKeyword(group, paragraph);
  if (!keyword) return false;
  const whole = readKeywordItem(group, paragraph.children);
  if (whole) {
    items.push(whole);
    return true;
  }
  const parts = splitByKeywords(group, paragraph.children);
  if (!parts) return false;
  const last = items[items.length - 1];
  const startsNew = keyword === patternKeywords(group)[0]?.field || !last;
  const target = startsNew ? completeItem(group, {}) : last!;
  if (startsNew) items.push(target);
  for (const [field, value] of Object.entries(parts)) {
    target[field] = target[field] ? `${target[field]}\n${value}` : value;
  }
  return true;
}

/** The parts of a paragraph made of keyword labels (`**When** b`) by field, or undefined. */
function splitByKeywords(
  group: GroupField,
  children: readonly PhrasingContent[],
): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let field: string | undefined;
  let part: PhrasingContent[] = [];
  const flush = () => {
    if (field) {
      const value = phrasingToValue(
        stripTrailing(stripLeading(part, /^\s*[:：]?\s*/u), /\s*[,，、;；]?\s*$/u),
      );
      out[field] = out[field] ? `${out[field]}\n${value}` : value;
    }
  };
  for (const node of trimPhrasing(children)) {
    const match = node.type === 'strong' ? keywordField(group, plainText(node.children)) : undefined;
    if (match) {
      flush();
      field = match;
      part = [];
    } else if (field) part.push(node);
    else return undefined;
  }
  flush();
  return out;
}
