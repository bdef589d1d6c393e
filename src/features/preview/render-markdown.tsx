import type { Element, ElementContent, Root as HastRoot, Nodes } from 'hast';
import type { ReactElement, ReactNode } from 'react';
import { hastToReact } from '../../lib/markdown-render/hast-to-react';
import { markdownToHast } from '../../lib/markdown-render/markdown-to-hast';

/*
 * The preview's rendering pipeline, loaded on demand (it is most of the preview's weight): sanitized hast from
 * Markdown, then React elements (never inner HTML). Both halves live in lib, shared with the shared view, which
 * makes its hast in a worker. Remote images wait for the `RemoteImageGate` around the rendered view.
 */
export { markdownToHast } from '../../lib/markdown-render/markdown-to-hast';
export { RemoteImageGate } from '../../lib/markdown-render/remote-images';

function toReact(node: Nodes): ReactElement {
  return hastToReact(node);
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
