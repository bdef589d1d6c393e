import type { PhrasingContent, RootContent } from 'mdast';
import type { TemplateDescription } from '../../template/types';
import { plainText } from './inline';

/**
 * The lines of a document's last block when it has the form of the template's footer (a paragraph of at most as
 * many lines, each one emphasis, as Specwright writes it), else undefined.
 */
export function readFooterLines(
  template: TemplateDescription,
  last: RootContent | undefined,
): string[] | undefined {
  const footer = template.footer;
  if (!footer || last?.type !== 'paragraph') return undefined;
  const lines = splitLines(last.children);
  if (lines.length === 0 || lines.length > footer.lines.length) return undefined;
  if (!lines.every((line) => line.length === 1 && line[0]?.type === 'emphasis')) return undefined;
  return lines.map((line) => plainText(line).trim());
}

/** True when the footer lines found say what one of the footers the fields derive says (spacing aside). */
export function footerMatches(found: readonly string[], variants: readonly string[][]): boolean {
  const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
  const lines = found.map(squash);
  return variants.some((v) => v.length === lines.length && v.every((line, k) => squash(line) === lines[k]));
}

/** A paragraph's content cut at its line breaks (hard breaks and newlines in text), empty lines left out. */
export function splitLines(children: readonly PhrasingContent[]): PhrasingContent[][] {
  const lines: PhrasingContent[][] = [[]];
  for (const node of children) {
    if (node.type === 'break') lines.push([]);
    else if (node.type === 'text' && node.value.includes('\n')) {
      const parts = node.value.split('\n');
      parts.forEach((part, k) => {
        if (k > 0) lines.push([]);
        if (part.trim()) lines[lines.length - 1]!.push({ type: 'text', value: part });
      });
    } else lines[lines.length - 1]!.push(node);
  }
  return lines.filter((line) => line.length > 0);
}
