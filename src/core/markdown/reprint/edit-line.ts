/**
 * Carries one line's change into the file's version of that line: the writer changed `before` into `after`, and the
 * file says `line` (the same content in the file's own style). The changed characters are found in `line` by their
 * surroundings, so the rest of the line keeps its bytes; when they cannot be found unambiguously, the line becomes
 * `after`, keeping the file's kind of trailing line break.
 */
export function editLine(line: string, before: string, after: string): string {
  return placeEdit(line, before, after) ?? withBreakStyle(after, line);
}

/**
 * `editLine` without the whole-line fallback: undefined when the change cannot be placed in `line`. `widths` are the
 * lengths of surrounding text tried, longest first; a wide text (several lines of the file) needs long ones, since
 * a character or two of context can match the wrong value there.
 */
export function placeEdit(
  line: string,
  before: string,
  after: string,
  widths: readonly number[] = [24, 12, 6, 3, 1],
): string | undefined {
  if (line === before || before === after) return line === before ? after : line;
  const { prefix, suffix } = changedSpan(before, after);
  const removed = before.slice(prefix, before.length - suffix);
  const inserted = after.slice(prefix, after.length - suffix);
  const found = place(line, before, removed, prefix, suffix, widths);
  if (found >= 0) return line.slice(0, found) + inserted + line.slice(found + removed.length);
  // An insertion after a space can also be read as one before it: `a b` + `X ` is `a` + ` X` + ` b`, and the file
  // may have no space there (`書く（` for `書く (`).
  if (removed === '') {
    let p = prefix;
    let text = inserted;
    while (p > 0 && /\s/u.test(before[p - 1]!) && text.endsWith(before[p - 1]!)) {
      text = before[p - 1]! + text.slice(0, -1);
      p--;
      const at = place(line, before, '', p, before.length - p, widths);
      if (at >= 0) return line.slice(0, at) + text + line.slice(at);
    }
  }
  return undefined;
}

/** How many characters `before` and `after` share at their start (`prefix`) and, after that, at their end. */
export function changedSpan(before: string, after: string): { prefix: number; suffix: number } {
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix])
    suffix++;
  return { prefix, suffix };
}

/** `after` with the trailing hard break written as `line` writes it (two spaces or a backslash). */
function withBreakStyle(after: string, line: string): string {
  const spaces = /\S {2,}$/u.test(line);
  const backslash = /\\$/u.test(line);
  if (spaces && /\\$/u.test(after)) return `${after.slice(0, -1)}  `;
  if (backslash && /\S {2,}$/u.test(after)) return `${after.trimEnd()}\\`;
  return after;
}

/** Where `removed` (at `prefix` in `before`) is in `line`, found by its surroundings; -1 when not unambiguous. */
function place(
  line: string,
  before: string,
  removed: string,
  prefix: number,
  suffix: number,
  widths: readonly number[],
): number {
  const at = (left: string, right: string) => {
    const needle = left + removed + right;
    if (needle === '') return -1;
    const found = line.indexOf(needle);
    return found < 0 || line.indexOf(needle, found + 1) >= 0 ? -1 : found + left.length;
  };
  // Both sides first; then one side, since the file may word the other differently (`US-2:` for `User Story 2 -`).
  const tries = [
    ...widths.map((w) => [w, w] as const),
    ...widths.map((w) => [w, 0] as const),
    ...widths.map((w) => [0, w] as const),
    // Last, the removed text alone, where it occurs once (a value the file writes in another construct).
    ...(removed.trim().length >= Math.min(...widths) ? [[0, 0] as const] : []),
  ];
  for (const [l, r] of tries) {
    const left = before.slice(Math.max(0, prefix - l), prefix);
    const right = before.slice(before.length - suffix, before.length - suffix + r);
    if ((l > 0 && left === '') || (r > 0 && right === '')) continue;
    const start = at(left, right);
    if (start >= 0) return start;
  }
  return -1;
}
