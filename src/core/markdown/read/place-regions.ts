import type { Heading, RootContent } from 'mdast';
import type { FieldValue, GroupItem } from '../../document/spec-document';
import type { GroupField } from '../../template/types';
import { completeItem, itemId } from './fields';
import { readFrontMatter } from './front-matter';
import { guidanceLength } from './guidance-length';
import { readHeaderLines } from './header-lines';
import type { Opener, Region, RegionToken } from './outline';
import { appendToItem, placeBlock } from './place-block';
import { closeOpen, keep, type ReadingState, sliceOf, warn } from './reading-state';
import { afterItem, fieldSlot, itemScope, subsectionScope } from './scope';
import { fingerprint, fingerprintsOf } from './template-index';
import { titleFieldValue } from './title-field';
import { titleValues } from './title-value';

/**
 * The third stage of reading: the regions' blocks become values. Inside a region, content is placed in the
 * template's order from the last slot filled; what no slot takes is kept verbatim as additional content after the
 * field or section it followed. Returns the state it leaves (`state.fields`, its additional content, warnings).
 */
export function placeRegions(state: ReadingState, regions: readonly Region[]): ReadingState {
  const groupingWarned = new Set<string>();
  for (const region of regions) {
    const header = region.opener.type === 'start' || region.opener.type === 'title';
    const unknown = region.opener.type === 'unknown';
    open(state, region.opener);
    for (const token of region.tokens) placeToken(state, token, { header, unknown, groupingWarned });
  }
  state.additional.flush();
  return state;
}

function open(state: ReadingState, opener: Opener): void {
  if (opener.type === 'start') return;
  closeOpen(state);
  switch (opener.type) {
    case 'title': {
      // The document's H1: the template's title heading, or the title field of a template without one.
      const field = state.template.titleField;
      if (state.fields[field] !== '') keep(state, opener.heading);
      else {
        for (const [id, value] of Object.entries(titleValues(state.template, opener.title)))
          setField(state, id, value);
        state.anchor = 'start';
      }
      return;
    }
    case 'subsection':
      if (opener.warning) warn(state, opener.warning);
      state.used.add(opener.subsection.id);
      state.anchor = opener.subsection.id;
      state.scope = subsectionScope(state.template, state.fields, opener.subsection);
      if (opener.subsection.titleField)
        setField(
          state,
          opener.subsection.titleField.field,
          titleFieldValue(opener.subsection, opener.heading),
        );
      return;
    case 'item': {
      const { group, section } = opener;
      const items = state.fields[group.id] as GroupItem[];
      const n = items.length + 1;
      const values = { ...opener.values };
      const number = group.idField?.field;
      if (number && values[number] === '') values[number] = itemId(group, n);
      const item = completeItem(group, values);
      items.push(item);
      if (section) state.used.add(section.id);
      state.anchor = group.id;
      state.scope = itemScope(group, item, { depth: opener.heading.depth, n }, section);
      return;
    }
    case 'unknown':
      if (state.scope?.item) state.scope = afterItem(state.template, state.fields, state.scope);
      keep(state, opener.heading);
      return;
  }
}

function placeToken(
  state: ReadingState,
  token: RegionToken,
  region: { header: boolean; unknown: boolean; groupingWarned: Set<string> },
): void {
  if (token.type === 'guidance') {
    closeOpen(state);
    if (!region.unknown) afterGuidance(state, token.nodes[0]!);
    return;
  }
  if (token.type === 'heading') {
    closeOpen(state);
    const scope = state.scope;
    const role = token.role;
    if (role.type === 'itemLabel' && scope) scope.cursor = Math.max(scope.cursor, role.slot);
    else if (role.type === 'itemContent' && scope) appendToItem(state, scope, token.node);
    else if (role.type === 'grouping') groupingHeading(state, token.node, role.group, region.groupingWarned);
    return;
  }
  const { node, at } = token;
  if (node.type === 'yaml') readYaml(state, node.value);
  else if (node.type === 'thematicBreak' && isStructuralBreak(state, at)) closeOpen(state);
  else if (region.unknown || !state.scope) {
    if (region.header) readHeaderBlock(state, node);
    else keep(state, node);
  } else {
    const scope = state.scope;
    if (!placeBlock(state, scope, node, at) && !(scope.item && appendToItem(state, scope, node)))
      keep(state, node);
  }
}

/**
 * A `---` the template writes: between the items of a group written as blocks, and before each `##` section of a
 * template with section separators. Any other rule is content.
 */
function isStructuralBreak(state: ReadingState, at: number): boolean {
  const next = at + 1 < state.end ? state.nodes[at + 1] : undefined;
  const beforeHeading = next === undefined || next.type === 'heading';
  if (state.scope?.item)
    return beforeHeading || guidanceLength(state.index.guidance, state.nodes, at + 1, state.end) > 0;
  if (state.template.sectionSeparator !== 'thematicBreak') return false;
  return next === undefined || (next.type === 'heading' && next.depth <= 2);
}

/**
 * A sub-heading that groups the items of a list field (`#### Storage` over some FRs): the items are read into the
 * field in document order, and the heading is kept as additional content after the list.
 */
function groupingHeading(state: ReadingState, node: Heading, group: GroupField, warned: Set<string>): void {
  let scope = state.scope;
  // After a list read into a subsection whose heading was left out, the group's own section takes the items again.
  if (!scope || fieldSlot(scope.blocks, group.id) < 0) {
    const section = state.index.sectionOfField.get(group.id);
    if (!section) return;
    scope = subsectionScope(state.template, state.fields, section, fieldSlot(section.blocks, group.id));
    state.scope = scope;
  }
  state.additional.add(group.id, sliceOf(state, node));
  scope.appendTo = group.id;
  scope.open = undefined;
  state.additional.close();
  if (warned.has(group.id)) return;
  warned.add(group.id);
  warn(
    state,
    `The ${group.label} were grouped under sub-headings; the items were read in their order and the sub-headings kept as additional content after the list.`,
    group.id,
  );
}

/**
 * Guidance sits before a field in the template (`<!-- ACTION REQUIRED ... -->` then the edge cases): what follows
 * it belongs after that field, even when the field is empty and was left out of the file.
 */
function afterGuidance(state: ReadingState, node: RootContent): void {
  const scope = state.scope;
  if (!scope || scope.item) return;
  const first = fingerprint(node);
  const k = scope.blocks.findIndex(
    (b, index) => index > scope.cursor && b.type === 'markdown' && fingerprintsOf(b.markdown)[0] === first,
  );
  if (k < 0) return;
  scope.cursor = k;
  const next = scope.blocks[k + 1];
  if (next?.type === 'field') state.anchor = next.field;
}

// Header: front matter and labelled lines

function readYaml(state: ReadingState, value: string): void {
  const result = readFrontMatter(state.template, value);
  if (result.error) {
    state.additional.add('start', `\`\`\`yaml\n${value}\n\`\`\``);
    warn(
      state,
      `The front matter could not be read (${result.error}). Its text was kept at the start of the document as a YAML code block; copy the values into the header fields.`,
    );
    return;
  }
  for (const [field, v] of Object.entries(result.values)) setField(state, field, v);
  if (Object.keys(result.extra).length > 0) state.extraFrontMatter = result.extra;
  for (const warning of result.warnings) warn(state, warning);
}

function readHeaderBlock(state: ReadingState, node: RootContent): void {
  if (isHeaderStructure(state, node)) {
    state.additional.close();
    return;
  }
  const lines = readHeaderLines(state.index, node, state.fields);
  if (!lines) {
    keep(state, node);
    return;
  }
  for (const { field, value } of lines.values) setField(state, field, value);
  if (lines.kept) state.additional.add('start', lines.kept);
  if (lines.warning) warn(state, lines.warning);
  state.additional.close();
}

/**
 * The header's own template text (spec-kit plan's `**Input**: Feature specification from ...` under the title): it
 * is the template's, not content, so it is not kept as additional content (the writer writes it anyway).
 */
function isHeaderStructure(state: ReadingState, node: RootContent): boolean {
  const print = fingerprint(node);
  return state.template.header.blocks.some(
    (block) =>
      block.type === 'markdown' &&
      block.role === 'structure' &&
      fingerprintsOf(block.markdown).includes(print),
  );
}

function setField(state: ReadingState, id: string, value: FieldValue): void {
  if (id in state.fields) state.fields[id] = value;
}
