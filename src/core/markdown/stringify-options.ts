import { gfmToMarkdown } from 'mdast-util-gfm';
import type { Options as StringifyOptions } from 'remark-stringify';
import type { Processor } from 'unified';

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

/** GFM options for writing: compact table rows (`| a | b |`), as the templates write them, for small diffs. */
export const gfmStringifyOptions = { tablePipeAlign: false } as const;

/**
 * GFM for a processor that only writes: remark-gfm adds the GFM parser too, which a serializer never runs but still
 * loads (it is most of micromark), and the home page's drafts validation serializes values.
 */
export function remarkGfmStringify(
  this: Processor,
  options: typeof gfmStringifyOptions = gfmStringifyOptions,
) {
  const data = this.data();
  data.toMarkdownExtensions ??= [];
  data.toMarkdownExtensions.push(gfmToMarkdown(options));
}
