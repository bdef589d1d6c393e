import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

export { gfmStringifyOptions, stringifyOptions } from './stringify-options';

/** The parser every reader and test uses: CommonMark + GFM (tables, task lists) + YAML front matter. */
export const parser = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze();

/** Parses Markdown into mdast (with positions). */
export function parseMarkdown(markdown: string): Root {
  return parser.parse(markdown) as Root;
}

/**
 * The parser for Markdown that is part of a document (a Markdown field's value, additional content, template
 * guidance): no front matter, since a `---` block there is not the document's front matter.
 */
export const fragmentParser = unified().use(remarkParse).use(remarkGfm).freeze();

/** Parses a piece of Markdown that sits inside a document (no front matter), with positions. */
export function parseMarkdownFragment(markdown: string): Root {
  return fragmentParser.parse(markdown) as Root;
}
