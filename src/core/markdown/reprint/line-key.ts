import { normalizeTitle } from '../read/match-title';

/**
 * What a line says, for lining up the lines the writer would write with the lines of the file: the same content
 * written in another style (`*`, `-` or `1.` markers, `__` or `**`, padded table cells, escapes, two-space or backslash
 * breaks, a renumbered heading) gets the same key. Blank lines get none: they are never lined up.
 */
export function lineKey(line: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '') return undefined;
  const heading = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u.exec(trimmed);
  if (heading) return `h:${normalizeTitle(heading[1] ?? '')}`;
  // A list item's marker is style, not content: `1.` and `-` items saying the same get the same key.
  const words = trimmed
    .replace(/^(?:[-*+]|\d{1,9}[.)])\s+/u, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
  if (words !== '') {
    // A checked and an unchecked task say different things; everything else is about the words.
    const task = /^\s*(?:[-*+]|\d+[.)])\s+\[([ xX])\]/u.exec(line);
    return `t:${task ? (task[1] === ' ' ? '[ ]' : '[x]') : ''}${words}`;
  }
  if (/^(?:([-*_])\s*)(?:\1\s*){2,}$/u.test(trimmed)) return 'p:rule';
  if (/^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?$/u.test(trimmed)) {
    return `p:delimiter${trimmed.replace(/^\||\|$/g, '').split('|').length}`;
  }
  if (/^(`{3,}|~{3,})/u.test(trimmed)) return 'p:fence';
  return `p:${trimmed.replace(/\s+/g, ' ')}`;
}
