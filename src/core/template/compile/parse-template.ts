import type { Root } from 'mdast';
import { parseMarkdown } from '../../markdown/processor';

/** The largest template compiled: a bigger "template" is a document, or a mistake. */
export const maxTemplateLength = 1_000_000;

/** A template's mdast (with positions, which later stages use to copy template text verbatim). */
export function parseTemplate(markdown: string): Root {
  return parseMarkdown(markdown);
}
