import { diffLines } from 'diff';

/** One line of a download's difference from the file it was opened from. */
export interface ChangedLine {
  kind: 'added' | 'removed' | 'context';
  text: string;
  /** Line number in the file (removed, context) or in the download (added), 1-based. */
  line: number;
}

/** A run of changed lines with a little context around it. */
export interface ChangeHunk {
  lines: ChangedLine[];
}

/**
 * What a download changes in the file it was opened from: hunks of removed and added lines, with `context` unchanged
 * lines around each, line endings ignored for display (a changed ending alone still counts as a change). An empty
 * list means the download is the file, byte for byte.
 */
export function describeChanges(before: string, after: string, context = 2): ChangeHunk[] {
  if (before === after) return [];
  const parts = diffLines(before, after);
  const all: ChangedLine[] = [];
  let oldLine = 1;
  let newLine = 1;
  for (const part of parts) {
    const lines = part.value.split(/\r\n|\n|\r/);
    if (lines[lines.length - 1] === '') lines.pop();
    for (const text of lines) {
      if (part.added) all.push({ kind: 'added', text, line: newLine++ });
      else if (part.removed) all.push({ kind: 'removed', text, line: oldLine++ });
      else {
        all.push({ kind: 'context', text, line: oldLine });
        oldLine++;
        newLine++;
      }
    }
  }
  // Ranges of lines around each change, merged where they touch.
  const ranges: [number, number][] = [];
  all.forEach((entry, index) => {
    if (entry.kind === 'context') return;
    const from = Math.max(0, index - context);
    const to = Math.min(all.length, index + context + 1);
    const last = ranges[ranges.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else ranges.push([from, to]);
  });
  const hunks = ranges.map(([from, to]) => ({ lines: all.slice(from, to) }));
  return hunks;
}
