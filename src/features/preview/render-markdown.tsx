import type { Element, ElementContent, Root as HastRoot, Nodes } from 'hast';
import { toJsxRuntime } from 'hast-util-to-jsx-runtime';
import type { ComponentProps, ReactElement, ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import rehypeSanitize from 'rehype-sanitize';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';

/*
 * The preview's rendering pipeline, loaded on demand (it is most of the preview's weight):
 * Markdown -> remark-parse + GFM + front matter -> remark-rehype (raw HTML dropped) -> rehype-sanitize (GitHub's
 * schema: no script, no event handlers, no javascript: URLs) -> React elements through hast-util-to-jsx-runtime.
 * Nothing here ever sets inner HTML.
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

// Links open outside the app (a click must not replace the editor); images do not tell their host where they are.
function PreviewLink(props: ComponentProps<'a'>) {
  return <a {...props} target="_blank" rel="noopener noreferrer" />;
}
function PreviewImage(props: ComponentProps<'img'>) {
  // biome-ignore lint/a11y/useAltText: the alt text comes from the Markdown, spread in props.
  return <img {...props} loading="lazy" referrerPolicy="no-referrer" />;
}

// The document's headings sit below the page's: the page has its h1 (the document's title) and h2s (the form's
// section, "Preview"), so the preview's `# x` and `## x` are h3s and deeper levels follow one below their own. The
// outline never skips a level after "Preview" (a technical spec has no `#`), and the form's "6. Testing" heading
// stays the only level-2 one of that name. The class keeps the document's own look per level.
type HeadingProps = ComponentProps<'h1'>;
const demoted = (level: number) => {
  const Tag = `h${Math.min(level === 1 ? 3 : level + 1, 6)}` as 'h3' | 'h4' | 'h5' | 'h6';
  const className = `md-h${level}`;
  return (props: HeadingProps) => <Tag {...props} className={className} />;
};
const headings = {
  h1: demoted(1),
  h2: demoted(2),
  h3: demoted(3),
  h4: demoted(4),
  h5: demoted(5),
  h6: demoted(6),
};

// GFM task list boxes are read-only and unlabelled in the hast: name them by their state.
function PreviewInput(props: ComponentProps<'input'>) {
  if (props.type !== 'checkbox') return <input {...props} />;
  return <input {...props} aria-label={props.checked ? 'Done' : 'Not done'} />;
}

function toReact(node: Nodes): ReactElement {
  return toJsxRuntime(node, {
    Fragment,
    jsx,
    jsxs,
    components: { a: PreviewLink, img: PreviewImage, input: PreviewInput, ...headings },
  });
}

// Rendered output by the exact Markdown it came from: a keystroke re-renders only the pieces whose text changed.
const cacheLimit = 5000;
const cache = new Map<string, ReactNode>();
function cached<T extends ReactNode>(key: string, make: () => T): T {
  const hit = cache.get(key);
  if (hit !== undefined) {
    // Refresh its place in the insertion order, so the least recently used go first.
    cache.delete(key);
    cache.set(key, hit);
    return hit as T;
  }
  const value = make();
  cache.set(key, value);
  if (cache.size > cacheLimit) cache.delete(cache.keys().next().value as string);
  return value;
}

/** Renders a run of Markdown blocks. */
export function renderBlocks(markdown: string): ReactNode {
  return cached(`b\0${markdown}`, () => toReact(markdownToHast(markdown)));
}

function findElement(node: HastRoot | Element, tagName: string): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) return child;
    const found = findElement(child, tagName);
    if (found) return found;
  }
  return undefined;
}

const elementOnly = (children: readonly (ElementContent | HastRoot['children'][number])[]): Element[] =>
  children.filter((child): child is Element => child.type === 'element');

/** A table's `<thead>`, from its header and delimiter lines. */
export function renderTableHead(head: string): ReactNode {
  return cached(`h\0${head}`, () => {
    const thead = findElement(markdownToHast(head), 'thead');
    return thead ? toReact(thead) : null;
  });
}

/** One `<tr>` of a table body, rendered under its table's header (which sets the columns and alignment). */
export function renderTableRow(head: string, row: string): ReactNode {
  return cached(`r\0${head}\0${row}`, () => {
    const tbody = findElement(markdownToHast(head + row), 'tbody');
    const tr = tbody && elementOnly(tbody.children)[0];
    return tr ? toReact(tr) : null;
  });
}

/** The list element an item belongs to (`ul` or `ol`, with `start` and task-list class), without its items. */
export function listShell(item: string): { tagName: 'ul' | 'ol'; className?: string; start?: number } {
  const list = elementOnly(markdownToHast(item).children)[0];
  const tagName = list?.tagName === 'ol' ? 'ol' : 'ul';
  const className = list?.properties.className;
  const start = list?.properties.start;
  return {
    tagName,
    ...(Array.isArray(className) ? { className: className.join(' ') } : {}),
    ...(typeof start === 'number' ? { start } : {}),
  };
}

/** One `<li>` of a tight list. */
export function renderListItem(item: string): ReactNode {
  return cached(`l\0${item}`, () => {
    const list = elementOnly(markdownToHast(item).children)[0];
    const li = list && elementOnly(list.children)[0];
    return li ? toReact(li) : null;
  });
}
