import type { Root as HastRoot } from 'hast';
import rehypeSanitize from 'rehype-sanitize';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/*
 * Markdown -> remark-parse + GFM + front matter -> remark-rehype (raw HTML dropped) -> rehype-sanitize (GitHub's
 * schema: no script, no event handlers, no javascript: URLs). No React and no DOM here, so a worker can run it (the
 * shared view parses untrusted Markdown off the main thread) and post the plain hast back.
 */
const toHast = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkFrontmatter, ['yaml'])
  .use(remarkRehype)
  .use(rehypeSanitize)
  .freeze();

/** Markdown to sanitized hast. */
export function markdownToHast(markdown: string): HastRoot {
  return toHast.runSync(toHast.parse(markdown)) as HastRoot;
}
