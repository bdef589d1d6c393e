/** One line of a source text: its characters and the line ending that followed it ('' for the last line). */
export interface SourceLine {
  text: string;
  eol: string;
}

/** A text cut into lines that keep their own endings (LF, CRLF or CR), so joining them gives the same bytes. */
export interface SourceText {
  /** A byte order mark the file started with, written back before the first line. */
  bom: string;
  lines: SourceLine[];
  /** The ending new lines get: the file's most common one. */
  eol: string;
}

/** Cuts a text into lines, keeping every line ending and a leading byte order mark. */
export function splitSource(source: string): SourceText {
  const bom = source.charCodeAt(0) === 0xfeff ? '\uFEFF' : '';
  const body = bom ? source.slice(1) : source;
  const lines: SourceLine[] = [];
  const counts = new Map<string, number>();
  const re = /\r\n|\n|\r/g;
  let start = 0;
  for (let match = re.exec(body); match; match = re.exec(body)) {
    lines.push({ text: body.slice(start, match.index), eol: match[0] });
    counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    start = match.index + match[0].length;
  }
  lines.push({ text: body.slice(start), eol: '' });
  let eol = '\n';
  let best = 0;
  for (const [ending, count] of counts) {
    if (count > best) {
      best = count;
      eol = ending;
    }
  }
  return { bom, lines, eol };
}

/** The text of lines, each with its own ending: the inverse of `splitSource`. */
export function joinSource(text: SourceText): string {
  let out = text.bom;
  for (const line of text.lines) out += line.text + line.eol;
  return out;
}
