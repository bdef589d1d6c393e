import type { Paragraph, PhrasingContent } from 'mdast';
import type { Field, Segment } from '../types';
import { labelFrom } from './naming';
import {
  findPlaceholders,
  isWholePlaceholder,
  markLiteral,
  numberMark,
  type PlaceholderMatch,
} from './placeholders';
import type { FieldScope } from './scope';

/** The one-line field a placeholder stands for: a choice for `{a | b}`, a date when its label says so. */
export function placeholderField(id: string, label: string, match: PlaceholderMatch): Field {
  const base = { id, label, placeholder: match.text, required: false };
  if (match.options && match.options.length > 1) return { ...base, kind: 'choice', options: match.options };
  if (/\bYYYY-MM-DD\b/.test(match.text)) return { ...base, kind: 'date', iso: true };
  if (/\b(date|created|updated|reviewed|deadline)\b/i.test(label) || /\bDATE\b/.test(match.text))
    return { ...base, kind: 'date' };
  return { ...base, kind: 'text' };
}

/**
 * Segments for a line of template phrasing: text stays template text, each placeholder becomes a field (labelled
 * by the nearest `**Label**` before it, else by its own words). Undefined when the phrasing holds something
 * segments cannot write back (links, images, HTML, code that is not a placeholder): the caller keeps it verbatim.
 */
export function phrasingToSegments(
  nodes: readonly PhrasingContent[],
  scope: FieldScope,
): Segment[] | undefined {
  // Fields are made on a trial scope, kept only when the whole line can be written back.
  const trial = scope.trial();
  const segments = segmentsOf(nodes, trial, {});
  if (segments) scope.commit(trial);
  return segments;
}

function segmentsOf(
  nodes: readonly PhrasingContent[],
  scope: FieldScope,
  state: { label?: string },
): Segment[] | undefined {
  const out: Segment[] = [];
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        out.push(...textSegments(node.value, scope, state));
        break;
      case 'break':
        out.push({ type: 'break' });
        state.label = undefined;
        break;
      case 'strong':
      case 'emphasis': {
        const children = segmentsOf(node.children, scope, state);
        if (!children) return undefined;
        out.push({ type: node.type, children });
        const label = plainText(node.children);
        if (node.type === 'strong' && label !== undefined && !isWholePlaceholder(label))
          state.label = label.replace(/[:\s]+$/, '');
        break;
      }
      case 'inlineCode': {
        if (!isWholePlaceholder(node.value)) return undefined;
        const match = findPlaceholders(node.value.trim())[0]!;
        const label = state.label ?? labelFrom(match.text);
        const field = scope.add(label, (id) => ({
          id,
          kind: 'text' as const,
          label,
          placeholder: node.value,
          required: false,
        }));
        out.push({ type: 'inlineCode', field: field.id });
        break;
      }
      default:
        return undefined;
    }
  }
  return out;
}

function textSegments(value: string, scope: FieldScope, state: { label?: string }): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const match of findPlaceholders(value)) {
    // A later number glued to letters (`Priority: P1`) is a value of its own, letters included: `P{n}`.
    const glued =
      match.number && scope.numbered
        ? (/(?<![A-Za-z])[A-Za-z]{1,3}$/.exec(value.slice(at, match.start))?.[0] ?? '')
        : '';
    const textEnd = match.start - glued.length;
    if (textEnd > at) out.push({ type: 'text', value: value.slice(at, textEnd) });
    out.push({ type: 'field', field: matchField(match, value.slice(0, textEnd), scope, state, glued).id });
    at = match.end;
  }
  if (at < value.length) out.push({ type: 'text', value: value.slice(at) });
  return out;
}

function matchField(
  match: PlaceholderMatch,
  before: string,
  scope: FieldScope,
  state: { label?: string },
  prefix = '',
): Field {
  if (match.literal) {
    const label = state.label ?? labelFrom(match.text);
    return scope.add(label, (id) => ({
      id,
      kind: 'text' as const,
      label,
      placeholder: match.text,
      required: false,
      defaultValue: match.text,
    }));
  }
  if (match.number) {
    // The first number of a repeated heading is the item's id; later ones (`Priority: P1`) follow it.
    const first = !scope.numbered;
    scope.numbered = true;
    const label = first ? 'Number' : (lastWords(before) ?? 'Number');
    return scope.add(
      label,
      (id) => ({ id, kind: 'text' as const, label, placeholder: `${prefix}{n}`, required: first }),
      'number',
    );
  }
  // An item's number inside a placeholder (`[Category 1]` of a repeated heading) is the writer's `{n}` there.
  const text = match.text.replaceAll(numberMark, '{n}');
  const label = state.label ?? labelFrom(match.text.replaceAll(numberMark, ''));
  return scope.add(label, (id) => placeholderField(id, label, { ...match, text }));
}

/** `(Priority: P` -> `Priority`. */
function lastWords(text: string): string | undefined {
  const found = /([A-Za-z][A-Za-z ]*?)\s*[:=-]?\s*[A-Za-z]?$/.exec(text.replace(/[^A-Za-z:= -]+$/, ''));
  const words = found?.[1]?.trim();
  return words ? words.split(/\s+/).slice(-2).join(' ') : undefined;
}

/** The text of phrasing made only of text, or undefined. */
export function plainText(nodes: readonly PhrasingContent[]): string | undefined {
  let text = '';
  for (const node of nodes) {
    if (node.type !== 'text') return undefined;
    text += node.value;
  }
  return text;
}

/** Field ids the segments create, in order (to tell a line with fields from plain template text). */
export function hasFieldSegment(segments: readonly Segment[]): boolean {
  return segments.some(
    (s) =>
      s.type === 'field' ||
      s.type === 'inlineCode' ||
      ((s.type === 'strong' || s.type === 'emphasis') && hasFieldSegment(s.children)),
  );
}

/**
 * A block of labelled lines (`**Created**: [DATE]` / `**Status**: Draft`) with its short literal values marked as
 * fields pre-filled with them: where the other lines ask for values, a given one is a value too, the template's
 * default. Any other paragraph is returned as it is.
 */
export function markLiteralValues(paragraph: Paragraph): Paragraph {
  const copy = structuredClone(paragraph);
  // Lines end at hard breaks and at soft ones (a newline in a text node, split off so that each line's text is its
  // own node: `**Status**: Draft` then `**Severity**: ...` on the next line, with no break between them).
  copy.children = copy.children.flatMap((node) =>
    node.type === 'text' && node.value.includes('\n')
      ? node.value
          .split(/(?<=\n)/)
          .filter((part) => part !== '')
          .map((value): PhrasingContent => ({ type: 'text', value }))
      : [node],
  );
  const lines: PhrasingContent[][] = [[]];
  for (const node of copy.children) {
    if (node.type === 'break') lines.push([]);
    else {
      lines.at(-1)!.push(node);
      if (node.type === 'text' && node.value.endsWith('\n')) lines.push([]);
    }
  }
  if (lines.at(-1)!.length === 0) lines.pop();
  if (lines.length < 2 || lines.some((line) => line[0]?.type !== 'strong')) return paragraph;
  const asks = (line: PhrasingContent[]) =>
    line.some((n) => (n.type === 'text' || n.type === 'inlineCode') && findPlaceholders(n.value).length > 0);
  if (!lines.some(asks)) return paragraph;
  let marked = false;
  for (const line of lines) {
    const [, rest, ...more] = line;
    if (rest?.type !== 'text' || more.length > 0) continue;
    const found = /^(:\s*)(\S[^\n]{0,39}?)(\s*)$/.exec(rest.value);
    const value = found?.[2];
    if (!value || value.endsWith('.') || findPlaceholders(value).length > 0) continue;
    rest.value = `${found[1]}${markLiteral(value)}${found[3]}`;
    marked = true;
  }
  return marked ? copy : paragraph;
}
