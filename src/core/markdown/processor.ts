import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkStringify, { type Options as StringifyOptions } from 'remark-stringify';
import { unified } from 'unified';

/**
 * How Specwright writes Markdown: the templates' own conventions (`-` bullets, `*` emphasis, `---` rules, fenced
 * code), so an exported file reads like one written by hand from the template.
 */
export const stringifyOptions: StringifyOptions = {
  bullet: '-',
  bulletOther: '*',
  emphasis: '*',
  strong: '*',
  rule: '-',
  fence: '`',
  fences: true,
  listItemIndent: 'one',
  incrementListMarker: true,
  resourceLink: true,
};

/** The parser every reader and test uses: CommonMark + GFM (tables, task lists) + YAML front matter. */
export const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown into mdast (with positions). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown) as Root;
}
