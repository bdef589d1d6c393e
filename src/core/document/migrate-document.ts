import { literalToValue } from '../markdown/literal-to-value';
import type { Block, Field, Segment, TemplateDescription } from '../template/types';
import { documentVersion } from './document-version';

/**
 * A stored, restored or shared document brought to the current version, before it is validated. Version 1 values
 * are literal text: each one-line value (text, choice and date fields, list and checklist items, table cells, the
 * text fields of group items) becomes the Markdown that renders as that same text, so an old draft reads as it
 * did. Inline code fields (the feature branch) and code and Markdown fields are kept. Anything that is not a
 * document of this template is returned as it is, for the schema to reject.
 */
export function migrateDocument(input: unknown, template: TemplateDescription): unknown {
  if (!isRecord(input) || !isRecord(input.fields)) return input;
  const version = input.version ?? 1;
  if (version !== 1) return input;
  const literalCode = inlineCodeFields(template);
  const fields: Record<string, unknown> = { ...input.fields };
  for (const field of template.fields) {
    if (literalCode.has(field.id)) continue;
    fields[field.id] = migrateValue(field, fields[field.id]);
  }
  return { ...input, version: documentVersion, fields };
}

function migrateValue(field: Field, value: unknown): unknown {
  switch (field.kind) {
    case 'text':
    case 'choice':
    case 'date':
      return typeof value === 'string' ? literalToValue(value) : value;
    case 'markdown':
    case 'code':
      return value;
    case 'list':
    case 'checklist':
      return mapItems(value, (item) =>
        typeof item.text === 'string' ? { ...item, text: literalToValue(item.text) } : item,
      );
    case 'table':
      return mapItems(value, (row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, cell]) => [
            key,
            typeof cell === 'string' ? literalToValue(cell) : cell,
          ]),
        ),
      );
    case 'group':
      return mapItems(value, (item) => {
        const out: Record<string, unknown> = { ...item };
        for (const inner of field.fields) out[inner.id] = migrateValue(inner, item[inner.id]);
        return out;
      });
    default:
      return value;
  }
}

function mapItems(value: unknown, map: (item: Record<string, unknown>) => unknown): unknown {
  return Array.isArray(value) ? value.map((item) => (isRecord(item) ? map(item) : item)) : value;
}

/** Top-level fields written only as inline code (`` `[###-feature-name]` ``): their text was and stays code. */
function inlineCodeFields(template: TemplateDescription): Set<string> {
  const code = new Set<string>();
  const other = new Set<string>();
  const visitSegments = (segments: readonly Segment[]) => {
    for (const segment of segments) {
      if (segment.type === 'inlineCode') code.add(segment.field);
      else if (segment.type === 'field') other.add(segment.field);
      else if (segment.type === 'strong' || segment.type === 'emphasis') visitSegments(segment.children);
    }
  };
  const visitBlocks = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type === 'heading' || block.type === 'paragraph') visitSegments(block.content);
      else if (block.type === 'field') other.add(block.field);
      else if (block.type === 'subsection') visitBlocks(block.blocks);
    }
  };
  visitBlocks(template.header.blocks);
  for (const section of template.sections) visitBlocks(section.blocks);
  for (const line of template.footer?.lines ?? []) visitSegments(line);
  return new Set([...code].filter((id) => !other.has(id)));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
