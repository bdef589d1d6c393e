import type { Heading, RootContent } from 'mdast';
import type { Block, GroupField, Subsection } from '../../template/types';
import { findSubsection } from './find-subsection';
import { phrasingToValue, plainText } from './inline';
import { type ItemHeadingValues, itemHeadingBlock, matchItemHeading } from './match-item-heading';
import { normalizeTitle, titleCandidates } from './match-title';
import { blockGroups, sectionByContent } from './section-by-content';
import { fillsTitle, fingerprint, fingerprintsOf, type TemplateIndex } from './template-index';
import type { Token, Tokens } from './tokens';

/** What a heading that starts a region is to the template. */
export type Opener =
  /** The document's start: front matter and header lines until the first heading. */
  | { type: 'start' }
  /** An H1 before any section: the title heading (or a second one, kept). */
  | { type: 'title'; heading: Heading; title: string }
  | { type: 'subsection'; heading: Heading; subsection: Subsection; warning?: string }
  /** The heading of one item of a group written as blocks (`### User Story 1 - ...`) and the values it holds. */
  | {
      type: 'item';
      heading: Heading;
      group: GroupField;
      values: ItemHeadingValues;
      section: Subsection | undefined;
    }
  /** A heading the template does not know: it and what follows are kept as they are. */
  | { type: 'unknown'; heading: Heading };

/** A heading inside a region that does not start one. */
export type InnerHeading =
  /** One of the item's own labels written as a heading (the older layout's `### Acceptance Scenarios`). */
  | { type: 'itemLabel'; slot: number }
  /** A sub-heading of an item the template has no slot for: it stays in the item. */
  | { type: 'itemContent' }
  /** A sub-heading grouping the items of a list field (`#### Storage` over some FRs). */
  | { type: 'grouping'; group: GroupField };

export type RegionToken = Token | { type: 'heading'; node: Heading; at: number; role: InnerHeading };

/** A heading and the blocks up to the next heading that starts a region. */
export interface Region {
  opener: Opener;
  tokens: RegionToken[];
}

/**
 * The second stage of reading: the document's outline. Each heading is matched to the template by what it says
 * (its title, an alias, an item heading's pattern) or, in words the template does not know, by what follows it;
 * the document becomes the regions those headings start. It decides structure only: values are the next stage's.
 */
export function outline(
  index: TemplateIndex,
  { tokens, end }: Tokens,
  nodes: readonly RootContent[],
): Region[] {
  const regions: Region[] = [{ opener: { type: 'start' }, tokens: [] }];
  const used = new Set<string>();
  /** The subsection the reading is in: a heading naming one of its children prefers that child. */
  let current: Subsection | undefined;
  let item: { group: GroupField; depth: number } | undefined;
  let unknown = false;
  let seenSection = false;

  const open = (opener: Opener) => regions.push({ opener, tokens: [] });
  const add = (token: RegionToken) => regions[regions.length - 1]!.tokens.push(token);

  for (const token of tokens) {
    const node = token.type === 'block' ? token.node : undefined;
    if (node?.type !== 'heading') {
      add(token);
      continue;
    }
    const title = phrasingToValue(node.children);
    const text = plainText(node.children);
    const candidates = titleCandidates(text);
    if (node.depth === 1 && !seenSection) {
      open({ type: 'title', heading: node, title });
      continue;
    }

    // A heading that is the template's own text where the reading is (spec-kit tasks' `## Format: \`[ID] [P?]
    // [Story] Description\`` in its header): content of the region, read as the template's text, not a new region.
    if (isOwnText(node, seenSection ? current?.blocks : index.template.header.blocks)) {
      add(token);
      continue;
    }

    const byTitle = findSubsection(index, candidates, node.depth, used, current);
    const isItemHeading = () =>
      blockGroups(index.template).some((group) => matchItemHeading(group, title, candidates) !== undefined);
    const subsection =
      byTitle ??
      (isItemHeading() ? undefined : sectionByContent(index, node, nodes, token.at + 1, end, used));
    if (subsection) {
      const warning = !byTitle
        ? `The heading “${text.trim()}” was read as the template’s “${subsection.title}” by what it holds; the file keeps its heading.`
        : candidates[0] !== normalizeTitle(subsection.title) && !fillsTitle(index, subsection, candidates)
          ? `The heading “${text.trim()}” was read as the template’s “${subsection.title}” and is written with that title.`
          : undefined;
      used.add(subsection.id);
      seenSection = true;
      unknown = false;
      item = undefined;
      current = subsection;
      open(
        warning
          ? { type: 'subsection', heading: node, subsection, warning }
          : { type: 'subsection', heading: node, subsection },
      );
      continue;
    }

    const itemOpener = matchItem(index, node, title, candidates);
    if (itemOpener) {
      seenSection = true;
      unknown = false;
      item = { group: itemOpener.group, depth: node.depth };
      if (itemOpener.section) used.add(itemOpener.section.id);
      current = itemOpener.section;
      open(itemOpener);
      continue;
    }

    const inner = innerHeading(node, candidates, { item, current, unknown, index });
    if (inner) {
      add({ type: 'heading', node, at: token.at, role: inner });
      continue;
    }
    item = undefined;
    if (node.depth > 1) seenSection = true;
    unknown = true;
    open({ type: 'unknown', heading: node });
  }
  return regions;
}

function isOwnText(node: Heading, blocks: readonly Block[] | undefined): boolean {
  if (!blocks) return false;
  const print = fingerprint(node);
  return blocks.some(
    (block) =>
      block.type === 'markdown' &&
      block.role === 'structure' &&
      fingerprintsOf(block.markdown).includes(print),
  );
}

/** The heading of an item of a group written as blocks, at the depth of the group's own item heading or one off. */
function matchItem(
  index: TemplateIndex,
  node: Heading,
  title: string,
  candidates: readonly string[],
): Extract<Opener, { type: 'item' }> | undefined {
  for (const group of blockGroups(index.template)) {
    const heading = itemHeadingBlock(group);
    if (!heading || group.layout.type !== 'blocks' || Math.abs(heading.depth - node.depth) > 1) continue;
    const values = matchItemHeading(group, title, candidates);
    if (values)
      return { type: 'item', heading: node, group, values, section: index.sectionOfField.get(group.id) };
  }
  return undefined;
}

function innerHeading(
  node: Heading,
  candidates: readonly string[],
  at: {
    item: { group: GroupField; depth: number } | undefined;
    current: Subsection | undefined;
    unknown: boolean;
    index: TemplateIndex;
  },
): InnerHeading | undefined {
  const { item, current, unknown } = at;
  if (item && node.depth >= item.depth) {
    const slot = itemLabelSlot(item.group, candidates);
    if (slot >= 0) return { type: 'itemLabel', slot };
  }
  if (item && node.depth > item.depth && !unknown) return { type: 'itemContent' };
  if (!item && current && node.depth > current.depth && !unknown) {
    const group = listGroupIn(at.index, current.blocks);
    if (group) return { type: 'grouping', group };
  }
  return undefined;
}

/** The slot of an item's label paragraph (`**Acceptance Scenarios**:`) a heading names, or -1. */
function itemLabelSlot(group: GroupField, candidates: readonly string[]): number {
  if (group.layout.type !== 'blocks') return -1;
  return group.layout.blocks.findIndex(
    (b) =>
      b.type === 'paragraph' &&
      !b.content.some((s) => s.type === 'field') &&
      b.content[0]?.type === 'strong' &&
      b.content[0].children[0]?.type === 'text' &&
      candidates.includes(normalizeTitle(b.content[0].children[0].value)),
  );
}

/** The list field of a section's own that its sub-headings may group (`#### Storage` over some FRs). */
function listGroupIn(index: TemplateIndex, blocks: readonly Block[]): GroupField | undefined {
  for (const block of blocks) {
    if (block.type !== 'field') continue;
    const field = index.template.fields.find((f) => f.id === block.field);
    if (field?.kind === 'group' && field.layout.type === 'listItem') return field;
  }
  return undefined;
}
