import type { ListItem, RootContent } from 'mdast';
import type { GroupItem } from '../../document/spec-document';
import type { GroupField } from '../../template/types';
import { readGroupListItem, readGroupTable, simpleItem, tableHeaders } from './fields';

/** The items a list or table gives a group written as list items, and what it could not read. */
export interface GroupBlock {
  items: GroupItem[];
  /** List items without the template's form (fewer than those read), kept by the caller. */
  rest: ListItem[];
  /** A table's headers beyond the id and the text, whose cells were kept in each item's text. */
  extraColumns: string[];
}

/**
 * Reads a list (`- **FR-001**: ...` items) or a table (`| ID | Requirement | ... |`) as the items of a group
 * written as list items. Undefined when the block is neither, or when fewer than half its items have the form of
 * one of the group's patterns.
 */
export function readGroupBlock(group: GroupField, node: RootContent): GroupBlock | undefined {
  if (group.layout.type !== 'listItem') return undefined;
  if (node.type === 'table') {
    const items = readGroupTable(group, node);
    return items ? { items, rest: [], extraColumns: tableHeaders(node).slice(2) } : undefined;
  }
  if (node.type !== 'list') return undefined;
  const items: GroupItem[] = [];
  const rest: ListItem[] = [];
  for (const listItem of node.children) {
    const content = simpleItem(listItem);
    const item = content ? readGroupListItem(group, content) : undefined;
    if (item) items.push(item);
    else rest.push(listItem);
  }
  if (items.length === 0 || items.length < rest.length) return undefined;
  return { items, rest, extraColumns: [] };
}
