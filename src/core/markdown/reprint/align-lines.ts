import { diffArrays } from 'diff';
import { lineKey } from './line-key';

/**
 * Lines up the lines the writer wrote for the values as read (`written`) with the lines of the file they were read
 * from (`source`): `map[i]` is the index of the source line that says what written line `i` says, or -1.
 *
 * First the longest common subsequence of line keys (the file's order), then, for lines still apart, keys that occur
 * once on each side (a section the file has elsewhere). Blank lines are never lined up.
 */
export function alignLines(written: readonly string[], source: readonly string[]): Int32Array {
  const map = new Int32Array(written.length).fill(-1);
  const wIdx: number[] = [];
  const wKeys: string[] = [];
  for (const [i, line] of written.entries()) {
    const key = lineKey(line);
    if (key !== undefined) {
      wIdx.push(i);
      wKeys.push(key);
    }
  }
  const sIdx: number[] = [];
  const sKeys: string[] = [];
  for (const [i, line] of source.entries()) {
    const key = lineKey(line);
    if (key !== undefined) {
      sIdx.push(i);
      sKeys.push(key);
    }
  }

  const changes = diffArrays(wKeys, sKeys, { timeout: 2000 });
  const usedSource = new Uint8Array(source.length);
  if (changes) {
    let a = 0;
    let b = 0;
    for (const change of changes) {
      const n = change.count ?? change.value.length;
      if (change.added) b += n;
      else if (change.removed) a += n;
      else {
        for (let k = 0; k < n; k++) {
          map[wIdx[a + k]!] = sIdx[b + k]!;
          usedSource[sIdx[b + k]!] = 1;
        }
        a += n;
        b += n;
      }
    }
  }

  // Keys that are unique among what is still apart on both sides.
  const count = (keys: string[], idx: number[], taken: (i: number) => boolean) => {
    const seen = new Map<string, number>();
    keys.forEach((key, k) => {
      if (taken(idx[k]!)) return;
      seen.set(key, seen.has(key) ? -1 : idx[k]!);
    });
    return seen;
  };
  const wOnce = count(wKeys, wIdx, (i) => map[i] !== -1);
  const sOnce = count(sKeys, sIdx, (i) => usedSource[i] === 1);
  for (const [key, i] of wOnce) {
    const j = sOnce.get(key);
    if (i < 0 || j === undefined || j < 0) continue;
    // Short punctuation-only lines (`---`, a fence) say too little to be matched out of order.
    if (key.startsWith('p:')) continue;
    map[i] = j;
    usedSource[j] = 1;
  }
  return map;
}
