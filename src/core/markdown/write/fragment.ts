import type { Nodes, Paragraph, RootContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { removePosition } from 'unist-util-remove-position';
import { parseMarkdownFragment } from '../processor';

const sentinel = 'specwright-sentinel';

/**
 * The blocks of a piece of Markdown that goes inside a document (a Markdown field, additional content, template
 * guidance), ready to insert.
 * - `demoteAtOrAbove`: headings of that depth or shallower become one level deeper than it (max 6), so a field's
 *   content never starts a new section. Left undefined for additional content, which holds whole sections.
 * - An HTML block left open (`<!--` without `-->`, `<script>` without `</script>` ...) would swallow everything
 *   written after it, so it is written as a code block instead: its text stays visible and contained.
 */
export function fragmentBlocks(markdown: string, demoteAtOrAbove?: number, definitions = ''): RootContent[] {
  const tree = withDefinitions(markdown, definitions);
  removePosition(tree, { force: true });
  if (demoteAtOrAbove !== undefined) demoteHeadings(tree, demoteAtOrAbove);
  return tree.children.map((node) =>
    node.type === 'html' && leaksPastItsEnd(node.value)
      ? { type: 'code', lang: null, meta: null, value: node.value }
      : node,
  );
}

/**
 * The piece parsed with the document's definitions in front of it (a line of definitions, then a blank line, never
 * changes how what follows parses), keeping only the piece's own nodes.
 */
function withDefinitions(markdown: string, definitions: string) {
  if (definitions === '' || !markdown.includes(']')) return parseMarkdownFragment(markdown);
  const prefix = `${definitions}\n\n`;
  const tree = parseMarkdownFragment(prefix + markdown);
  tree.children = tree.children.filter((node) => (node.position?.start.offset ?? 0) >= prefix.length);
  return tree;
}

function demoteHeadings(node: Nodes, depth: number): void {
  if (node.type === 'heading' && node.depth <= depth)
    node.depth = Math.min(depth + 1, 6) as typeof node.depth;
  if ('children' in node) for (const child of node.children) demoteHeadings(child, depth);
}

/** True when an HTML block would go on past a blank line: the parser, not a pattern, decides. */
function leaksPastItsEnd(html: string): boolean {
  const after = parseMarkdownFragment(`${html}\n\n${sentinel}`).children.at(-1);
  return !(after?.type === 'paragraph' && mdastToString(after as Paragraph) === sentinel);
}
