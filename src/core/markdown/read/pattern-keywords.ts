import type { GroupField, Segment } from '../../template/types';
import { normalizeTitle } from './match-title';
import { labelMatches } from './template-index';

/** A keyword of a list-item pattern: its strong template text (`**Given**`) and the field that follows it. */
export interface PatternKeyword {
  label: string;
  field: string;
}

/** A list-item pattern's keywords, in order (none when it has no strong template text before a field). */
export function keywordsOf(pattern: readonly Segment[]): PatternKeyword[] {
  const out: PatternKeyword[] = [];
  let label: string | undefined;
  for (const segment of pattern) {
    if (segment.type === 'strong') {
      const words = segment.children.every((c) => c.type === 'text');
      label = words ? segment.children.map((c) => (c.type === 'text' ? c.value : '')).join('') : undefined;
    } else if (segment.type === 'field') {
      if (label !== undefined) out.push({ label: cleanLabel(label), field: segment.field });
      label = undefined;
    }
  }
  return out;
}

/**
 * The keywords of a group written as list items, from the first of its patterns that has some (the feature spec's
 * `**Given** ..., **When** ..., **Then** ...`).
 */
export function patternKeywords(group: GroupField): PatternKeyword[] {
  if (group.layout.type !== 'listItem') return [];
  for (const pattern of group.layout.patterns) {
    const keywords = keywordsOf(pattern);
    if (keywords.length > 0) return keywords;
  }
  return [];
}

/**
 * True when a strong label of a document names the keyword: the pattern's own text, or the label or an alias of
 * its field (a translated keyword).
 */
export function keywordMatches(group: GroupField, keyword: PatternKeyword, label: string): boolean {
  const wanted = normalizeTitle(cleanLabel(label));
  if (wanted === '') return false;
  if (normalizeTitle(keyword.label) === wanted) return true;
  const field = group.fields.find((f) => f.id === keyword.field);
  return field !== undefined && labelMatches(field, cleanLabel(label));
}

/** The field a strong label names among a group's keywords, or undefined. */
export function keywordField(group: GroupField, label: string): string | undefined {
  return patternKeywords(group).find((keyword) => keywordMatches(group, keyword, label))?.field;
}

/** A label without the punctuation that may end it (`**When**,`, `**Given:**`). */
function cleanLabel(label: string): string {
  return label.replace(/[:：,，]\s*$/u, '').trim();
}
