import type { Html, PhrasingContent } from 'mdast';

/**
 * The lines of a literal value as Markdown can carry them. Line endings are normalized (CRLF, CR), NUL becomes
 * U+FFFD (as every CommonMark parser does), and each line is trimmed and blank lines are dropped: Markdown parsers
 * strip the spaces around a line and a blank line would end the paragraph, so that whitespace could never come
 * back. Writing the trimmed text keeps the output free of `&#x20;` references instead.
 */
export function literalLines(value: string): string[] {
  return value
    .replaceAll('\r\n', '\n')
    .replaceAll('\r', '\n')
    .replaceAll('\0', '\uFFFD')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A literal value as it comes back from the written Markdown (see `literalLines`): lines joined by `\n`. */
export function normalizeLiteral(value: string): string {
  return literalLines(value).join('\n');
}

/** One-line form of a literal value (headings, inline code, front matter): line breaks become spaces. */
export function literalInline(value: string): string {
  return literalLines(value).join(' ');
}

/** Phrasing of a literal value in a paragraph or list item: a hard `break` between lines. */
export function literalPhrasing(value: string): PhrasingContent[] {
  return joinLines(value, () => ({ type: 'break' }));
}

/** Phrasing of a literal value in a GFM table cell, which cannot hold a line break: `<br>` between lines. */
export function literalCell(value: string): PhrasingContent[] {
  return joinLines(value, (): Html => ({ type: 'html', value: '<br>' }));
}

function joinLines(value: string, separator: () => PhrasingContent): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const [index, line] of literalLines(value).entries()) {
    if (index > 0) out.push(separator());
    out.push({ type: 'text', value: line });
  }
  return out;
}
