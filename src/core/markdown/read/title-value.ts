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
    const values = splitByWords(parts, title);
    if (values) return Object.fromEntries(fields.map((field, k) => [field, normalizeValue(values[k]!)]));
  }
  return { [template.titleField]: titleValue(template, title) };
}

/**
 * The heading's text at each field of `parts`, the template's words between them found in order (case aside), or
 * undefined when they are not all there, two fields touch, or a field is left empty. Why not a regular expression:
 * lazy groups side by side backtrack for minutes on a long heading that does not follow the template.
 */
function splitByWords(
  parts: readonly ({ type: 'text'; value: string } | { type: 'field'; field: string })[],
  title: string,
): string[] | undefined {
  const text = title.toLowerCase();
  if (text.length !== title.length) return undefined;
  const values: string[] = [];
  let at = 0;
  let open: number | undefined; // where the field being read starts
  for (const [k, part] of parts.entries()) {
    if (part.type === 'field') {
      if (open !== undefined) return undefined; // two fields with nothing between them
      open = at;
      continue;
    }
    const words = part.value.trim().toLowerCase();
    if (words === '') continue;
    const last = k === parts.length - 1;
    const found =
      open === undefined
        ? text.slice(at).trimStart().startsWith(words)
          ? text.indexOf(words, at)
          : -1
        : last
          ? text.lastIndexOf(words)
          : text.indexOf(words, at);
    if (found < at || (last && text.slice(found + words.length).trim() !== '')) return undefined;
    if (open !== undefined) {
      const value = title.slice(open, found).trim();
      if (value === '') return undefined;
      values.push(value);
      open = undefined;
    }
    at = found + words.length;
  }
  if (open !== undefined) {
    const value = title.slice(open).trim();
    if (value === '') return undefined;
    values.push(value);
  }
  return values;
}
