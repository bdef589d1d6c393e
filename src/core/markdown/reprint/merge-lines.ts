import { diffArrays } from 'diff';
import { changedSpan, editLine, placeEdit } from './edit-line';
import { lineKey } from './line-key';
import type { SourceLine, SourceText } from './source-lines';

/** A change to the file: its lines [from, to) become `lines` (from === to inserts before line `from`). */
interface Op {
  from: number;
  to: number;
  lines: string[];
  /** Order of creation, so insertions at one place keep their order. */
  seq: number;
}

const blank = (line: string | undefined) => line !== undefined && line.trim() === '';

/**
 * Carries the writer's change from `before` (the document as read, written) to `after` (the document now, written)
 * into the file, three-way: `map` lines up `before` with the file (see `alignLines`). Lines the change does not touch
 * keep their bytes and endings; changed lines are edited in place where the file has them, new lines are inserted
 * after the last line before them that the file has, and a change inside content the file writes in another form
 * (a table the writer would write as a list) replaces just that stretch of the file.
 */
export function mergeLines(
  source: SourceText,
  before: readonly string[],
  after: readonly string[],
  map: Int32Array,
): SourceText {
  const S = source.lines.map((l) => l.text);
  const changes = diffArrays(before as string[], after as string[]);
  const ops: Op[] = [];
  let seq = 0;
  const push = (from: number, to: number, lines: string[]) => ops.push({ from, to, lines, seq: seq++ });

  // Which line of `after` each unchanged line of `before` became.
  const same = new Int32Array(before.length).fill(-1);
  const hunks: { a: number; b: number; c: number; d: number }[] = [];
  {
    let a = 0;
    let c = 0;
    for (let k = 0; k < changes.length; k++) {
      const change = changes[k]!;
      const n = change.count ?? change.value.length;
      if (!change.added && !change.removed) {
        for (let j = 0; j < n; j++) same[a + j] = c + j;
        a += n;
        c += n;
        continue;
      }
      const hunk = { a, b: a, c, d: c };
      while (k < changes.length && (changes[k]!.added || changes[k]!.removed)) {
        const part = changes[k]!;
        const m = part.count ?? part.value.length;
        if (part.removed) hunk.b += m;
        else hunk.d += m;
        k++;
      }
      k--;
      a = hunk.b;
      c = hunk.d;
      hunks.push(hunk);
    }
  }

  const inverse = new Int32Array(after.length).fill(-1);
  for (let i = 0; i < before.length; i++) if (same[i]! >= 0) inverse[same[i]!] = i;

  /** The nearest line before `i` (exclusive) that the file has, changed or not. */
  const locatedBefore = (i: number) => {
    for (let p = i - 1; p >= 0; p--) if (map[p]! >= 0 && !blank(before[p])) return p;
    return -1;
  };
  /**
   * Where new lines at `after[c]` start when the lines just before them are ones the file does not have (the
   * heading of a section it left out): those come along, up to the nearest line the file has or a changed one.
   */
  const contextStart = (c: number) => {
    let from = c;
    for (let j = c - 1; j >= 0; j--) {
      if (blank(after[j])) continue;
      const i = inverse[j]!;
      if (i < 0 || map[i]! >= 0) break;
      from = j;
    }
    return from;
  };
  /** The nearest line before `i` (exclusive) that the file has and the change left alone. */
  const anchorBefore = (i: number) => {
    for (let p = i - 1; p >= 0; p--) if (map[p]! >= 0 && same[p]! >= 0 && !blank(before[p])) return p;
    return -1;
  };
  const anchorAfter = (i: number) => {
    for (let q = i; q < before.length; q++) if (map[q]! >= 0 && same[q]! >= 0 && !blank(before[q])) return q;
    return -1;
  };
  const trimBlank = (lines: readonly string[]) => {
    let s = 0;
    let e = lines.length;
    while (s < e && blank(lines[s])) s++;
    while (e > s && blank(lines[e - 1])) e--;
    return lines.slice(s, e);
  };

  /** New lines after `after[from, to)` context: they go after file line `at - 1`, set off as the writer sets them. */
  const insertAt = (at: number, from: number, to: number) => {
    let first = from;
    while (first < to && blank(after[first])) first++;
    let last = to - 1;
    while (last >= first && blank(after[last])) last--;
    if (first > last) return;
    const previous = at > 0 ? S[at - 1] : undefined;
    const written = after.slice(first, last + 1) as string[];
    const content = asNeighbour(written, previous);
    // A list item (or one made a paragraph) right under a paragraph would be read as more of the paragraph: a blank
    // line sets it off.
    const blankBefore =
      (first > 0 && blank(after[first - 1])) ||
      (previous !== undefined && lineKind(previous) === 'p' && lineKind(written[0]!) === 'l');
    const blankAfter = last + 1 < after.length && blank(after[last + 1]);
    const lines = [...(blankBefore && at > 0 && !blank(S[at - 1]) ? [''] : []), ...content];
    if (blankAfter && at < S.length && !blank(S[at])) lines.push('');
    push(at, at, lines);
  };

  const deleteLines = (indices: number[]) => {
    // A list item goes with the lines it wraps onto.
    const all = new Set<number>();
    for (const t of indices) for (let e = t; e < wrappedEnd(t); e++) all.add(e);
    const sorted = [...all].sort((x, y) => x - y);
    let k = 0;
    while (k < sorted.length) {
      let x = sorted[k]!;
      let y = x;
      k++;
      while (k < sorted.length) {
        const next = sorted[k]!;
        let between = true;
        for (let j = y + 1; j < next; j++) if (!blank(S[j])) between = false;
        if (!between) break;
        y = next;
        k++;
      }
      // A removed block leaves one blank line between its neighbours, not two.
      if ((x === 0 || blank(S[x - 1])) && blank(S[y + 1]) && y + 1 < S.length - 1) y++;
      else if (blank(S[x - 1]) && y + 1 >= S.length - 1 && x > 0) x--;
      push(x, y + 1, []);
    }
  };

  const taken = new Uint8Array(S.length);
  for (const t of map) if (t >= 0) taken[t] = 1;
  /** Where the list item starting at file line `t` ends (exclusive): after the indented lines it wraps onto. */
  const wrappedEnd = (t: number, owned = false) => {
    if (lineKind(S[t]!) !== 'l') return t + 1;
    let e = t + 1;
    while (e < S.length && /^\s+\S/u.test(S[e]!) && lineKind(S[e]!) === 'p' && (owned || owner[e]! < 0)) e++;
    return e;
  };
  /** The file lines of the list item line `t` is in, when the item wraps over indented lines: [start, end). */
  const wrappedBlock = (t: number): [number, number] => {
    let start = t;
    while (start > 0 && lineKind(S[start]!) === 'p' && /^\s+\S/u.test(S[start]!)) start--;
    if (lineKind(S[start]!) !== 'l') return [t, t + 1];
    const end = wrappedEnd(start, true);
    return end > t ? [start, end] : [t, t + 1];
  };
  /** Which line of `before` each file line says (-1: none). */
  const owner = new Int32Array(S.length).fill(-1);
  for (let i = 0; i < before.length; i++) if (map[i]! >= 0) owner[map[i]!] = i;
  /**
   * A line the keys could not line up may still be in the file, worded otherwise (`### US-2: Title (P1)` for
   * `### User Story 2 - Title (Priority: P1)`): the most similar line of the same kind between the lines around it.
   */
  const locateInGap = (i: number) => {
    const p = locatedBefore(i);
    let q = i + 1;
    while (q < before.length && (map[q]! < 0 || blank(before[q]))) q++;
    const from = p >= 0 ? map[p]! + 1 : 0;
    const to = q < before.length ? map[q]! : S.length;
    let best = -1;
    let score = 0.5;
    const depth = headingDepth(before[i]!);
    for (let t = from; t < to; t++) {
      if (taken[t] || blank(S[t])) continue;
      if (depth > 0) {
        // A heading of the same level: its words may be in another language, numbers and IDs still match.
        if (headingDepth(S[t]!) !== depth) continue;
        const sim = similarity(S[t]!, before[i]!) + 0.25;
        if (sim > score) {
          score = sim;
          best = t;
        }
        continue;
      }
      const kinds = lineKind(S[t]!) + lineKind(before[i]!);
      // A table row may hold what the writer writes as a list item (requirements as a table), nothing else.
      const across = kinds === 'tl' || kinds === 'lt';
      const raw = similarity(S[t]!, before[i]!);
      // Other kinds only when they say nearly the same (a title written in the front matter, held by an H1).
      if (kinds[0] !== kinds[1] && !across && (raw < 0.75 || kinds.includes('f'))) continue;
      const sim = raw - (kinds[0] !== kinds[1] ? 0.15 : 0);
      if (sim > score) {
        score = sim;
        best = t;
      }
    }
    if (best >= 0) {
      map[i] = best;
      taken[best] = 1;
      owner[best] = i;
    }
  };

  /**
   * The file lines of removed lines none of which the file has as such (a scenario written as three paragraphs): the
   * lines between the nearest lines found around them, when nothing else the writer wrote lies between those and no
   * line there says something that stays. Undefined otherwise.
   */
  const gapOf = (removed: readonly number[]) => {
    const gone = new Set(removed);
    const first = Math.min(...removed);
    const last = Math.max(...removed);
    const p = locatedBefore(first);
    let q = last + 1;
    while (q < before.length && (map[q]! < 0 || blank(before[q]))) q++;
    // Only between two lines found: never up to the file's start or end.
    if (p < 0 || q >= before.length) return undefined;
    for (let i = p + 1; i < q; i++) if (!blank(before[i]) && !gone.has(i)) return undefined;
    const from = map[p]! + 1;
    const to = map[q]!;
    const lines: number[] = [];
    for (let t = from; t < to; t++) {
      if (blank(S[t])) continue;
      if (owner[t]! >= 0) return undefined;
      lines.push(t);
    }
    return lines.length > 0 ? lines : undefined;
  };

  /**
   * The file lines a removal takes: from the first to the last line found of the removed ones (`targets`, -1 where
   * not found), with a rule (`---`) right after them when the removal has one the file could not line up. Undefined
   * when none is found or a line that stays is among them.
   */
  const removedSpan = (targets: readonly number[], removed: readonly number[]) => {
    const found = targets.filter((t) => t >= 0);
    if (found.length === 0) return gapOf(removed);
    const lo = Math.min(...found);
    let hi = Math.max(...found);
    const rule = removed.some((i, k) => targets[k]! < 0 && lineKey(before[i]!) === 'p:rule');
    if (rule) {
      let next = hi + 1;
      while (next < S.length && blank(S[next])) next++;
      if (next < S.length && lineKey(S[next]!) === 'p:rule' && owner[next]! < 0) hi = next;
    }
    const lines: number[] = [];
    for (let t = lo; t <= hi; t++) {
      if (blank(S[t])) continue;
      const o = owner[t]!;
      if (o >= 0 && same[o]! >= 0) return undefined;
      lines.push(t);
    }
    return lines;
  };

  /**
   * When every added line is, in order, one of the removed lines changed (same key), and the file has it: the edits
   * of those lines and the file lines of the others, which go. Undefined otherwise.
   */
  const keptAfterRemoval = (
    removed: readonly number[],
    targets: readonly number[],
    addedLines: readonly string[],
  ): { edits: [number, string][]; gone: number[] } | undefined => {
    const edits: [number, string][] = [];
    const goneTargets: number[] = [];
    const goneRemoved: number[] = [];
    let k = 0;
    for (const [j, i] of removed.entries()) {
      const next = addedLines[k];
      if (next !== undefined && lineKey(next) === lineKey(before[i]!)) {
        const t = targets[j]!;
        if (t < 0) return undefined;
        // Only the number changed: placed in the file's number where it has that number; else (paragraphs, or
        // every item numbered `1.`) the line stays as it is.
        if (unnumbered(next) === unnumbered(before[i]!)) {
          edits.push([t, renumberedLine(S[t]!, before[i]!, next)]);
        } else {
          // Anything else must be placed, never by replacing the first line of an item the file wraps.
          const [start, end] = wrappedBlock(t);
          if (end > start + 1) return undefined;
          edits.push([t, editLine(S[t]!, before[i]!, next)]);
        }
        k++;
      } else {
        goneTargets.push(targets[j]!);
        goneRemoved.push(i);
      }
    }
    if (k < addedLines.length) return undefined;
    const gone = goneTargets.every((t) => t >= 0) ? goneTargets : removedSpan(goneTargets, goneRemoved);
    if (!gone || gone.some((t) => edits.some(([e]) => e === t))) return undefined;
    return { edits, gone };
  };

  let handledUntil = -1;
  for (const { a, b, c, d } of hunks) {
    if (a < handledUntil) continue;
    const removed: number[] = [];
    for (let i = a; i < b; i++) if (!blank(before[i])) removed.push(i);
    const added = after.slice(c, d);
    const addedLines = added.filter((l) => !blank(l));

    if (removed.length === 0) {
      if (addedLines.length === 0) continue;
      const p = locatedBefore(a);
      if (p >= 0) insertAt(map[p]! + 1, contextStart(c), d);
      else {
        const q = anchorAfter(b);
        insertAt(q >= 0 ? map[q]! : lastLine(S), contextStart(c), d);
      }
      continue;
    }

    if (removed.some((i) => map[i]! < 0)) {
      // Line up what is around first (a translated section heading), so the gap the removed lines sit in is tight.
      const around: number[] = [];
      for (let i = a - 1; i >= 0 && (map[i]! < 0 || blank(before[i])); i--)
        if (!blank(before[i])) around.unshift(i);
      for (const i of around) locateInGap(i);
      for (const i of removed) if (map[i]! < 0) locateInGap(i);
    }
    const targets = removed.map((i) => map[i]!);
    const located = targets.every((t) => t >= 0) && targets.every((t, k) => k === 0 || t > targets[k - 1]!);
    if (addedLines.length > 0 && addedLines.length < removed.length) {
      // Fewer lines than before, each a line that was there (by its key: an item renumbered after one above it
      // went): those lines are edited where the file has them, the others removed.
      const kept = keptAfterRemoval(removed, targets, addedLines);
      if (kept) {
        for (const [t, line] of kept.edits) if (line !== S[t]) push(t, t + 1, [line]);
        deleteLines(kept.gone);
        continue;
      }
    }
    if (!located && addedLines.length === 0) {
      // Removed content of which the file words some lines otherwise (a translated `**Acceptance Scenarios**:`):
      // the file's lines from the first to the last line found go, when no line that stays is among them.
      const span = removedSpan(targets, removed);
      if (span) {
        deleteLines(span);
        continue;
      }
    }
    if (located) {
      if (addedLines.length === 0) {
        deleteLines(targets);
        continue;
      }
      if (addedLines.length === removed.length && sameShape(before.slice(a, b), added)) {
        // Where the file writes a line in another construct (a table row for a list item), only an edit placed
        // inside it will do; otherwise the stretch is rewritten below.
        const lines = removed.map((i, k) => {
          const t = targets[k]!;
          const [start, end] = wrappedBlock(t);
          if (end > start + 1) {
            // A list item the file wraps over several lines: the edit is placed in all of them, never by a
            // character or two of context in one (`1.` matched the `.` ending the value); else the stretch is
            // handled below.
            const text = S.slice(start, end).join('\n');
            const placed = placeEdit(text, before[i]!, addedLines[k]!, stretchWidths);
            return placed === undefined ? undefined : ([start, end, placed] as const);
          }
          const same = lineKind(S[t]!) === lineKind(before[i]!);
          return same
            ? editLine(S[t]!, before[i]!, addedLines[k]!)
            : placeEdit(S[t]!, before[i]!, addedLines[k]!);
        });
        // Two lines of the writer's in one wrapped item of the file are placed in it one after the other.
        const blocks = lines.map((line) => (typeof line === 'string' ? undefined : line));
        const shared = blocks.some((x, k) => x && blocks.some((y, j) => j !== k && y && y[0] === x[0]));
        if (lines.every((line) => line !== undefined) && !shared) {
          lines.forEach((line, k) => {
            const t = targets[k]!;
            if (typeof line === 'string') {
              if (line !== S[t]) push(t, t + 1, [line]);
            } else if (line[2] !== S.slice(line[0], line[1]).join('\n'))
              push(line[0], line[1], line[2].split('\n'));
          });
          continue;
        }
      } else if (targets.every((t, k) => lineKind(S[t]!) === lineKind(before[removed[k]!]!))) {
        push(targets[0]!, targets[targets.length - 1]! + 1, trimBlank(added));
        continue;
      }
    }

    // The file says this in another form: replace the stretch between the nearest lines both sides share.
    const p = anchorBefore(a);
    const q = anchorAfter(b);
    const from = p >= 0 ? map[p]! + 1 : 0;
    const to = q >= 0 ? map[q]! : lastLine(S);
    // Unless each changed line's edit can be placed in that stretch as the file words it (three paragraphs for the
    // writer's one `**Given** ..., **When** ..., **Then** ...` line): then only those characters change.
    // Only when this hunk is the only change between the anchors: others there are then carried by the rewrite.
    const alone =
      !ops.some((op) => op.from < to && op.to > from) &&
      !hunks.some((h) => h.a !== a && h.a < (q >= 0 ? q : before.length) && h.b > p);
    const edited =
      alone && addedLines.length === removed.length && to > from
        ? placeEdits(
            S.slice(from, to).join('\n'),
            removed.map((i) => before[i]!),
            addedLines,
          )
        : undefined;
    if (edited !== undefined) {
      for (let k = ops.length - 1; k >= 0; k--) {
        const op = ops[k]!;
        if (op.from >= from && op.to <= to) ops.splice(k, 1);
      }
      const lines = edited.split('\n');
      lines.forEach((line, k) => {
        if (line !== S[from + k]) push(from + k, from + k + 1, [line]);
      });
      handledUntil = q >= 0 ? q : before.length;
      continue;
    }
    const start = p >= 0 ? same[p]! + 1 : 0;
    // A rule the writer puts between items and the file never had (unchanged and not found) stays out.
    const region = trimBlank(
      after.slice(start, q >= 0 ? same[q]! : after.length).filter((line, k) => {
        const i = inverse[start + k]!;
        return !(i >= 0 && map[i]! < 0 && lineKey(line) === 'p:rule');
      }),
    );
    if (to < from) {
      insertAt(from, p >= 0 ? same[p]! + 1 : 0, q >= 0 ? same[q]! : after.length);
    } else {
      let s = from;
      let e = to;
      while (s < e && blank(S[s])) s++;
      while (e > s && blank(S[e - 1])) e--;
      for (let k = ops.length - 1; k >= 0; k--) {
        const op = ops[k]!;
        if (op.from >= from && op.to <= to) ops.splice(k, 1);
      }
      if (s === e) insertAt(s, p >= 0 ? same[p]! + 1 : 0, q >= 0 ? same[q]! : after.length);
      else {
        // Never lose what the file says: lines of the stretch that nothing written resembles stay, around the
        // rewritten part.
        const written = before.slice(p + 1, q >= 0 ? q : before.length).filter((l) => !blank(l));
        const kept = (t: number) => blank(S[t]) || !written.some((w) => similarity(S[t]!, w) >= 0.3);
        let first = s;
        while (first < e && kept(first)) first++;
        let last = e;
        while (last > first && kept(last - 1)) last--;
        if (first === last) insertAt(e, p >= 0 ? same[p]! + 1 : 0, q >= 0 ? same[q]! : after.length);
        else {
          const inside: string[] = [];
          for (let t = first; t < last; t++) if (!blank(S[t]) && kept(t)) inside.push(S[t]!);
          push(first, last, [...region, ...(inside.length > 0 ? ['', ...inside] : [])]);
        }
      }
    }
    handledUntil = q >= 0 ? q : before.length;
  }

  return apply(source, ops);
}

/** Context lengths for placing an edit in several lines of the file: enough to tell values apart. */
const stretchWidths = [24, 12];

/**
 * `text` (lines of the file) with each line's change from `before[k]` to `after[k]` placed in it, or undefined when
 * one cannot be placed unambiguously. The text keeps its line count: an edit that would add or remove a line break
 * is not placed (the stretch is then rewritten as the writer writes it).
 */
function placeEdits(text: string, before: readonly string[], after: readonly string[]): string | undefined {
  let out = text;
  for (let k = 0; k < before.length; k++) {
    // The value being edited must be in the stretch once: a neighbour saying the same words (`**Given** the sun is
    // out` in two scenarios) could otherwise take the edit.
    const value = editedValue(before[k]!, after[k]!);
    if (value.length < 4 || out.split(value).length !== 2) return undefined;
    const next = placeEdit(out, before[k]!, after[k]!, stretchWidths);
    if (next === undefined) return undefined;
    out = next;
  }
  return out === text || out.split('\n').length !== text.split('\n').length ? undefined : out;
}

/**
 * New lines as items of the list they join: right after a `-` item, the writer's `2.` items become `-` items (and
 * after a `3.` item, `*` items become `4.`, `5.` ...). Why: an item of the other kind there would start another list,
 * or, since only `1.` can interrupt a paragraph, be read as more of the item above.
 */
function asNeighbour(lines: string[], previous: string | undefined): string[] {
  const marker = /^(\s*)([-*+]|\d{1,9}[.)])(\s+)/u;
  const above = previous === undefined ? null : marker.exec(previous);
  if (!above) {
    // Items the file writes as paragraphs (`**Given** ...` on its own) are added as paragraphs too.
    const lead = (line: string) => /^\S+/u.exec(line.trim())?.[0];
    const paragraphs =
      previous !== undefined &&
      lineKind(previous) === 'p' &&
      lines.every((line) => {
        const own = marker.exec(line);
        return !own || lead(line.slice(own[0].length)) === lead(previous);
      }) &&
      lines.some((line) => marker.test(line));
    if (!paragraphs) return lines;
    return lines.flatMap((line, k) => {
      const own = marker.exec(line);
      const text = own && own[1] === '' ? line.slice(own[0].length) : line;
      return k > 0 && own ? ['', text] : [text];
    });
  }
  const [, indent, mark] = above as unknown as [string, string, string];
  const ordered = /\d/u.test(mark);
  let next = ordered ? Number.parseInt(mark, 10) + 1 : 0;
  const delimiter = ordered ? mark.slice(-1) : '';
  return lines.map((line) => {
    const own = marker.exec(line);
    if (!own || own[1] !== indent || /\d/u.test(own[2]!) === ordered) return line;
    const replaced = ordered ? `${next++}${delimiter}` : mark;
    return `${indent}${replaced}${own[3]}${line.slice(own[0].length)}`;
  });
}

/**
 * The text of `before` around its change to `after`, between the Markdown marks that set values apart on a written
 * line (`**Given** ..., **When** ...`): the old value the edit is in.
 */
function editedValue(before: string, after: string): string {
  const { prefix, suffix } = changedSpan(before, after);
  const open = before.lastIndexOf('**', prefix - 1);
  const close = before.indexOf('**', before.length - suffix);
  const start = open < 0 ? 0 : open + 2;
  const end = close < 0 ? before.length : close;
  return before
    .slice(start, Math.max(start, end))
    .replace(/^(?:\s*(?:[-*+]|\d+[.)])\s+)/u, '')
    .trim()
    .replace(/[,;:]$/u, '')
    .trim();
}

/**
 * The file's line with the number the writer changed, where the file has the same number; otherwise (paragraphs,
 * every item numbered `1.`) as it is.
 */
function renumberedLine(line: string, before: string, after: string): string {
  const number = (text: string) => /^\s*(\d+)[.)]/u.exec(text)?.[1];
  const own = /^(\s*)(\d+)([.)])/u.exec(line);
  const to = number(after);
  if (!own || to === undefined || own[2] !== number(before)) return line;
  return `${own[1]}${to}${own[3]}${line.slice(own[0].length)}`;
}

/** A line without its ordered list item's number. */
function unnumbered(line: string): string {
  return line.replace(/^(\s*)\d+([.)])/u, '$1$2');
}

/** Where content goes at the end: before the empty line that follows a final newline. */
function lastLine(S: readonly string[]): number {
  return S.length > 0 && S[S.length - 1] === '' ? S.length - 1 : S.length;
}

/** The level of an ATX heading line, or 0. */
function headingDepth(line: string): number {
  return /^ {0,3}(#{1,6})\s/u.exec(line)?.[1]?.length ?? 0;
}

/** Heading, list item, table row, quote, fence or paragraph line. */
function lineKind(line: string): string {
  const t = line.trimStart();
  if (t.startsWith('#')) return 'h';
  if (/^(?:[-*+]|\d+[.)])\s/u.test(t)) return 'l';
  if (t.startsWith('|')) return 't';
  if (t.startsWith('>')) return 'q';
  if (/^(?:`{3,}|~{3,})/u.test(t)) return 'f';
  return 'p';
}

/** Dice coefficient of the letter bigrams of two lines (0 to 1). */
function similarity(a: string, b: string): number {
  const grams = (s: string) => {
    const t = s
      .normalize('NFKC')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, '');
    const out = new Map<string, number>();
    for (let k = 0; k < t.length - 1; k++) {
      const g = t.slice(k, k + 2);
      out.set(g, (out.get(g) ?? 0) + 1);
    }
    return out;
  };
  const x = grams(a);
  const y = grams(b);
  let total = 0;
  let common = 0;
  for (const [g, n] of x) {
    total += n;
    common += Math.min(n, y.get(g) ?? 0);
  }
  for (const n of y.values()) total += n;
  return total === 0 ? 0 : (2 * common) / total;
}

/** True when both runs of lines have their blank lines in the same places. */
function sameShape(x: readonly string[], y: readonly string[]): boolean {
  const shape = (lines: readonly string[]) =>
    lines
      .map((l) => (blank(l) ? '_' : 'x'))
      .join('')
      .replace(/^_+|_+$/g, '');
  return shape(x) === shape(y);
}

function apply(source: SourceText, ops: Op[]): SourceText {
  ops.sort((x, y) => x.from - y.from || x.to - y.to || x.seq - y.seq);
  const out: SourceLine[] = [];
  let at = 0;
  for (const op of ops) {
    if (op.from < at) continue; // overlaps an earlier change: the earlier one wins
    for (; at < op.from; at++) out.push(source.lines[at]!);
    for (const text of op.lines) out.push({ text, eol: source.eol });
    at = Math.max(at, op.to);
  }
  for (; at < source.lines.length; at++) out.push(source.lines[at]!);
  const finalEol = source.lines[source.lines.length - 1]?.eol ?? '';
  for (let k = 0; k < out.length - 1; k++) if (out[k]!.eol === '') out[k] = { ...out[k]!, eol: source.eol };
  if (out.length > 0) out[out.length - 1] = { ...out[out.length - 1]!, eol: finalEol };
  return { ...source, lines: out };
}
