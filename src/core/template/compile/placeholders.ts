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
}

/**
 * Marks a repeated block's item number in heading text before it is compiled: a private-use character that
 * Markdown never gives it, found here as a placeholder of its own.
 */
export const numberMark = '\uE000';

const simplePatterns: readonly RegExp[] = [
  /\{\{[^{}\n]+\}\}/y,
  /\{[^{}\n]+\}/y,
  /<(?=\S)[^<>\n]*[^<>\s]>/y,
  /\((?=[^()\n]*\b(?:fill(?: me)? in|TBD|TODO|to be (?:decided|determined|written))\b)[^()\n]+\)/iy,
  /\bTODO\b(?::[^\n]*)?/y,
  /\bTBD\b/y,
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
  return found.length === 1 && found[0]!.start === 0 && found[0]!.end === trimmed.length && !found[0]!.number;
}
