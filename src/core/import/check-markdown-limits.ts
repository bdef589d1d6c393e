import { limits as defaultLimits, type Limits } from '../limits';

/** Which limit a text goes beyond, where, and by how much; `undefined` from `findLimitBreach` when none. */
export type LimitBreach =
  | { kind: 'line-length'; line: number; value: number }
  | { kind: 'nesting'; line: number; value: number }
  | { kind: 'items'; line: number; value: number }
  | { kind: 'emphasis'; line: number; value: number };

const space = 32;
const tab = 9;

/**
 * One linear pass over the lines of a Markdown text, before anything parses it: line length, nesting of list and
 * quote markers (and indentation) at the start of each line, list items, table rows and reference definitions, and
 * the emphasis marks in each paragraph or table row. It only counts; it never changes or interprets the text beyond
 * the start of a line, so a text it lets through may still be slow to parse in some other way (the parser's time
 * budget covers that).
 */
export function findLimitBreach(text: string, max: Limits = defaultLimits): LimitBreach | undefined {
  let items = 0;
  let blockMarks = 0;
  let blockStart = 1;
  let line = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    line += 1;
    if (end - start > max.maxLineLength) return { kind: 'line-length', line, value: end - start };

    let i = start;
    let depth = 0;
    let columns = 0;
    let marker = false;
    while (i < end) {
      const c = text.charCodeAt(i);
      if (c === space) {
        columns += 1;
        i += 1;
      } else if (c === tab) {
        columns += 4 - (columns % 4);
        i += 1;
      } else if (c === 62 /* > */) {
        depth += 1;
        i = skipGap(text, i + 1, end);
      } else if ((c === 45 || c === 42 || c === 43) /* - * + */ && isGap(text, i + 1, end)) {
        depth += 1;
        items += 1;
        marker = true;
        i = skipGap(text, i + 1, end);
      } else {
        const afterNumber = orderedMarkerEnd(text, i, end);
        if (afterNumber === undefined) break;
        depth += 1;
        items += 1;
        marker = true;
        i = skipGap(text, afterNumber, end);
      }
    }
    depth += Math.floor(columns / 2);
    if (depth > max.maxNestingDepth) return { kind: 'nesting', line, value: depth };

    const first = text.charCodeAt(i);
    const tableRow = first === 124; /* | */
    if (tableRow || (first === 91 /* [ */ && text.indexOf(']:', i) !== -1 && text.indexOf(']:', i) < end)) {
      items += 1;
    }
    if (items > max.maxItems) return { kind: 'items', line, value: items };

    if (i >= end) {
      blockMarks = 0; // a blank line ends the paragraph
    } else {
      let marks = 0;
      for (let j = i; j < end; j++) {
        const c = text.charCodeAt(j);
        if (c === 42 || c === 95) marks += 1;
      }
      // Each table row, list item and heading is parsed on its own; paragraph lines add up until a blank line.
      const ownBlock = marker || first === 35; /* # */
      if (tableRow || ownBlock) {
        blockMarks = 0;
        blockStart = line;
      } else if (blockMarks === 0) blockStart = line;
      blockMarks += marks;
      if (blockMarks > max.maxEmphasisMarksPerBlock) {
        return { kind: 'emphasis', line: blockStart, value: blockMarks };
      }
      if (tableRow) blockMarks = 0;
    }
    start = end + 1;
  }
  return undefined;
}

/** Whether the character at `at` is a space or tab, or the line ends there (what follows a list marker). */
function isGap(text: string, at: number, end: number): boolean {
  if (at >= end) return true;
  const c = text.charCodeAt(at);
  return c === space || c === tab;
}

/** Past the one space or tab that belongs to a marker: it is not indentation. */
function skipGap(text: string, at: number, end: number): number {
  return at < end && isGap(text, at, end) ? at + 1 : at;
}

/** The end of an ordered list marker (`1.`, `12)`) starting at `at`, or undefined if there is none. */
function orderedMarkerEnd(text: string, at: number, end: number): number | undefined {
  let j = at;
  while (j < end && j - at < 9) {
    const c = text.charCodeAt(j);
    if (c < 48 || c > 57) break;
    j += 1;
  }
  if (j === at) return undefined;
  const c = text.charCodeAt(j);
  if ((c === 46 || c === 41) /* . ) */ && isGap(text, j + 1, end)) return j + 1;
  return undefined;
}

/** A sentence for the user about a breach of the limits in the input called `label` (“spec.md”, “The pasted text”). */
export function describeLimitBreach(breach: LimitBreach, label: string, max: Limits = defaultLimits): string {
  const n = (value: number) => value.toLocaleString('en');
  switch (breach.kind) {
    case 'line-length':
      return `${label} has a line of ${n(breach.value)} characters (line ${n(breach.line)}); Specwright opens lines of up to ${n(max.maxLineLength)}. Check that this is the right file, or break the line up.`;
    case 'nesting':
      return `${label} nests lists or quotes ${n(breach.value)} levels deep (line ${n(breach.line)}); Specwright opens up to ${n(max.maxNestingDepth)} levels. Flatten the list, or check that this is the right file.`;
    case 'items':
      return `${label} has more than ${n(max.maxItems)} list items, table rows and link definitions (the limit is passed at line ${n(breach.line)}). Split the document, or check that this is the right file.`;
    case 'emphasis':
      return `${label} has a paragraph with more than ${n(max.maxEmphasisMarksPerBlock)} * and _ marks (from line ${n(breach.line)}), more than Specwright can read in one paragraph. Check that this is the right file, or put such text in a code block.`;
  }
}
