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

/**
 * The values of the title heading's fields from a document's H1. A heading of several fields (spec-kit checklist's
 * `# [CHECKLIST TYPE] Checklist: [FEATURE NAME]`) is matched part by part, its words as written in the template;
 * otherwise (or when the H1 does not follow it) the whole heading gives the title field, as `titleValue` says.
 */
export function titleValues(template: TemplateDescription, title: string): Record<string, string> {
  const h1 = template.header.blocks.find((b) => b.type === 'heading' && b.depth === 1);
  const parts = h1?.type === 'heading' ? h1.content : [];
  const fields = parts.flatMap((part) => (part.type === 'field' ? [part.field] : []));
  const simple = parts.every((part) => part.type === 'text' || part.type === 'field');
  if (fields.length > 1 && simple) {
    const pattern = parts
      .map((part) =>
        part.type === 'text'
          ? part.value
              .trim()
              .replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')
              .replace(/\s+/gu, '\\s+')
          : '(.+?)',
      )
      .join('\\s*');
    const match = new RegExp(`^\\s*${pattern}\\s*$`, 'iu').exec(title);
    if (match)
      return Object.fromEntries(fields.map((field, k) => [field, normalizeValue(match[k + 1]!.trim())]));
  }
  return { [template.titleField]: titleValue(template, title) };
}
