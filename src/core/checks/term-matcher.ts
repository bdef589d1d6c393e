const cache = new WeakMap<readonly string[], (text: string) => string[]>();

/**
 * A function that finds which of `terms` occur in a text as whole words. A term all in lower case matches in any
 * case; a term with a capital letter only as written. Built once per list.
 */
export function termMatcher(terms: readonly string[]): (text: string) => string[] {
  const cached = cache.get(terms);
  if (cached) return cached;
  const anyCase = terms.filter((term) => term === term.toLowerCase());
  const exact = terms.filter((term) => term !== term.toLowerCase());
  const patterns = [
    anyCase.length ? new RegExp(wordsPattern(anyCase), 'giu') : undefined,
    exact.length ? new RegExp(wordsPattern(exact), 'gu') : undefined,
  ].filter((regex): regex is RegExp => regex !== undefined);
  const match = (text: string) => {
    const found = new Set<string>();
    for (const regex of patterns) {
      for (const hit of text.matchAll(regex)) found.add(hit[0].replace(/\s+/g, ' '));
    }
    return [...found];
  };
  cache.set(terms, match);
  return match;
}

/** Longest first, so that "no more than" wins over "more than"; word edges only where the term has a letter. */
function wordsPattern(terms: readonly string[]): string {
  const sorted = [...terms].sort((a, b) => b.length - a.length);
  const body = sorted
    .map((term) => {
      const escaped = escapeRegex(term).replace(/\s+/g, '\\s+');
      const start = /^[\p{L}\p{N}]/u.test(term) ? '(?<![\\p{L}\\p{N}_])' : '';
      const end = /[\p{L}\p{N}]$/u.test(term) ? '(?![\\p{L}\\p{N}_])' : '';
      return `${start}${escaped}${end}`;
    })
    .join('|');
  return `(?:${body})`;
}

/** `text` with every regular expression character escaped. */
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
