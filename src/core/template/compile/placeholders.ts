/**
 * Placeholders in the styles real templates use, found in one line of template text. Brackets nest
 * (`[Describe ... "by [specific action]"]` is one placeholder), none spans a line break.
 */
export interface PlaceholderMatch {
  start: number;
  end: number;
  text: string;
  /** `{option | other}`: the options offered. */
  options?: string[];
  /** The item number of a repeated block (see `numberMark`). */
  number?: true;
  /** A literal value the template gives a labelled line (see `markLiteral`): a field pre-filled with it. */
  literal?: true;
}

/**
 * Marks a repeated block's item number in heading text before it is compiled: a private-use character that
 * Markdown never gives it, found here as a placeholder of its own.
 */
export const numberMark = '\uE000';

// Literal values of labelled lines (`**Status**: Draft` beside `**Created**: [DATE]`) are marked the same way before
// their line is compiled, the value between the two marks.
const literalOpen = '\uE001';
const literalClose = '\uE002';

/** `value` marked as a literal field value, found here as a placeholder of its own. */
export function markLiteral(value: string): string {
  return `${literalOpen}${value}${literalClose}`;
}

const simplePatterns: readonly RegExp[] = [
  /\{\{[^{}\n]+\}\}/y,
  /\{[^{}\n]+\}/y,
  /<(?=\S)[^<>\n]*[^<>\s]>/y,
  /\((?=[^()\n]*\b(?:fill(?: me)? in|TBD|TODO|to be (?:decided|determined|written))\b)[^()\n]+\)/iy,
  /\bTODO\b(?::[^\n]*)?/y,
  /\bTBD\b/y,
  // spec-kit's command arguments: `User description: "$ARGUMENTS"`.
  /\$[A-Z][A-Z0-9_]{2,}\b/y,
];

/** `[...]` with balanced inner brackets, on one line; `[ ]` (a task box) is not one. */
function bracketAt(text: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\n') return undefined;
    if (c === '[') depth += 1;
    else if (c === ']') {
      depth -= 1;
      if (depth === 0) return text.slice(start + 1, i).trim() === '' ? undefined : i + 1;
    }
  }
  return undefined;
}

function matchAt(text: string, i: number): PlaceholderMatch | undefined {
  if (text[i] === numberMark) return { start: i, end: i + 1, text: numberMark, number: true };
  if (text[i] === literalOpen) {
    const end = text.indexOf(literalClose, i);
    if (end > i) return { start: i, end: end + 1, text: text.slice(i + 1, end), literal: true };
  }
  if (text[i] === '[') {
    const end = bracketAt(text, i);
    return end === undefined ? undefined : { start: i, end, text: text.slice(i, end) };
  }
  for (const pattern of simplePatterns) {
    pattern.lastIndex = i;
    const found = pattern.exec(text);
    if (!found) continue;
    const value = found[0];
    // `{n}` and `{nnn}` mean the item number to the writer: left as template text.
    if (value === '{n}' || value === '{nnn}') return undefined;
    const match: PlaceholderMatch = { start: i, end: i + value.length, text: value };
    if (/^\{[^{]/.test(value) && value.includes('|'))
      match.options = value
        .slice(1, -1)
        .split('|')
        .map((o) => o.trim())
        .filter((o) => o !== '');
    return match;
  }
  return undefined;
}

/** Every placeholder of `text`, left to right, not overlapping. */
export function findPlaceholders(text: string): PlaceholderMatch[] {
  const out: PlaceholderMatch[] = [];
  for (let i = 0; i < text.length; ) {
    const match = matchAt(text, i);
    if (match) {
      out.push(match);
      i = match.end;
    } else i += 1;
  }
  return out;
}

/** True when `text` (trimmed) is exactly one placeholder. */
export function isWholePlaceholder(text: string): boolean {
  const trimmed = text.trim();
  const found = findPlaceholders(trimmed);
  const only = found[0];
  return (
    found.length === 1 && only!.start === 0 && only!.end === trimmed.length && !only!.number && !only!.literal
  );
}

/**
 * The placeholder of items numbered 1, 2, 3 ... in one pattern (`[Component 1]`, `[Component 2]` ->
 * `[Component {n}]`), or undefined when the texts are not that (a single item is not a pattern).
 */
export function numberedPlaceholder(texts: readonly string[]): string | undefined {
  if (texts.length < 2) return undefined;
  const parts = texts.map((t) => /^(.*?)(\d+)(\D*)$/.exec(t));
  const first = parts[0];
  if (!first || !isWholePlaceholder(texts[0]!)) return undefined;
  const ok = parts.every((m, i) => m && m[1] === first[1] && m[3] === first[3] && m[2] === String(i + 1));
  return ok ? `${first[1]}{n}${first[3]}` : undefined;
}
