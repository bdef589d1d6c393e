import type { RootContent } from 'mdast';
import type { TemplateDescription } from '../../template/types';
import { readFooterLines } from './footer-lines';
import { guidanceLength } from './guidance-length';
import type { TemplateIndex } from './template-index';

/** One step of the reading: a block of the document, or a run of blocks that is one of the template's guidance. */
export type Token =
  | { type: 'block'; node: RootContent; at: number }
  | { type: 'guidance'; nodes: RootContent[]; at: number };

/** The document's blocks as the reader walks them: the body as tokens, and the footer's lines when it ends with one. */
export interface Tokens {
  tokens: Token[];
  /** Index of the first block after the body (the footer's, when there is one). */
  end: number;
  footerLines?: string[];
}

/**
 * The first stage of reading: the footer of a document Specwright wrote is set apart (it is checked against the
 * fields once they are read), and the template's guidance blocks a document still carries become one token each, so
 * that no later stage mistakes them for content.
 */
export function tokenize(
  index: TemplateIndex,
  template: TemplateDescription,
  nodes: readonly RootContent[],
): Tokens {
  const footerLines = readFooterLines(template, nodes[nodes.length - 1]);
  const end = footerLines ? nodes.length - 1 : nodes.length;
  const tokens: Token[] = [];
  for (let at = 0; at < end; at++) {
    const skip = guidanceLength(index.guidance, nodes, at, end);
    if (skip > 0) {
      tokens.push({ type: 'guidance', nodes: nodes.slice(at, at + skip), at });
      at += skip - 1;
    } else tokens.push({ type: 'block', node: nodes[at]!, at });
  }
  return footerLines ? { tokens, end, footerLines } : { tokens, end };
}
