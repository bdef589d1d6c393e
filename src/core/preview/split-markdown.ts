/**
 * Cuts Markdown into pieces that render the same on their own as they do in the whole document, so a preview can
 * parse and render only the pieces a keystroke changed (parsing a 300-row spec whole takes far longer than a frame).
 *
 * The cuts are made only where CommonMark guarantees a fresh block context:
 * - before an ATX heading line at column 0 that is not inside front matter, a fenced code block or an HTML block;
 * - around a table that follows a blank line or a heading (each row renders on its own under the same header);
 * - around a tight list whose items start at column 0 (each item renders on its own inside the same list).
 * Anything this scanner cannot be sure about (link or footnote definitions, which reach across blocks; a fenced code
 * block whose context is unclear) makes it return the whole text as one piece: correct first, fast second.
 *
 * Invariant: the pieces' `markdown` joined is exactly the input.
 */

/** A run of blocks, rendered by parsing its Markdown. `heading` is the ATX heading it starts with, if any. */
export interface BlocksPiece {
  type: 'blocks';
  markdown: string;
  heading?: { depth: number; text: string };
}

/** YAML front matter (`---` fenced), shown as a code block. */
export interface FrontMatterPiece {
  type: 'frontMatter';
  markdown: string;
  /** The YAML between the fences. */
  yaml: string;
}

/** A GFM table: `head` is its header and delimiter lines; each row renders as `head` + row. */
export interface TablePiece {
  type: 'table';
  markdown: string;
  head: string;
  rows: string[];
}

/** A tight list: each item (its marker line and indented continuation lines) renders on its own. */
export interface ListPiece {
  type: 'list';
  markdown: string;
  items: string[];
}

export type MarkdownPiece = BlocksPiece | FrontMatterPiece | TablePiece | ListPiece;

const atxHeading = /^(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const fenceOpen = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const definition = /^ {0,3}\[[^\]]+\]:/;
const delimiterRow = /^\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/;
const bulletMarker = /^([-*+])(?:[ \t]|$)/;
const orderedMarker = /^\d{1,9}([.)])(?:[ \t]|$)/;
const htmlEnds: readonly (readonly [RegExp, RegExp])[] = [
  [/^ {0,3}<(?:script|pre|style|textarea)(?:[\s>]|$)/i, /<\/(?:script|pre|style|textarea)>/i],
  [/^ {0,3}<!--/, /-->/],
  [/^ {0,3}<\?/, /\?>/],
  [/^ {0,3}<!\[CDATA\[/, /\]\]>/],
  [/^ {0,3}<![A-Za-z]/, />/],
];

/** Splits Markdown into independently renderable pieces (see the module comment). */
export function splitMarkdown(markdown: string): MarkdownPiece[] {
  const lines = markdown.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  const whole: MarkdownPiece[] = markdown ? [{ type: 'blocks', markdown }] : [];
  const scan = scanContexts(lines);
  if (!scan) return whole;
  const { free, frontMatterEnd } = scan;
  const text = (line: string) => line.replace(/\r?\n$/, '');
  const blank = (i: number) => i < lines.length && /^[ \t]*$/.test(text(lines[i]!));
  const heading = (i: number) => i < lines.length && free[i] === true && atxHeading.test(text(lines[i]!));

  const pieces: MarkdownPiece[] = [];
  let start = 0;
  const flush = (end: number) => {
    if (end <= start) return;
    const piece: BlocksPiece = { type: 'blocks', markdown: lines.slice(start, end).join('') };
    const match = atxHeading.exec(text(lines[start]!));
    if (match && free[start]) piece.heading = { depth: match[1]!.length, text: (match[2] ?? '').trim() };
    pieces.push(piece);
    start = end;
  };

  // A list after blank lines continues the list before them (as a loose list) unless a block that is surely not in a
  // list came between: the run of lines before the blanks must start at column 0, with no list marker.
  const listStartsFresh = (i: number) => {
    if (i === frontMatterEnd || heading(i - 1)) return true;
    if (!blank(i - 1)) return false;
    let j = i - 1;
    while (j >= frontMatterEnd && blank(j)) j--;
    if (j < frontMatterEnd || heading(j)) return true;
    while (j - 1 >= frontMatterEnd && !blank(j - 1) && !heading(j - 1)) j--;
    const first = text(lines[j]!);
    return free[j] === true && !/^[ \t]/.test(first) && !listMarker(first);
  };

  let i = 0;
  if (frontMatterEnd > 0) {
    const block = lines.slice(0, frontMatterEnd);
    pieces.push({ type: 'frontMatter', markdown: block.join(''), yaml: block.slice(1, -1).join('') });
    start = i = frontMatterEnd;
  }
  while (i < lines.length) {
    // A fresh block context: the document's start (after front matter), a blank line, or a heading line.
    const fresh = i === start || blank(i - 1) || heading(i - 1);
    if (heading(i)) {
      flush(i);
      i++;
      continue;
    }
    if (fresh && free[i]) {
      const table = tableAt(lines, i, text, blank, heading);
      if (table) {
        flush(i);
        pieces.push({ type: 'table', markdown: lines.slice(i, table.end).join(''), ...table.piece });
        start = i = table.end;
        continue;
      }
      const list = listStartsFresh(i) ? listAt(lines, i, text, blank, heading, free) : undefined;
      if (list) {
        flush(i);
        pieces.push({ type: 'list', markdown: lines.slice(i, list.end).join(''), items: list.items });
        start = i = list.end;
        continue;
      }
    }
    i++;
  }
  flush(lines.length);
  return pieces;
}

/**
 * For each line, whether it starts outside front matter, fenced code and HTML blocks; and where front matter ends.
 * Undefined when the text holds something that makes cutting unsafe.
 */
function scanContexts(lines: readonly string[]): { free: boolean[]; frontMatterEnd: number } | undefined {
  const free: boolean[] = [];
  let frontMatterEnd = 0;
  if (lines.length > 1 && lines[0]!.replace(/\r?\n$/, '') === '---') {
    const close = lines.findIndex((line, index) => index > 0 && line.replace(/\r?\n$/, '') === '---');
    if (close > 0) frontMatterEnd = close + 1;
  }
  let fence: { char: string; length: number; indent: number } | undefined;
  let htmlEnd: RegExp | 'blank' | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\r?\n$/, '');
    free.push(i >= frontMatterEnd && !fence && !htmlEnd);
    if (i < frontMatterEnd) continue;
    if (definition.test(line)) return undefined;
    if (fence) {
      const indent = /^ */.exec(line)![0].length;
      const close = fenceOpen.exec(line);
      if (
        close &&
        close[2]![0] === fence.char &&
        close[2]!.length >= fence.length &&
        close[3]!.trim() === '' &&
        close[1]!.length === fence.indent
      ) {
        fence = undefined;
      } else if (line.trim() !== '' && indent < fence.indent) {
        // A less indented line inside an indented fence: the fence was in a container this scanner does not track.
        return undefined;
      }
      continue;
    }
    if (htmlEnd) {
      if (htmlEnd === 'blank' ? line.trim() === '' : htmlEnd.test(line)) htmlEnd = undefined;
      continue;
    }
    const open = fenceOpen.exec(line);
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      fence = { char: open[2]![0]!, length: open[2]!.length, indent: open[1]!.length };
      continue;
    }
    if (/^ {0,3}</.test(line)) {
      const kind = htmlEnds.find(([starts]) => starts.test(line));
      if (kind) {
        // The end condition may be met on the opening line itself (`<!-- note -->`).
        const rest = line.slice(line.indexOf('<') + 2);
        if (!kind[1].test(rest)) htmlEnd = kind[1];
      } else {
        htmlEnd = 'blank';
      }
    }
  }
  return { free, frontMatterEnd };
}

/** The kind of list a line starts an item of (`bullet-`, `ordered.`), if it does. */
function listMarker(line: string): string | undefined {
  const bullet = bulletMarker.exec(line);
  if (bullet) return `bullet${bullet[1]}`;
  const ordered = orderedMarker.exec(line);
  return ordered ? `ordered${ordered[1]}` : undefined;
}

/** Unescaped pipes of a table line, which GFM counts to find cells. */
function pipes(line: string): number {
  let count = 0;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') count++;
  }
  return count;
}

function tableAt(
  lines: readonly string[],
  i: number,
  text: (line: string) => string,
  blank: (i: number) => boolean,
  heading: (i: number) => boolean,
): { end: number; piece: { head: string; rows: string[] } } | undefined {
  const header = text(lines[i]!);
  const delimiter = i + 1 < lines.length ? text(lines[i + 1]!) : '';
  if (!header.startsWith('|') || !delimiterRow.test(delimiter) || pipes(header) !== pipes(delimiter)) return;
  let end = i + 2;
  while (end < lines.length && text(lines[end]!).startsWith('|')) end++;
  // Anything else right after the rows could be a lazy row: only a blank line, a heading or the end is certain.
  if (end < lines.length && !blank(end) && !heading(end)) return;
  return { end, piece: { head: lines[i]! + lines[i + 1]!, rows: lines.slice(i + 2, end) } };
}

function listAt(
  lines: readonly string[],
  i: number,
  text: (line: string) => string,
  blank: (i: number) => boolean,
  heading: (i: number) => boolean,
  free: readonly boolean[],
): { end: number; items: string[] } | undefined {
  const marker = listMarker;
  const kind = marker(text(lines[i]!));
  // `---` and `***` are thematic breaks, not empty items.
  if (!kind || /^([-*_])[ \t]*\1[ \t]*\1[-*_ \t]*$/.test(text(lines[i]!))) return;
  const items: string[] = [];
  let end = i;
  while (end < lines.length && !blank(end) && !heading(end)) {
    const line = text(lines[end]!);
    if (/^[ \t]/.test(line)) {
      // An indented line continues the current item.
      items[items.length - 1] += lines[end]!;
    } else if (marker(line) === kind && free[end] && !/^([-*_])[ \t]*\1[ \t]*\1[-*_ \t]*$/.test(line)) {
      items.push(lines[end]!);
    } else {
      return; // A column-0 line that is not an item of this list: lazy text, a break, another list...
    }
    end++;
  }
  // After a blank line the list must be over for sure: a column-0 line that is no list item, or the end.
  let next = end;
  while (blank(next)) next++;
  if (next > end && next < lines.length) {
    const line = text(lines[next]!);
    if (/^[ \t]/.test(line) || marker(line)) return;
  }
  // Fenced code inside an item must close inside it.
  if (end < lines.length && !free[end]) return;
  return { end, items };
}
