import type { Nodes, PhrasingContent } from 'mdast';
import { toString as mdastToString } from 'mdast-util-to-string';
import { parseMarkdownFragment } from './processor';
import { phrasingToValue } from './read/inline';
import { literalLines } from './write/literal';

/**
 * One-line values (text, choice and date fields, list items, table cells, the text fields of group items) are
 * inline Markdown, one line of it per line of the value. This module turns such a value into phrasing (for the
 * writer), normalizes it (as it comes back from the written file), and turns literal text of older documents into
 * the Markdown that renders as that text (for the migration). The reader's side is `phrasingToValue`.
 */

/**
 * The phrasing of one line of a value. The line is parsed as Markdown; when it is one paragraph its phrasing is
 * used as is. Otherwise the line started a block (`# x`, `- x`, `> x`, `1. x`, `---`, `<div>`, `[a]: b`): what
 * made it a block is kept as literal text around the block's phrasing, so a value never creates a block, and the
 * serializer escapes those characters where the line lands.
 */
export function linePhrasing(line: string, afterBreak = false, beforeBreak = false): PhrasingContent[] {
  if (line === '') return [];
  // Why a cache: the live preview rebuilds a whole section on each keystroke, and parsing each of its 300 values
  // again was most of that. A copy is handed out, so no tree can change what another one is given.
  const key = `${afterBreak ? 1 : 0}${beforeBreak ? 1 : 0}${line}`;
  const known = phrasingCache.get(key);
  if (known) return structuredClone(known);
  const phrasing = parseLinePhrasing(line, afterBreak, beforeBreak);
  if (phrasingCache.size >= phrasingCacheLimit) phrasingCache.clear();
  phrasingCache.set(key, structuredClone(phrasing));
  return phrasing;
}

/** Lines parsed lately, by edges and text; cleared when full (a document's values fit many times over). */
const phrasingCache = new Map<string, PhrasingContent[]>();
const phrasingCacheLimit = 20_000;

function parseLinePhrasing(line: string, afterBreak: boolean, beforeBreak: boolean): PhrasingContent[] {
  const tree = parseMarkdownFragment(line);
  const [only] = tree.children;
  if (tree.children.length === 1 && only?.type === 'paragraph')
    return keepAutolinks(only.children, line, afterBreak, beforeBreak).map(stripPosition);
  const leaf = tree.children.length === 1 && only ? firstPhrasingParent(only) : undefined;
  const first = leaf?.children[0]?.position?.start.offset;
  const last = leaf?.children.at(-1)?.position?.end.offset;
  if (!leaf || first === undefined || last === undefined) return [{ type: 'text', value: line }];
  const out: PhrasingContent[] = [];
  if (first > 0) out.push({ type: 'text', value: line.slice(0, first) });
  out.push(
    ...keepAutolinks(leaf.children, line, false, beforeBreak && last === line.length).map(stripPosition),
  );
  if (last < line.length) out.push({ type: 'text', value: line.slice(last) });
  return mergeText(out);
}

/**
 * Why: the writer's options write every link as `[text](url)`, which would turn a typed `https://x.y` or `<a@b.co>`
 * into `[https://x.y](https://x.y)`. An autolink is written back as it was typed, as raw text the parser makes the
 * same link of, bare, where whitespace (or the block's ends) surrounds it; elsewhere escaped text or the `\` of a
 * hard break next to it would be taken into its URL, so it stays a link. `<https://x.y>` is written `https://x.y`,
 * as the reader gives it back.
 */
function keepAutolinks(
  nodes: readonly PhrasingContent[],
  line: string,
  afterBreak: boolean,
  beforeBreak: boolean,
): PhrasingContent[] {
  return nodes.map((node, index) => {
    if (node.type === 'link') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      const source = start === undefined || end === undefined ? '' : line.slice(start, end);
      if (source === '' || source.startsWith('[')) return node;
      const prev = nodes[index - 1];
      const next = nodes[index + 1];
      const bare =
        (prev === undefined ? !afterBreak : prev.type === 'text' && /\s$/u.test(prev.value)) &&
        (next === undefined ? !beforeBreak : next.type === 'text' && /^\s/u.test(next.value));
      return bare ? { type: 'html', value: mdastToString(node) } : node;
    }
    if ('children' in node)
      return {
        ...node,
        children: keepAutolinks(node.children as PhrasingContent[], line, true, true),
      } as PhrasingContent;
    return node;
  });
}

/** The first node, depth first, that holds phrasing (a heading or a paragraph inside containers). */
function firstPhrasingParent(node: Nodes): { children: PhrasingContent[] } | undefined {
  if (node.type === 'paragraph' || node.type === 'heading')
    return node.children.length > 0 ? node : undefined;
  if (!('children' in node)) return undefined;
  // One line holds one leaf block: a container with more than one child is not something a line makes.
  if (node.children.length !== 1) return undefined;
  return firstPhrasingParent(node.children[0] as Nodes);
}

/** A parsed node without source positions: it is placed in another tree, where those offsets mean nothing. */
function stripPosition<T extends Nodes>(node: T): T {
  const { position: _position, ...rest } = node;
  if ('children' in rest && Array.isArray(rest.children))
    return { ...rest, children: rest.children.map((child: Nodes) => stripPosition(child)) } as T;
  return rest as T;
}

function mergeText(nodes: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === 'text' && last?.type === 'text')
      out[out.length - 1] = { ...last, value: last.value + node.value };
    else out.push(node);
  }
  return out;
}

/** The phrasing of a value whose lines are joined by `separator` (a hard break, a space, `<br>`). */
export function valuePhrasing(
  value: string,
  separator: () => PhrasingContent,
  edges: ValueEdges = { start: true, end: true },
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const lines = literalLines(value);
  const hardBreak = separator().type === 'break';
  const last = lines.length - 1;
  for (const [index, line] of lines.entries()) {
    if (index > 0) out.push(separator());
    const afterBreak = index > 0 ? hardBreak : !edges.start;
    const beforeBreak = index < last ? hardBreak : !edges.end;
    out.push(...linePhrasing(line, afterBreak, beforeBreak));
  }
  return out;
}

/**
 * Whether the start and the end of a value are the start and end of its block (a list item, a cell): there a bare
 * autolink is safe. A value inside template text (`**Created**: {created}` before a hard break) is not.
 */
export interface ValueEdges {
  start: boolean;
  end: boolean;
}

/**
 * A value as it comes back from the written Markdown: lines trimmed, blank lines dropped, each line parsed and
 * serialized again (escapes only where needed, `_a_` becomes `*a*`, `__a__` becomes `**a**`).
 */
export function normalizeValue(value: string): string {
  return phrasingToValue(valuePhrasing(value, () => ({ type: 'break' })));
}

/** The text a value renders as (no marks), lines joined by a space: for YAML front matter and comparisons. */
export function valueText(value: string): string {
  return literalLines(value)
    .map((line) => mdastToString(linePhrasing(line)))
    .join(' ');
}

// Kept apart (it needs no parser, and drafts validation on the home page migrates with it); exported here too.
export { literalToValue } from './literal-to-value';
