import type { Heading, Nodes, RootContent } from 'mdast';
import { removePosition } from 'unist-util-remove-position';
import type { Block, ChecklistField, Field, GroupField, ListField } from '../types';
import { segmentFieldIds } from '../walk';
import { alignFields } from './align-items';
import { phrasingToSegments } from './labelled-lines';
import { IdAllocator, labelFrom, pluralOf } from './naming';
import { numberMark } from './placeholders';
import { type CompileContext, FieldScope } from './scope';

type CompileNodes = (
  nodes: readonly RootContent[],
  scope: FieldScope,
  ctx: CompileContext,
  depth: number,
  hint: string,
) => Block[];

/** Digit runs of a heading's text, in order (`User Story 1 - ... (Priority: P1)` -> ['1', '1']). */
function digitRuns(heading: Heading): string[] {
  const runs: string[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'text') runs.push(...(node.value.match(/\d+/g) ?? []));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(heading);
  return runs;
}

/** The heading with its numbers masked: two items of one repeated block have the same signature. */
function signature(heading: Heading): string {
  const copy = structuredClone(heading);
  removePosition(copy, { force: true });
  const visit = (node: Nodes) => {
    if (node.type === 'text') node.value = node.value.replace(/\d+/g, '#');
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(copy);
  return JSON.stringify(copy);
}

/** The heading with the digit runs at `positions` replaced by the number mark. */
function markNumbers(heading: Heading, positions: ReadonlySet<number>): Heading {
  const copy = structuredClone(heading);
  let run = 0;
  const visit = (node: Nodes) => {
    if (node.type === 'text')
      node.value = node.value.replace(/\d+/g, (digits) => (positions.has(run++) ? numberMark : digits));
    else if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(copy);
  return copy;
}

interface Item {
  blocks: Block[];
  fields: Field[];
  anchors: IdAllocator;
}

/**
 * A block that repeats with a number (`### User Story 1 - [Title] (Priority: P1)` ... `### User Story 2 ...`): a
 * repeatable group whose layout is the first item's blocks, its number the item id, each item's own placeholders
 * kept as that item's, nested repeatable parts (a numbered Given/When/Then list) counted per item. Only when
 * every item has the same shape, so that the untouched document writes them back as they were.
 */
export function repeatedBlock(
  nodes: readonly RootContent[],
  start: number,
  scope: FieldScope,
  ctx: CompileContext,
  depth: number,
  compile: CompileNodes,
): { blocks: Block[]; consumed: number } | undefined {
  const first = nodes[start];
  if (first?.type !== 'heading' || first.depth <= depth || first.depth < 2) return undefined;
  const runs = digitRuns(first);
  const numbered = new Set(runs.flatMap((r, i) => (Number(r) === 1 ? [i] : [])));
  if (numbered.size === 0) return undefined;
  const sig = signature(first);

  const heads = [start];
  for (let j = start + 1; j < nodes.length; j += 1) {
    const node = nodes[j]!;
    if (node.type !== 'heading' || node.depth > first.depth) continue;
    const k = heads.length + 1;
    const ok =
      node.depth === first.depth &&
      signature(node) === sig &&
      digitRuns(node).every((r, i) => (numbered.has(i) ? Number(r) === k : r === runs[i]));
    if (!ok) break;
    heads.push(j);
  }
  if (heads.length < 2) return undefined;
  const length = heads[1]! - heads[0]!;
  for (let k = 1; k < heads.length - 1; k += 1) if (heads[k + 1]! - heads[k]! !== length) return undefined;
  const last = heads.at(-1)!;
  for (let j = last + 1; j < last + length; j += 1) {
    const node = nodes[j];
    if (!node || (node.type === 'heading' && node.depth <= first.depth)) return undefined;
  }

  const items: Item[] = heads.map((at) => {
    const itemScope = new FieldScope(new IdAllocator());
    const itemCtx: CompileContext = { ...ctx, anchors: ctx.anchors.fork(), notes: [], inItem: true };
    const heading = markNumbers(nodes[at] as Heading, numbered);
    const segments = phrasingToSegments(heading.children, itemScope);
    const blocks: Block[] = segments
      ? [
          { type: 'heading', depth: heading.depth, content: segments },
          ...compile(nodes.slice(at + 1, at + length), itemScope, itemCtx, heading.depth, 'Description'),
        ]
      : [];
    return { blocks, fields: itemScope.fields, anchors: itemCtx.anchors };
  });
  const digits = runs[Math.min(...numbered)]!.length;
  const aligned = items.map((item) => {
    const renamed = alignFields({ fields: item.fields, parts: item.blocks }, items[0]!);
    return renamed && { blocks: renamed.parts, fields: renamed.fields, anchors: item.anchors };
  });
  if (aligned.some((item) => item === undefined)) return undefined;
  const group = groupOf(aligned as Item[], digits);
  if (!group) return undefined;
  ctx.anchors.absorb(items[0]!.anchors);
  const added = scope.add(group.label, (id) => ({ ...group, id }), 'items');
  ctx.notes.push(`"${added.label}": a repeatable group of ${heads.length} numbered items`);
  return { blocks: [{ type: 'field', field: added.id }], consumed: last + length - start };
}

/**
 * Fields compared without what may differ per item: placeholders, the initial items of nested groups, and those of
 * nested lists and checklists (`- [ ] CHK001 ...` in the first category, `- [ ] CHK004 ...` in the second).
 */
function shape(item: Item): string {
  return JSON.stringify([
    item.blocks,
    item.fields.map((f) => ({
      ...f,
      placeholder: '',
      ...(hasItemPlaceholders(f) ? { initialItems: [] } : {}),
    })),
  ]);
}

function hasItemPlaceholders(field: Field): field is ListField | ChecklistField | GroupField {
  return field.kind === 'group' || field.kind === 'list' || field.kind === 'checklist';
}

/** The most common of the numbers (the smallest of equally common ones). */
function mostCommon(numbers: readonly number[]): number {
  const tally = new Map<number, number>();
  for (const n of numbers) tally.set(n, (tally.get(n) ?? 0) + 1);
  return [...tally].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]![0];
}

function groupOf(items: Item[], digits: number): Omit<GroupField, 'id'> | undefined {
  const first = items[0]!;
  if (first.blocks.length === 0 || items.some((item) => shape(item) !== shape(first))) return undefined;
  const nested = first.fields.map((field): Field | undefined => {
    if (field.kind !== 'group') return field;
    // The longest run of nested items; every item must agree with it where both have one.
    const runs = items.map((item) => (item.fields.find((f) => f.id === field.id) as GroupField).initialItems);
    const longest = runs.reduce((a, b) => (b.length > a.length ? b : a));
    // A new item has as many nested items as most items of the template have, when the others add nothing but
    // more of the same (`1. **Given** ...` twice in the first story, once in the others).
    if (runs.some((run) => JSON.stringify(run) !== JSON.stringify(longest.slice(0, run.length))))
      return undefined;
    const usual = mostCommon(runs.map((r) => r.length));
    const plain = longest.slice(usual).every((item) => Object.keys(item).length === 0);
    return { ...field, initialItems: plain ? longest.slice(0, usual) : longest };
  });
  if (nested.some((field) => field === undefined)) return undefined;
  const fields = nested as Field[];
  const [heading, ...rest] = first.blocks;
  if (heading?.type !== 'heading') return undefined;
  let blocks = rest;
  let separator: 'thematicBreak' | undefined;
  if (blocks.at(-1)?.type === 'thematicBreak') {
    blocks = blocks.slice(0, -1);
    separator = 'thematicBreak';
  }
  // The item's number is the heading's first number mark (`{n}`), wherever it stands: `### [Name] (TC-1)`. A number
  // only inside a placeholder (`## [Category 1]`) is no id: the items are told apart by their headings alone.
  const numberId = segmentFieldIds(heading.content).find(
    (id) => fields.find((f) => f.id === id)?.placeholder === '{n}',
  );
  const leading = heading.content[0];
  const noun = labelFrom(
    leading?.type === 'text'
      ? leading.value.replace(/[\s:#-]+$/, '')
      : numberId
        ? 'Item'
        : nounOfPlaceholder(fields.find((f) => f.id === segmentFieldIds(heading.content)[0])),
  );
  const titleField = segmentFieldIds(heading.content).find(
    (id) => id !== numberId && fields.find((f) => f.id === id)?.placeholder !== '{n}',
  );
  return {
    kind: 'group',
    label: pluralOf(noun),
    itemName: noun.toLowerCase(),
    placeholder: '',
    required: false,
    fields,
    ...(numberId ? { idField: { field: numberId, scheme: { prefix: '', digits, regex: '^\\d+$' } } } : {}),
    ...(titleField ? { titleField } : {}),
    layout: {
      type: 'blocks',
      blocks: [heading, ...blocks],
      ...(separator ? { separator } : {}),
    },
    initialItems: items.map((item) => {
      const placeholders: Record<string, string> = {};
      const counts: Record<string, number> = {};
      const listItems: Record<string, { placeholder: string }[]> = {};
      item.fields.forEach((f, i) => {
        const nested = fields[i]!;
        if (f.placeholder !== nested.placeholder && f.id !== numberId) placeholders[f.id] = f.placeholder;
        if (
          f.kind === 'group' &&
          nested.kind === 'group' &&
          f.initialItems.length !== nested.initialItems.length
        )
          counts[f.id] = f.initialItems.length;
        if (
          (f.kind === 'list' || f.kind === 'checklist') &&
          nested.kind === f.kind &&
          JSON.stringify(f.initialItems) !== JSON.stringify(nested.initialItems)
        )
          listItems[f.id] = [...f.initialItems];
      });
      return {
        ...(Object.keys(placeholders).length > 0 ? { placeholders } : {}),
        ...(Object.keys(counts).length > 0 ? { counts } : {}),
        ...(Object.keys(listItems).length > 0 ? { items: listItems } : {}),
      };
    }),
  };
}

/** `[Category {n}]` -> `Category`: what an item is called when its heading is one placeholder. */
function nounOfPlaceholder(field: Field | undefined): string {
  const words = field?.placeholder.replace(/\{n+\}|[^\p{L}\p{N} ]+/gu, ' ').trim();
  return words || 'Item';
}
