import type { Paragraph, PhrasingContent } from 'mdast';
import type { Footer } from '../../template/types';
import type { Scope, WriteContext } from './context';
import { tidyPhrasing, writeSegments } from './segments';

/**
 * The footer: one paragraph, each line in emphasis, lines separated by a line ending (`*Title*\n*Version 1.0*`).
 * With "Leave out", a line whose fields are all empty is left out, and the footer when no line is left.
 */
export function writeFooter(footer: Footer, scope: Scope, ctx: WriteContext): Paragraph | undefined {
  const children: PhrasingContent[] = [];
  for (const line of footer.lines) {
    const written = writeSegments(line, scope, ctx, false);
    if (ctx.options.emptyFields === 'omit' && written.refs > 0 && written.filled === 0) continue;
    const phrasing = tidyPhrasing(written.nodes);
    if (phrasing.length === 0) continue;
    if (children.length > 0) children.push({ type: 'text', value: '\n' });
    children.push({ type: 'emphasis', children: phrasing });
  }
  return children.length > 0 ? { type: 'paragraph', children } : undefined;
}
