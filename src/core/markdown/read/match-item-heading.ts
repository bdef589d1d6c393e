import type { Field, GroupField, Segment } from '../../template/types';
import { normalizeTitle } from './match-title';

/** The values a heading gives the fields its layout heading holds ('' for a field the heading left out). */
export type ItemHeadingValues = Record<string, string>;

/**
 * Reads a heading as the heading of one item of a group written as blocks, by what the group's layout heading
 * says (its text and field segments), or returns undefined when it is not one. `heading` is the heading's value
 * (Markdown of its inline content), `candidates` its readings by `titleCandidates`.
 *
 * - The template text before the first field is the item's name; the group's aliases are other names.
 * - Each field captures its value: the id field an id of its scheme, a choice field one of its options or of its
 *   placeholder's shape, any other field free text.
 * - The template text between fields is matched loosely: spaces, separators (`-`, `–`, `—`, `:`, `：`, `.`) and
 *   brackets (`()`, `（）`, `[]`) interchangeable, case ignored, its words allowed to be missing, and the segments
 *   after the last field that has a value too (`US-1: Title (P0)` and `User Story 1 - Title` against
 *   `User Story {number} - {title} (Priority: {priority})`).
 * - In other words than the template's (`ユーザーストーリー 1 - タイトル (優先度: P1)`), when the last field is a choice
 *   and the heading ends with one of its values: the values and the separators say it is an item heading.
 * - A heading that is one of the group's aliases as a whole (the older `### Primary User Story`) is one item,
 *   titled with the heading.
 */
export function matchItemHeading(
  group: GroupField,
  heading: string,
  candidates: readonly string[],
): ItemHeadingValues | undefined {
  const matcher = matcherOf(group);
  if (!matcher) return undefined;
  for (const { regex, groups } of matcher.patterns) {
    const match = regex.exec(heading);
    if (!match) continue;
    const values: ItemHeadingValues = {};
    for (const id of matcher.fields) values[id] = '';
    groups.forEach((id, k) => {
      const value = match[k + 1];
      if (value !== undefined && values[id] === '') values[id] = value.trim();
    });
    return values;
  }
  const whole = group.aliases?.some((alias) => candidates.includes(normalizeTitle(alias)));
  if (!whole) return undefined;
  const values: ItemHeadingValues = {};
  for (const id of matcher.fields) values[id] = '';
  if (group.titleField) values[group.titleField] = heading.trim();
  return values;
}

/** The layout heading of a group written as blocks, or undefined. */
export function itemHeadingBlock(group: GroupField) {
  if (group.layout.type !== 'blocks') return undefined;
  const heading = group.layout.blocks.find((b) => b.type === 'heading');
  return heading?.type === 'heading' ? heading : undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// Compiling a layout heading into regular expressions, once per group.

interface Pattern {
  regex: RegExp;
  /** The field each capture group (1-based index - 1) reads. */
  groups: string[];
}

interface Matcher {
  /** Field ids of the heading, in order. */
  fields: string[];
  /** Tried in order: the template's words, then other words. */
  patterns: Pattern[];
}

type Part = { type: 'text'; value: string } | { type: 'field'; field: string };

type Token =
  | { type: 'space' | 'separator' | 'open' | 'close' }
  | { type: 'word'; value: string }
  | { type: 'other'; value: string };

const separators = '[-–—:：.]';
const opening = '[(（\\[]';
const closing = '[)）\\]]';
/** A few words in another language: no brackets or colons (they delimit them). */
const unknownWords = '[^()（）[\\]:：]{0,20}?';

const cache = new WeakMap<GroupField, Matcher | null>();

function matcherOf(group: GroupField): Matcher | undefined {
  let matcher = cache.get(group);
  if (matcher === undefined) {
    matcher = compileMatcher(group) ?? null;
    cache.set(group, matcher);
  }
  return matcher ?? undefined;
}

function compileMatcher(group: GroupField): Matcher | undefined {
  const heading = itemHeadingBlock(group);
  if (!heading) return undefined;
  const parts = flatten(heading.content);
  const firstField = parts.findIndex((p) => p.type === 'field');
  if (firstField < 0) return undefined;
  const lead = parts
    .slice(0, firstField)
    .map((p) => (p.type === 'text' ? p.value : ''))
    .join('');
  const body = parts.slice(firstField);
  const fields = body.flatMap((p) => (p.type === 'field' ? [p.field] : []));
  const names = [lead, ...(group.aliases ?? [])].filter((name) => name.trim() !== '');

  const patterns: Pattern[] = [];
  const nameSource = names.map((name) => textSource(tokenize(name), 'words')).join('|');
  const known = new Builder(group, 'template');
  patterns.push(known.pattern(`^(?:${nameSource})[\\s\\-–—:：.#]*`, body));

  const last = fieldOf(group, fields[fields.length - 1]!);
  if (last?.kind === 'choice') {
    const leadSource = firstIsId(body, group) ? '\\S[^\\d]{0,40}?' : '\\S.{0,40}?';
    patterns.push(new Builder(group, 'other').pattern(`^${leadSource}\\s*`, body));
  }
  return { fields, patterns };
}

function fieldOf(group: GroupField, id: string): Field | undefined {
  return group.fields.find((f) => f.id === id);
}

function firstIsId(body: readonly Part[], group: GroupField): boolean {
  const first = body[0];
  return first?.type === 'field' && first.field === group.idField?.field;
}

/**
 * Builds one pattern. `template` reads the template's words, each of which may be missing, and lets the parts
 * after any field be missing; `other` reads any words in their place but needs every part, and the last field (a
 * choice) to hold one of its values.
 */
class Builder {
  private readonly groups: string[] = [];
  /** Inside a bracket the template opened: a free value stops at the closing bracket. */
  private depth = 0;

  constructor(
    private readonly group: GroupField,
    private readonly mode: 'template' | 'other',
  ) {}

  pattern(start: string, body: readonly Part[]): Pattern {
    const source = `${start}${this.from(body, 0)}\\s*$`;
    return { regex: new RegExp(source, 'iu'), groups: this.groups };
  }

  /** The source of `parts` from `k` on (capture groups are numbered in the order they are written). */
  private from(parts: readonly Part[], k: number): string {
    const part = parts[k];
    if (!part) return '';
    if (part.type === 'field') {
      const last = !parts.slice(k + 1).some((p) => p.type === 'field');
      const capture = this.capture(part.field, this.mode === 'other' && last ? 'strict' : 'free');
      const rest = this.from(parts, k + 1);
      return this.mode === 'template' && rest ? `${capture}(?:${rest})?` : `${capture}${rest}`;
    }
    const tokens = tokenize(part.value);
    const next = parts[k + 1];
    const choice = next?.type === 'field' ? fieldOf(this.group, next.field) : undefined;
    if (this.mode === 'template' && choice?.kind === 'choice' && tokens.some((t) => t.type === 'word')) {
      // With the template's words before it (`Priority: High`), a choice holds any value; without them (`(P0)`),
      // only a value of its own shape says what it is.
      const depth = this.depth;
      const withWords = `${textSource(tokens, 'words')}${this.track(tokens, () => this.capture(choice.id, 'free'))}`;
      this.depth = depth;
      const without = `${textSource(tokens, 'template')}${this.track(tokens, () => this.capture(choice.id, 'strict'))}`;
      const rest = this.from(parts, k + 2);
      return `(?:${withWords}|${without})${rest ? `(?:${rest})?` : ''}`;
    }
    const text = textSource(tokens, this.mode);
    return this.track(tokens, () => '') + text + this.from(parts, k + 1);
  }

  /** Moves the bracket depth past `tokens`, then writes what `after` gives. */
  private track(tokens: readonly Token[], after: () => string): string {
    for (const token of tokens) {
      if (token.type === 'open') this.depth += 1;
      else if (token.type === 'close') this.depth = Math.max(0, this.depth - 1);
    }
    return after();
  }

  private capture(id: string, mode: 'free' | 'strict'): string {
    this.groups.push(id);
    const field = fieldOf(this.group, id);
    const scheme = this.group.idField?.field === id ? this.group.idField.scheme : undefined;
    // Ids are kept as written (`1.2`, `3a`): the scheme's regex is for validation.
    if (scheme) return `(${escapeRegex(scheme.prefix)}\\d+(?:[\\w.]*\\w)?)`;
    if (field?.kind === 'choice' && mode === 'strict')
      return `(${choiceSource(field.options, field.placeholder)})`;
    return this.depth > 0 ? '([^)）\\]]*?)' : '(.*?)';
  }
}

/**
 * A choice's own values: its options and its placeholder's shape (`P{n}` -> P7), each maybe with a suffix
 * (`P1-MVP`).
 */
function choiceSource(options: readonly string[], placeholder: string): string {
  const alternatives = [...options]
    .filter((o) => o.trim() !== '')
    .sort((a, b) => b.length - a.length)
    .map(escapeRegex);
  if (placeholder.includes('{n}')) alternatives.push(placeholder.split('{n}').map(escapeRegex).join('\\d+'));
  if (alternatives.length === 0) return '[^\\s()（）[\\]]+';
  return `(?:${alternatives.join('|')})[\\w-]*`;
}

/**
 * Template text as a pattern. `words`: its words are needed; `template`: each word may be missing; `other`: any
 * few words stand in its words' place, and a bare separator (` - ` between two fields) is needed.
 */
function textSource(tokens: readonly Token[], mode: 'words' | 'template' | 'other'): string {
  const bare = !tokens.some((t) => t.type === 'word' || t.type === 'open' || t.type === 'close');
  const pieces: string[] = [];
  let unknown = false;
  for (const token of tokens) {
    if (token.type === 'space') continue;
    const wordLike = token.type === 'word' || token.type === 'other';
    if (mode === 'other' && wordLike) {
      // Consecutive words of the template are one run of other words.
      if (!unknown) pieces.push(unknownWords);
      unknown = true;
      continue;
    }
    unknown = false;
    if (token.type === 'separator')
      pieces.push(mode === 'other' && bare ? `${separators}+` : `${separators}*`);
    else if (token.type === 'open') pieces.push(opening);
    else if (token.type === 'close') pieces.push(closing);
    else if (token.type === 'word' || token.type === 'other') {
      const word = escapeRegex(token.value);
      pieces.push(mode === 'words' && token.type === 'word' ? word : `(?:${word})?`);
    }
  }
  // Spaces anywhere between the pieces, or none.
  return ['', ...pieces, ''].join('\\s*');
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(
    /(\s+)|([-–—:：.]+)|([(（[])|([)）\]])|([\p{L}\p{N}]+)|([^\s\p{L}\p{N}])/gu,
  )) {
    if (match[1]) tokens.push({ type: 'space' });
    else if (match[2]) tokens.push({ type: 'separator' });
    else if (match[3]) tokens.push({ type: 'open' });
    else if (match[4]) tokens.push({ type: 'close' });
    else if (match[5]) tokens.push({ type: 'word', value: match[5] });
    else tokens.push({ type: 'other', value: match[6]! });
  }
  return tokens;
}

/** The heading's text and field segments in order, marks (strong, emphasis) taken off. */
function flatten(content: readonly Segment[]): Part[] {
  const parts: Part[] = [];
  const push = (part: Part) => {
    const last = parts[parts.length - 1];
    if (part.type === 'text' && last?.type === 'text') last.value += part.value;
    else parts.push(part.type === 'text' ? { ...part } : part);
  };
  const visit = (segments: readonly Segment[]) => {
    for (const segment of segments) {
      if (segment.type === 'text') push({ type: 'text', value: segment.value });
      else if (segment.type === 'field' || segment.type === 'inlineCode')
        push({ type: 'field', field: segment.field });
      else if (segment.type === 'break') push({ type: 'text', value: ' ' });
      else visit(segment.children);
    }
  };
  visit(content);
  return parts;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
