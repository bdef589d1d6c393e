import type { TemplateDescription } from '../../template/types';
import { normalizeValue } from '../inline-value';
import { normalizeTitle } from './match-title';

/**
 * The title field's value from a document's H1 (its Markdown value): the words the template's H1 starts with
 * taken off (`Feature Specification: X` -> `X`), any other words before the colon kept (`Feature Spec 001: X` ->
 * `001: X`); the whole heading when it does not start with them.
 */
export function titleValue(template: TemplateDescription, title: string): string {
  const h1 = template.header.blocks.find((b) => b.type === 'heading' && b.depth === 1);
  const lead = h1?.type === 'heading' && h1.content[0]?.type === 'text' ? h1.content[0].value : '';
  const leadWords = normalizeTitle(lead).split(' ').filter(Boolean);
  const colon = title.search(/[:：]/u);
  const beforeWords = colon >= 0 ? normalizeTitle(title.slice(0, colon)).split(' ') : [];
  if (leadWords.length === 0 || beforeWords[0] !== leadWords[0]) return title;
  const extra = beforeWords.filter((w) => !leadWords.some((l) => l.startsWith(w)));
  // Cut out of the heading's Markdown: what starts the value may now need an escape (`\[`), so normalized.
  const rest = normalizeValue(title.slice(colon + 1).trim());
  return extra.length > 0 ? `${extra.join(' ')}: ${rest}` : rest;
}
