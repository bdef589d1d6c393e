import {
  type Block,
  type Field,
  kindOf,
  type Subsection,
  segmentFieldIds,
  type TemplateDescription,
} from '../../core';

/** One field as the confirmation lists it: its label and its kind in words; a group lists its item's fields. */
export interface OutlineField {
  key: string;
  label: string;
  kind: string;
  fields: OutlineField[];
}

/** A step of the form (the header or a section) or a subsection, with the fields it places itself. */
export interface OutlineSection {
  key: string;
  title: string;
  fields: OutlineField[];
  subsections: OutlineSection[];
}

/**
 * What a compiled template will ask for, read from its description alone: the header step, then each section
 * with its fields and nested subsections. Generic on purpose: it names no template or field.
 */
export function templateOutline(description: TemplateDescription): OutlineSection[] {
  const byId = new Map(description.fields.map((field) => [field.id, field]));
  const header: OutlineSection = {
    key: description.header.id,
    title: description.header.title,
    fields: outlineFields(
      [...new Set([...description.header.fields, ...directFieldIds(description.header.blocks)])],
      byId,
    ),
    subsections: outlineSubsections(description.header.blocks, byId),
  };
  const sections = description.sections.map((section) => outlineSection(section, byId));
  return header.fields.length > 0 || header.subsections.length > 0 ? [header, ...sections] : sections;
}

function outlineSection(
  section: { id: string; title: string; blocks: readonly Block[]; titleField?: Subsection['titleField'] },
  byId: ReadonlyMap<string, Field>,
): OutlineSection {
  return {
    key: section.id,
    title: section.title,
    fields: outlineFields(
      [...(section.titleField ? [section.titleField.field] : []), ...directFieldIds(section.blocks)],
      byId,
    ),
    subsections: outlineSubsections(section.blocks, byId),
  };
}

function outlineSubsections(blocks: readonly Block[], byId: ReadonlyMap<string, Field>): OutlineSection[] {
  return blocks.flatMap((block) => (block.type === 'subsection' ? [outlineSection(block, byId)] : []));
}

/** Field ids the blocks place themselves, subsections left out (they are listed on their own). */
function directFieldIds(blocks: readonly Block[]): string[] {
  const ids: string[] = [];
  for (const block of blocks) {
    if (block.type === 'field') ids.push(block.field);
    else if (block.type === 'heading' || block.type === 'paragraph')
      ids.push(...segmentFieldIds(block.content));
  }
  return [...new Set(ids)];
}

function outlineFields(ids: readonly string[], byId: ReadonlyMap<string, Field>): OutlineField[] {
  return ids.flatMap((id) => {
    const field = byId.get(id);
    return field ? [outlineField(field, id)] : [];
  });
}

function outlineField(field: Field, key: string): OutlineField {
  const nested =
    field.kind === 'group' ? field.fields.map((inner) => outlineField(inner, `${key}.${inner.id}`)) : [];
  return { key, label: field.label, kind: kindInWords(field), fields: nested };
}

/** A field's kind as a reader would say it: "list", "table with columns ID, Title (ID FR-###)" (its module says). */
export function kindInWords(field: Field): string {
  return kindOf(field).describe(field);
}
