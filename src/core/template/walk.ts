import type { Block, Field, GroupField, Section, Segment, Subsection, TemplateDescription } from './types';

/** The description of a top-level field. Throws on an unknown id: descriptions are static, so that is a bug. */
export function getField(template: TemplateDescription, id: string): Field {
  const field = template.fields.find((f) => f.id === id);
  if (!field) throw new Error(`Template ${template.id} has no field "${id}"`);
  return field;
}

/** The description of a field of a group's item. */
export function getItemField(group: GroupField, id: string): Field {
  const field = group.fields.find((f) => f.id === id);
  if (!field) throw new Error(`Group ${group.id} has no field "${id}"`);
  return field;
}

/** A placeholder with `{n}` (and `{nnn}`, zero-padded) replaced by the 1-based item number. */
export function resolvePlaceholder(placeholder: string, n: number): string {
  return placeholder.replaceAll('{nnn}', String(n).padStart(3, '0')).replaceAll('{n}', String(n));
}

/** Field ids a list of segments refers to, in order. */
export function segmentFieldIds(segments: readonly Segment[]): string[] {
  const ids: string[] = [];
  for (const segment of segments) {
    if (segment.type === 'field' || segment.type === 'inlineCode') ids.push(segment.field);
    else if (segment.type === 'strong' || segment.type === 'emphasis')
      ids.push(...segmentFieldIds(segment.children));
  }
  return ids;
}

/** Field ids the blocks refer to, in document order, nested subsections included. */
export function blockFieldIds(blocks: readonly Block[]): string[] {
  const ids: string[] = [];
  for (const block of blocks) {
    if (block.type === 'field') ids.push(block.field);
    else if (block.type === 'heading' || block.type === 'paragraph')
      ids.push(...segmentFieldIds(block.content));
    else if (block.type === 'subsection') {
      if (block.titleField) ids.push(block.titleField.field);
      ids.push(...blockFieldIds(block.blocks));
    }
  }
  return [...new Set(ids)];
}

/** The form's steps: the header (front matter, title, header lines) and then every section. */
export interface Step {
  id: string;
  title: string;
  description?: string;
  /** Top-level field ids edited in this step, in document order. */
  fieldIds: string[];
  /** The section, for every step but the header. */
  section?: Section;
}

/** The steps of a template's form, in order. */
export function templateSteps(template: TemplateDescription): Step[] {
  const headerIds = [...new Set([...template.header.fields, ...blockFieldIds(template.header.blocks)])];
  return [
    { id: template.header.id, title: template.header.title, fieldIds: headerIds },
    ...template.sections.map((section) => ({
      id: section.id,
      title: section.title,
      description: section.description,
      // The section itself, so that its title's field is counted too.
      fieldIds: blockFieldIds([section]),
      section,
    })),
  ];
}

/** Every subsection of the template (sections included), depth first, in document order. */
export function allSubsections(template: TemplateDescription): Subsection[] {
  const out: Subsection[] = [];
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'subsection') {
        out.push(block);
        visit(block.blocks);
      }
    }
  };
  visit(template.sections);
  return out;
}

/** The segments with the fields they refer to renamed (ids not in `map` stay). */
export function renameSegmentFields(
  segments: readonly Segment[],
  map: ReadonlyMap<string, string>,
): Segment[] {
  return segments.map((segment): Segment => {
    if (segment.type === 'field' || segment.type === 'inlineCode')
      return { ...segment, field: map.get(segment.field) ?? segment.field };
    if (segment.type === 'strong' || segment.type === 'emphasis')
      return { ...segment, children: renameSegmentFields(segment.children, map) };
    return segment;
  });
}

/** The block with the fields it refers to renamed, nested subsections included. */
export function renameBlockFields(block: Block, map: ReadonlyMap<string, string>): Block {
  switch (block.type) {
    case 'field':
      return { ...block, field: map.get(block.field) ?? block.field };
    case 'heading':
    case 'paragraph':
      return { ...block, content: renameSegmentFields(block.content, map) };
    case 'subsection':
      return {
        ...block,
        ...(block.titleField
          ? {
              titleField: {
                ...block.titleField,
                field: map.get(block.titleField.field) ?? block.titleField.field,
              },
            }
          : {}),
        blocks: block.blocks.map((b) => renameBlockFields(b, map)),
      };
    default:
      return block;
  }
}
