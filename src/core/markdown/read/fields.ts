import type { List, ListItem, Paragraph, PhrasingContent, Table } from 'mdast';
import { emptyValue, formatId } from '../../document/create-document';
import type {
  ChecklistItem,
  FieldValue,
  GroupItem,
  ListItem as ListValue,
  TableRow,
} from '../../document/spec-document';
import { kindOf } from '../../fields/field-kinds';
import type { Field, GroupField, Segment, TableField } from '../../template/types';
import { phrasingToValue, plainText, stripLeading, stripTrailing, trimPhrasing } from './inline';
import { keywordField, keywordMatches, keywordsOf } from './pattern-keywords';
import { labelMatches } from './template-index';

/** The only paragraph of a list item, or undefined when the item holds more (nested lists, several paragraphs). */
export function simpleItem(item: ListItem): PhrasingContent[] | undefined {
  if (item.children.length === 0) return [];
  const [first] = item.children;
  if (item.children.length !== 1 || first?.type !== 'paragraph') return undefined;
  return first.children;
}

/** A bullet list as list-field items, or undefined when an item is not one line of text. */
export function readListItems(list: List): ListValue[] | undefined {
  if (list.children.some((item) => typeof item.checked === 'boolean')) return undefined;
  const out: ListValue[] = [];
  for (const item of list.children) {
    const content = simpleItem(item);
    if (!content) return undefined;
    out.push({ text: phrasingToValue(content) });
  }
  return out;
}

/** A task list as checklist items, or undefined when it is not one. */
export function readChecklistItems(list: List): ChecklistItem[] | undefined {
  const out: ChecklistItem[] = [];
  for (const item of list.children) {
    const content = simpleItem(item);
    if (!content || typeof item.checked !== 'boolean') return undefined;
    out.push({ text: phrasingToValue(content), checked: item.checked });
  }
  return out;
}

/** Header cells' plain text. */
export function tableHeaders(table: Table): string[] {
  return (table.children[0]?.children ?? []).map((cell) => plainText(cell.children).trim());
}

/** Rows of a table field when every header names one of its columns (in any order), else undefined. */
export function readTableRows(field: TableField, table: Table): TableRow[] | undefined {
  const keys: string[] = [];
  for (const header of tableHeaders(table)) {
    const column = field.columns.find((c) => labelMatches(c, header));
    if (!column || keys.includes(column.key)) return undefined;
    keys.push(column.key);
  }
  return table.children.slice(1).map((row) => {
    const value: TableRow = {};
    for (const column of field.columns) value[column.key] = '';
    row.children.forEach((cell, i) => {
      const key = keys[i];
      if (key) value[key] = phrasingToValue(cell.children);
    });
    return value;
  });
}

/**
 * Items of a group written as a table (`| ID | Requirement | Priority |` for the feature spec's requirements): the
 * id column goes to the id field, the first other column to the item's text field, and every further column is
 * kept in that text as ` (Header: value)`, so no cell is lost.
 */
export function readGroupTable(group: GroupField, table: Table): GroupItem[] | undefined {
  const idField = group.idField?.field;
  const textFields = group.fields.filter((f) => f.kind === 'text' && f.id !== idField);
  if (!idField || textFields.length !== 1) return undefined;
  const headers = tableHeaders(table);
  const idIndex = headers.findIndex((h) => labelMatches(group.fields.find((f) => f.id === idField)!, h));
  if (idIndex < 0 || headers.length < 2) return undefined;
  const textIndex = idIndex === 0 ? 1 : 0;
  return table.children.slice(1).map((row) => {
    const cells = row.children.map((cell) => phrasingToValue(cell.children));
    const extra = headers
      .map((header, i) => (i === idIndex || i === textIndex || !cells[i] ? '' : ` (${header}: ${cells[i]})`))
      .join('');
    return { [idField]: cells[idIndex] ?? '', [textFields[0]!.id]: `${cells[textIndex] ?? ''}${extra}` };
  });
}

const separator = /^\s*[:：\-–—]\s*/u;

/**
 * One list item of a group whose layout is a list item (`**FR-001**: text`, `**Given** ..., **When** ...`), read by
 * the group's patterns. Returns the item's values, or undefined when no pattern fits.
 */
export function readGroupListItem(
  group: GroupField,
  content: readonly PhrasingContent[],
): GroupItem | undefined {
  if (group.layout.type !== 'listItem') return undefined;
  for (const pattern of group.layout.patterns) {
    const values = matchPattern(group, pattern, content);
    if (values) return completeItem(group, values);
  }
  return undefined;
}

/** An item with every field present: values read, others empty. */
export function completeItem(group: GroupField, values: Record<string, string>): GroupItem {
  const item: GroupItem = {};
  for (const field of group.fields) item[field.id] = values[field.id] ?? emptyValue(field);
  return item;
}

function matchPattern(
  group: GroupField,
  pattern: readonly Segment[],
  content: readonly PhrasingContent[],
): Record<string, string> | undefined {
  const nodes = trimPhrasing(content);
  if (keywordsOf(pattern).length > 0) return matchKeywords(group, pattern, nodes);
  const [first] = pattern;
  if (pattern.length === 1 && first?.type === 'field') {
    return { [first.field]: phrasingToValue(nodes) };
  }
  const lead = first?.type === 'strong' ? first.children[0] : undefined;
  const rest = pattern.filter((s) => s.type === 'field');
  if (lead?.type === 'field' && rest.length === 1 && rest[0]?.type === 'field') {
    const head = nodes[0];
    if (head?.type === 'strong') {
      const key = phrasingToValue(head.children);
      if (!idLooksRight(group, lead.field, key)) return undefined;
      return {
        [lead.field]: key,
        [rest[0].field]: phrasingToValue(stripLeading(nodes.slice(1), separator)),
      };
    }
    // `- FR-001: text` without bold: only for id fields, where the id's shape says where it ends.
    const scheme = group.idField?.field === lead.field ? group.idField.scheme : undefined;
    if (head?.type === 'text' && scheme?.prefix) {
      const match = new RegExp(`^(${escapeRegex(scheme.prefix)}[\\w.-]*?)\\s*[:：]\\s*`, 'iu').exec(
        head.value,
      );
      if (match) {
        return {
          [lead.field]: match[1]!,
          [rest[0].field]: phrasingToValue([
            { type: 'text', value: head.value.slice(match[0].length) },
            ...nodes.slice(1),
          ]),
        };
      }
    }
  }
  return undefined;
}

function idLooksRight(group: GroupField, fieldId: string, value: string): boolean {
  const scheme = group.idField?.field === fieldId ? group.idField.scheme : undefined;
  if (!scheme?.prefix) return true;
  const letters = scheme.prefix.replace(/[^\p{L}]/gu, '').toLowerCase();
  return value.toLowerCase().startsWith(letters);
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Keyword patterns (`**Given** a, **When** b, **Then** c`): the content is split at strong nodes naming the
 * pattern's next field (the pattern's own strong text, or the field's label or an alias: translated keywords).
 * Every field of the pattern must be found once, in order.
 */
function matchKeywords(
  group: GroupField,
  pattern: readonly Segment[],
  nodes: PhrasingContent[],
): Record<string, string> | undefined {
  const keywords = keywordsOf(pattern);
  const wanted = pattern
    .filter((s) => s.type === 'field')
    .map((s) => (s.type === 'field' ? s.field : ''))
    .map((field) => keywords.find((k) => k.field === field) ?? { label: '', field });
  const found: { field: string; at: number }[] = [];
  nodes.forEach((node, at) => {
    if (node.type !== 'strong') return;
    const next = wanted[found.length];
    if (next && keywordMatches(group, next, plainText(node.children))) found.push({ field: next.field, at });
  });
  if (found.length !== wanted.length || found[0]?.at !== 0) return undefined;
  const values: Record<string, string> = {};
  found.forEach(({ field, at }, i) => {
    const end = found[i + 1]?.at ?? nodes.length;
    let part = stripLeading(nodes.slice(at + 1, end), /^\s*[:：]?\s*/u);
    if (i < found.length - 1) part = stripTrailing(part, /\s*[,，、;；]?\s*$/u);
    values[field] = phrasingToValue(part);
  });
  return values;
}

/**
 * An item read only by a pattern with keywords (`**Given** a, **When** b, **Then** c` in one paragraph), not by a
 * free-text fallback pattern.
 */
export function readKeywordItem(
  group: GroupField,
  content: readonly PhrasingContent[],
): GroupItem | undefined {
  if (group.layout.type !== 'listItem') return undefined;
  for (const pattern of group.layout.patterns) {
    if (keywordsOf(pattern).length === 0) continue;
    const values = matchKeywords(group, pattern, trimPhrasing(content));
    if (values) return completeItem(group, values);
  }
  return undefined;
}

/** A paragraph that starts with a keyword label, as `**When** b` in its own paragraph: that keyword's field. */
export function paragraphKeyword(group: GroupField, paragraph: Paragraph): string | undefined {
  const first = trimPhrasing(paragraph.children)[0];
  if (first?.type !== 'strong') return undefined;
  return keywordField(group, plainText(first.children));
}

/** The id a new item gets when the document gave none (never used to renumber). */
export function itemId(group: GroupField, n: number): string {
  return group.idField ? formatId(group.idField.scheme, n) : '';
}
