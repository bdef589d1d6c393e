import type { Root } from 'mdast';
import { removePosition } from 'unist-util-remove-position';
import { parseMarkdown } from './processor';

/**
 * Markdown parsed for comparison: the mdast without positions, so two files that differ only in how they write
 * the same thing (`  ` or `\` for a hard break, table padding, blank lines) compare equal.
 */
export function comparableMdast(markdown: string): Root {
  const tree = parseMarkdown(markdown);
  removePosition(tree, { force: true });
  return tree;
}
