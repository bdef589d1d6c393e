import type { Field, Section, TemplateDescription } from './types';

/** What an overlay may change on one field: words, options and rules, never structure. */
export interface FieldOverlay {
  label?: string;
  guidance?: string;
  required?: boolean;
  /** What one item is called (lists, checklists, tables, groups). */
  itemName?: string;
  /** The placeholder of new items (`T{nnn} [P] [US1] ...`) or of the field. */
  placeholder?: string;
  aliases?: readonly string[];
  /** Offered values: a text field becomes a choice. */
  options?: readonly string[];
  /** Table columns by key. */
  columns?: Readonly<Record<string, { label?: string; options?: readonly string[]; required?: boolean }>>;
}

/**
 * A small declarative layer over a compiled template: its name and summary, and labels, options, rules and
 * aliases of its fields and sections by id. The structure stays what the Markdown says.
 */
export interface TemplateOverlay {
  id: string;
  name?: string;
  summary?: string;
  headerTitle?: string;
  fields?: Readonly<Record<string, FieldOverlay>>;
  sections?: Readonly<Record<string, Partial<Pick<Section, 'description' | 'required' | 'aliases'>>>>;
}

/**
 * The description with the overlay applied. Throws when the overlay names a field, column or section the
 * description does not have: a template that changed under its overlay must fail its tests, not drift.
 */
export function applyOverlay(
  description: TemplateDescription,
  overlay: TemplateOverlay,
): TemplateDescription {
  const fieldPatches = new Map(Object.entries(overlay.fields ?? {}));
  const fields = description.fields.map((field) => {
    const patch = fieldPatches.get(field.id);
    fieldPatches.delete(field.id);
    return patch ? patchField(field, patch) : field;
  });
  if (fieldPatches.size > 0)
    throw new Error(`Overlay ${overlay.id}: no field ${[...fieldPatches.keys()].join(', ')}`);
  const sectionPatches = new Map(Object.entries(overlay.sections ?? {}));
  const sections = description.sections.map((section) => {
    const patch = sectionPatches.get(section.id);
    sectionPatches.delete(section.id);
    return patch ? { ...section, ...patch } : section;
  });
  if (sectionPatches.size > 0)
    throw new Error(`Overlay ${overlay.id}: no section ${[...sectionPatches.keys()].join(', ')}`);
  return {
    ...description,
    id: overlay.id,
    name: overlay.name ?? description.name,
    summary: overlay.summary ?? description.summary,
    header: { ...description.header, title: overlay.headerTitle ?? description.header.title },
    fields,
    sections,
  };
}

function patchField(field: Field, patch: FieldOverlay): Field {
  const { columns, options, itemName, ...words } = patch;
  let out = { ...field, ...words } as Field;
  if (itemName !== undefined && 'itemName' in out) out = { ...out, itemName };
  if (options !== undefined) {
    if (out.kind === 'text') {
      const { pattern: _pattern, ...rest } = out;
      out = { ...rest, kind: 'choice', options };
    } else if (out.kind === 'choice') out = { ...out, options };
    else throw new Error(`Field ${field.id}: options on a ${field.kind} field`);
  }
  if (columns !== undefined) {
    if (out.kind !== 'table') throw new Error(`Field ${field.id}: columns on a ${field.kind} field`);
    const keys = new Set(out.columns.map((c) => c.key));
    for (const key of Object.keys(columns))
      if (!keys.has(key)) throw new Error(`Field ${field.id}: no column ${key}`);
    out = { ...out, columns: out.columns.map((c) => ({ ...c, ...columns[c.key] })) };
  }
  return out;
}
