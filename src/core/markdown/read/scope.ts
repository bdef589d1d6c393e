import type { FieldValue } from '../../document/spec-document';
import type { Block, Field, GroupField, Subsection, TemplateDescription } from '../../template/types';

/** Where content blocks go: the slots of a subsection, or of one item of a group written as blocks. */
export interface Scope {
  blocks: readonly Block[];
  values: Record<string, FieldValue>;
  fieldOf: (id: string) => Field | undefined;
  /** Index of the last slot filled: content is read in the template's order inside a scope. */
  cursor: number;
  /** A markdown field still taking blocks (contiguous ones only), with the source range it holds. */
  open?: { field: string; start: number; end: number };
  /** A group field that takes more lists (its items grouped under sub-headings). */
  appendTo?: string;
  /** Set for the scope of one item of a group written as blocks. */
  item?: { group: GroupField; depth: number; n: number };
  subsection?: Subsection;
}

export function subsectionScope(
  template: TemplateDescription,
  fields: Record<string, FieldValue>,
  subsection: Subsection,
  cursor = -1,
): Scope {
  return {
    blocks: subsection.blocks,
    values: fields,
    fieldOf: (id) => template.fields.find((f) => f.id === id),
    cursor,
    subsection,
  };
}

/** The scope of one item: its group's blocks, filled into the item's values. */
export function itemScope(
  group: GroupField,
  values: Record<string, FieldValue>,
  item: { depth: number; n: number },
  section: Subsection | undefined,
): Scope {
  return {
    blocks: group.layout.type === 'blocks' ? group.layout.blocks : [],
    values,
    fieldOf: (id) => group.fields.find((f) => f.id === id),
    cursor: 0,
    item: { group, ...item },
    subsection: section,
  };
}

/** The section's scope again after one of its items, from the group's slot on. */
export function afterItem(template: TemplateDescription, fields: Record<string, FieldValue>, scope: Scope) {
  const section = scope.subsection;
  if (!section) return undefined;
  return subsectionScope(template, fields, section, fieldSlot(section.blocks, scope.item?.group.id));
}

/** The index of the slot holding field `id` among `blocks`, or -1. */
export function fieldSlot(blocks: readonly Block[], id: string | undefined): number {
  return blocks.findIndex((b) => b.type === 'field' && b.field === id);
}

/** A slot not filled yet (not the field kinds' emptiness: an empty item already read counts as filled). */
export function isUnfilled(value: FieldValue | undefined): boolean {
  return value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}
