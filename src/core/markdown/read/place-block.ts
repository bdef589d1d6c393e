import type { List, Paragraph, RootContent, Table } from 'mdast';
import type { GroupItem } from '../../document/spec-document';
import type { Field, GroupField, Subsection } from '../../template/types';
import { markdownKindOf } from '../kinds/field-markdown-kinds';
import { blank } from './additional-content';
import { isInside } from './find-subsection';
import { readGroupBlock } from './group-block';
import { keywordGroupOf, readKeywordParagraph } from './keyword-paragraph';
import { matchLabelledParagraph } from './labelled-paragraph';
import { type ReadingState, sliceOf, warn } from './reading-state';
import { fieldSlot, isUnfilled, type Scope, subsectionScope } from './scope';
import { fingerprint, fingerprintsOf } from './template-index';

/**
 * Places a content block (`nodes[at]`) in the scope: as the template's own text, a labelled line, a keyword
 * paragraph, or the value of the first slot, in the template's order from where the reading is, that takes a block
 * of its kind. False when no slot takes it (the caller keeps it as additional content).
 */
export function placeBlock(state: ReadingState, scope: Scope, node: RootContent, at: number): boolean {
  const slots = scope.blocks;
  const order = [...slots.keys()]
    .filter((k) => k > scope.cursor)
    .concat([...slots.keys()].filter((k) => k <= scope.cursor));

  if (placeStructure(state, scope, node, order)) return true;
  if (node.type === 'paragraph' && placeLabelled(state, scope, node, order)) return true;
  if (scope.item && node.type === 'paragraph' && placeKeywordParagraph(scope, node)) return true;

  // A code block right before the next heading is the code field's (the architecture diagram).
  if (node.type === 'code') {
    for (const k of order) {
      const block = slots[k]!;
      const field = block.type === 'field' ? scope.fieldOf(block.field) : undefined;
      if (
        field?.kind === 'code' &&
        isUnfilled(scope.values[field.id]) &&
        fill(state, scope, field, node, at)
      ) {
        filled(state, scope, k, field);
        return true;
      }
    }
  }
  // A Markdown field takes the blocks that follow its first one, up to the next heading or slot.
  if (scope.open && node.position && blank(state.source.slice(scope.open.end, node.position.start.offset!))) {
    scope.open.end = node.position.end.offset!;
    scope.values[scope.open.field] = state.source.slice(scope.open.start, scope.open.end);
    return true;
  }
  // Otherwise the first slot, in the template's order from where we are, that takes this kind of block.
  for (const k of order) {
    const block = slots[k]!;
    if (block.type !== 'field') continue;
    const field = scope.fieldOf(block.field);
    if (!field || (!isUnfilled(scope.values[field.id]) && scope.appendTo !== field.id)) continue;
    if (field.kind === 'markdown') {
      if (k <= scope.cursor || !node.position) continue;
      scope.values[field.id] = sliceOf(state, node);
      filled(state, scope, k, field);
      scope.open = { field: field.id, start: node.position.start.offset!, end: node.position.end.offset! };
      return true;
    }
    if (fill(state, scope, field, node, at)) {
      filled(state, scope, k, field);
      return true;
    }
  }
  // A list or table may belong to a subsection whose heading the document left out (`## Success Criteria`
  // with the SC list right under it).
  if (!scope.item && scope.subsection && (node.type === 'list' || node.type === 'table')) {
    return placeInDescendant(state, scope.subsection, node, at);
  }
  return false;
}

/** Content of an item the template has no slot for stays in that item: appended to its Markdown field. */
export function appendToItem(state: ReadingState, scope: Scope, node: RootContent): boolean {
  if (!scope.item || !node.position) return false;
  const target = scope.item.group.fields.find((f) => f.kind === 'markdown');
  if (!target) return false;
  const text = sliceOf(state, node);
  const before = scope.values[target.id] as string;
  scope.values[target.id] = before ? `${before}\n\n${text}` : text;
  scope.open = undefined;
  warn(
    state,
    `Content after the fields of ${scope.item.group.itemName} ${scope.item.n} was added to its ${target.label.toLowerCase()}.`,
    scope.item.group.id,
  );
  return true;
}

/**
 * The template's own text written as Markdown (a compiled template's `**Responses**:` line before a list): it is
 * recognized, not content, and moves the scope past it.
 */
function placeStructure(
  state: ReadingState,
  scope: Scope,
  node: RootContent,
  order: readonly number[],
): boolean {
  const print = fingerprint(node);
  const k = order.find((index) => {
    const block = scope.blocks[index]!;
    // A `---` where the template has one (`**Checkpoint**: ...` then `---` in spec-kit's tasks) is its own.
    if (node.type === 'thematicBreak') return block.type === 'thematicBreak';
    return (
      block.type === 'markdown' &&
      block.role === 'structure' &&
      fingerprintsOf(block.markdown).includes(print)
    );
  });
  if (k === undefined) return false;
  scope.cursor = Math.max(scope.cursor, k);
  scope.open = undefined;
  state.additional.close();
  return true;
}

function placeInDescendant(
  state: ReadingState,
  section: Subsection,
  node: List | Table,
  at: number,
): boolean {
  const { index } = state;
  for (const sub of index.subsections) {
    if (sub.id === section.id || !isInside(index, sub, section) || state.used.has(sub.id)) continue;
    const scope = subsectionScope(state.template, state.fields, sub);
    for (const [k, block] of sub.blocks.entries()) {
      if (block.type !== 'field') continue;
      const field = scope.fieldOf(block.field);
      if (!field || field.kind === 'markdown' || !isUnfilled(state.fields[field.id])) continue;
      if (field.kind === 'group' && field.layout.type === 'blocks') continue;
      if (fill(state, scope, field, node, at)) {
        state.used.add(sub.id);
        state.scope = scope;
        filled(state, scope, k, field);
        return true;
      }
    }
  }
  return false;
}

function filled(state: ReadingState, scope: Scope, k: number, field: Field): void {
  scope.cursor = k;
  scope.open = undefined;
  state.additional.close();
  if (!scope.item) state.anchor = field.id;
}

/** Fills a non-markdown field from a block, when the block is of the field's kind (its module says). */
function fill(state: ReadingState, scope: Scope, field: Field, node: RootContent, at: number): boolean {
  return markdownKindOf(field).readBlock(field, node, {
    next: state.nodes[at + 1],
    fill: (value) => {
      scope.values[field.id] = value;
    },
    readGroup: (group, block) => fillGroup(state, scope, group, block),
  });
}

function fillGroup(state: ReadingState, scope: Scope, group: GroupField, node: RootContent): boolean {
  const read = readGroupBlock(group, node);
  if (!read) return false;
  const before = scope.appendTo === group.id ? (scope.values[group.id] as GroupItem[]) : [];
  scope.values[group.id] = node.type === 'table' ? read.items : [...before, ...read.items];
  if (read.extraColumns.length > 0) {
    warn(
      state,
      `The ${group.label} table was read as a list; its other columns (${read.extraColumns.join(', ')}) were kept in each item’s text.`,
      group.id,
    );
  }
  if (read.rest.length > 0) {
    const kept = read.rest.map((item) => sliceOf(state, item)).join('\n');
    state.additional.add(scope.item ? scope.item.group.id : group.id, kept);
    warn(
      state,
      `${read.rest.length} item(s) of the ${group.label} list did not have the template’s form and were kept as additional content after it.`,
      group.id,
    );
  }
  return true;
}

/** Labelled paragraphs of the scope's template (`**Why this priority**: ...`): the label says the field. */
function placeLabelled(state: ReadingState, scope: Scope, node: Paragraph, order: number[]): boolean {
  const read = matchLabelledParagraph(scope.blocks, order, node);
  if (!read) return false;
  for (const { field, value } of read.values) scope.values[field] = value;
  scope.cursor = Math.max(scope.cursor, read.slot);
  scope.open = undefined;
  state.additional.close();
  return true;
}

/** A nested group's keyword items written as paragraphs (`**Given** a`, `**When** b`, `**Then** c`). */
function placeKeywordParagraph(scope: Scope, node: Paragraph): boolean {
  const group = keywordGroupOf(scope.item!.group);
  if (!group || !readKeywordParagraph(group, scope.values[group.id] as GroupItem[], node)) return false;
  scope.cursor = Math.max(scope.cursor, fieldSlot(scope.blocks, group.id));
  scope.open = undefined;
  return true;
}
