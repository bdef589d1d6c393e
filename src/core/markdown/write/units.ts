import type { List, ListItem, Root, RootContent, Table, TableRow } from 'mdast';
import type { Processor } from 'unified';

// Writing a tree in units that are stringified on their own and joined, so that a writer that writes nearly the
// same document again and again (the live preview, the reprint of an opened file) re-escapes only what changed.
// The preview's property test (`cached-writer.property.test.ts`) and the reprint's tests hold the joined units to a
// whole-tree stringify, byte for byte.

/** Top-level blocks in runs that can be written on their own: single blocks, or adjacent lists together. */
export function blockUnits(children: readonly RootContent[]): RootContent[][] {
  const units: RootContent[][] = [];
  for (const child of children) {
    const last = units.at(-1);
    if (last && child.type === 'list' && last.at(-1)?.type === 'list') last.push(child);
    else units.push([child]);
  }
  return units;
}

/**
 * A tight list whose items can be written one by one: its bullet does not depend on its items (no item starts with
 * a thematic break, which would make remark-stringify switch bullets for the whole list) and items join with a line
 * break.
 */
export function splittable(list: List): boolean {
  return (
    list.spread !== true &&
    list.children.length > 1 &&
    list.children.every((item) => item.spread !== true && item.children[0]?.type !== 'thematicBreak')
  );
}

/** The cache key of each one-item list, by item: items written once (see `WriteContext.items`) come back as such. */
const unitKeys = new WeakMap<ListItem, { where: string; key: string }>();

/** Each item of a list as a one-item list numbered as it is in the whole list, with its cache key. */
export function listItemUnits(list: List): { list: List; key: string }[] {
  const start = list.start ?? 1;
  return list.children.map((item: ListItem, index) => {
    const single: List = {
      type: 'list',
      ordered: list.ordered,
      start: list.ordered ? start + index : list.start,
      spread: list.spread,
      children: [item],
    };
    const where = `${single.ordered}|${single.start}|${single.spread}`;
    let known = unitKeys.get(item);
    if (known?.where !== where) {
      known = { where, key: JSON.stringify(single) };
      unitKeys.set(item, known);
    }
    return { list: single, key: known.key };
  });
}

/** The cache key of each one-row table, by row (see `unitKeys`). */
const rowKeys = new WeakMap<TableRow, { where: string; key: string }>();

/**
 * A table written row by row: its header and delimiter rows, then each row as the last line of a table of the
 * header and that row alone. The writer's tables do not align columns (`tablePipeAlign: false`), so a row's line
 * depends only on its cells; a row typed in is the only one written again. Undefined when a row does not come out
 * as one line (the caller then writes the table whole).
 */
export function tableByRows(
  table: Table,
  flow: (nodes: RootContent[], key: string) => string,
): string | undefined {
  const [head, ...rows] = table.children;
  if (!head || rows.length === 0) return undefined;
  const headTable: Table = { type: 'table', align: table.align, children: [head] };
  const where = JSON.stringify(headTable);
  const headMarkdown = flow([headTable], where);
  const lines = [headMarkdown];
  for (const row of rows) {
    let known = rowKeys.get(row);
    if (known?.where !== where) {
      known = { where, key: JSON.stringify({ ...headTable, children: [head, row] }) };
      rowKeys.set(row, known);
    }
    const markdown = flow([{ ...headTable, children: [head, row] }], known.key);
    const line = markdown.slice(headMarkdown.length + 1);
    if (!markdown.startsWith(`${headMarkdown}\n`) || line.includes('\n')) return undefined;
    lines.push(line);
  }
  return lines.join('\n');
}

// A paragraph after the blocks, so what stringify appends at the end of a document (a final line feed, only when
// missing) cannot blur where the blocks' own Markdown ends.
const sentinel = '\n\n\u2063\n';
/** A processor that stringifies mdast (remark-stringify and its extensions). */
export type StringifyProcessor = Processor<undefined, undefined, undefined, Root, string>;

export function blocksFlow(processor: StringifyProcessor, nodes: RootContent[]): string {
  const tree: Root = {
    type: 'root',
    children: [...nodes, { type: 'paragraph', children: [{ type: 'text', value: '\u2063' }] }],
  };
  const markdown = processor.stringify(tree);
  if (!markdown.endsWith(sentinel)) throw new Error('Unexpected Markdown after a block');
  return markdown.slice(0, -sentinel.length);
}
