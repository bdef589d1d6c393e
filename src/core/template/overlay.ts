import type {
  Block,
  Field,
  FieldRole,
  FrontMatter,
  GroupField,
  MarkdownField,
  Section,
  Segment,
  Subsection,
  TableColumn,
  TableField,
  TemplateChecks,
  TemplateDescription,
} from './types';
import { renameBlockFields, renameSegmentFields, resolvePlaceholder } from './walk';

/** What an overlay may change on one table column. */
export interface ColumnOverlay {
  /** The key the column's cells are stored under (a shipped template keeps the keys its drafts have). */
  key?: string;
  label?: string;
  placeholder?: string;
  options?: readonly string[];
  required?: boolean;
  role?: FieldRole;
}

/** What an overlay may change on one field: words, options and rules, never the structure the Markdown gives. */
export interface FieldOverlay {
  /** The id values are stored under: a shipped template keeps the ids its existing drafts have. */
  id?: string;
  label?: string;
  guidance?: string;
  required?: boolean;
  /** What one item is called (lists, checklists, tables, groups). */
  itemName?: string;
  /** The placeholder of new items (`T{nnn} [P] [US1] ...`) or of the field; items keep the one they had. */
  placeholder?: string;
  aliases?: readonly string[];
  role?: FieldRole;
  /** Offered values: a text field becomes a choice; the template's own examples of them become values. */
  options?: readonly string[];
  /** A text field's rule, in words. */
  pattern?: { regex: string; message: string };
  /** A repeatable field's minimum number of items. */
  minItems?: number;
  /** Table columns by key. */
  columns?: Readonly<Record<string, ColumnOverlay>>;
  /** A group's fields by id. */
  fields?: Readonly<Record<string, FieldOverlay>>;
  /** The field a group's items are titled by (shown as cards), or false for items shown as rows. */
  titleField?: string | false;
  /** A group written as list items: an item that does not fit its pattern is kept whole in this text field. */
  freeText?: { id: string; label: string; guidance?: string };
  /** A group: the fixed fields an earlier version had in its place, per item (see `GroupField.formerly`). */
  formerly?: readonly Readonly<Record<string, string>>[];
}

/** What an overlay may change on a section or subsection. */
export interface SectionOverlay extends Partial<Pick<Section, 'description' | 'required' | 'aliases'>> {
  /** The anchor the section is known by (additional content of existing drafts is kept under it). */
  id?: string;
  /**
   * The section's own text (a team's policy) becomes an editable Markdown field pre-filled with it: the template
   * text before the section's first field or subsection.
   */
  content?: { id: string; label: string; placeholder?: string; guidance?: string; required?: boolean };
}

/**
 * A small declarative layer over a compiled template: its name and summary, words, options, rules, roles and
 * aliases of its fields and sections by id, and the ids they are stored under. The structure stays what the
 * Markdown says.
 */
export interface TemplateOverlay {
  id: string;
  /** The description's version: raise it when the Markdown or the overlay changes what drafts store. */
  version?: number;
  name?: string;
  summary?: string;
  headerTitle?: string;
  checks?: TemplateChecks;
  /** Front matter keys the template file does not show, written only when given (`reviewers`). */
  optionalFrontMatter?: readonly Field[];
  fields?: Readonly<Record<string, FieldOverlay>>;
  sections?: Readonly<Record<string, SectionOverlay>>;
}

/**
 * The description with the overlay applied. Throws when the overlay names a field, column or section the
 * description does not have: a template that changed under its overlay must fail its tests, not drift.
 */
export function applyOverlay(
  description: TemplateDescription,
  overlay: TemplateOverlay,
): TemplateDescription {
  const where = `Overlay ${overlay.id}`;
  const sectionPatches = new Map(Object.entries(overlay.sections ?? {}));
  const added: Field[] = [];
  const sections = description.sections.map(
    (section) => patchSubsection(section, sectionPatches, added) as Section,
  );
  if (sectionPatches.size > 0)
    throw new Error(`${where}: no section ${[...sectionPatches.keys()].join(', ')}`);

  const fieldPatches = new Map(Object.entries(overlay.fields ?? {}));
  const ordered = insertContentFields(description.fields, added, sections);
  const fields = ordered.map((field) => {
    const patch = fieldPatches.get(field.id);
    fieldPatches.delete(field.id);
    return patch ? patchField(field, patch) : field;
  });
  if (fieldPatches.size > 0) throw new Error(`${where}: no field ${[...fieldPatches.keys()].join(', ')}`);

  const renamed = new Map(
    Object.entries(overlay.fields ?? {}).flatMap(([id, p]) =>
      p.id && p.id !== id ? [[id, p.id] as const] : [],
    ),
  );
  const rename = (id: string) => renamed.get(id) ?? id;
  const extra = overlay.optionalFrontMatter ?? [];
  const frontMatter: FrontMatter | undefined =
    description.frontMatter || extra.length > 0
      ? {
          keys: [
            ...(description.frontMatter?.keys ?? []).map((k) =>
              'field' in k ? { ...k, field: rename(k.field) } : k,
            ),
            ...extra.map((f) => ({ key: f.id, field: f.id, optional: true })),
          ],
        }
      : undefined;
  const out: TemplateDescription = {
    ...description,
    id: overlay.id,
    ...(overlay.version !== undefined ? { version: overlay.version } : {}),
    name: overlay.name ?? description.name,
    summary: overlay.summary ?? description.summary,
    fields: afterFrontMatter(fields, frontMatter, extra),
    ...(frontMatter ? { frontMatter } : {}),
    header: {
      ...description.header,
      title: overlay.headerTitle ?? description.header.title,
      blocks: description.header.blocks.map((b) => renameBlockFields(b, renamed)),
      fields: [...description.header.fields.map(rename), ...extra.map((f) => f.id)],
    },
    sections: sections.map((s) => renameBlockFields(s, renamed) as Section),
    ...(description.footer
      ? { footer: { lines: description.footer.lines.map((l) => renameSegmentFields(l, renamed)) } }
      : {}),
    titleField: rename(description.titleField),
    ...(overlay.checks ? { checks: overlay.checks } : {}),
  };
  return out;
}

/** The fields with `extra` placed after the last one the front matter holds. */
function afterFrontMatter(
  fields: Field[],
  frontMatter: FrontMatter | undefined,
  extra: readonly Field[],
): Field[] {
  const keyed = new Set(frontMatter?.keys.flatMap((k) => ('field' in k ? [k.field] : [])));
  let at = 0;
  fields.forEach((f, i) => {
    if (keyed.has(f.id)) at = i + 1;
  });
  return [...fields.slice(0, at), ...extra, ...fields.slice(at)];
}

function patchSubsection(
  block: Subsection,
  patches: Map<string, SectionOverlay>,
  added: Field[],
): Subsection {
  const patch = patches.get(block.id);
  patches.delete(block.id);
  let blocks = block.blocks.map((b) => (b.type === 'subsection' ? patchSubsection(b, patches, added) : b));
  if (!patch) return { ...block, blocks };
  const { id, content, ...words } = patch;
  if (content) {
    // The run of template text that opens the section, up to its first field or subsection.
    const end = blocks.findIndex((b) => b.type !== 'markdown' || b.role !== 'structure');
    const run = blocks.slice(0, end === -1 ? blocks.length : end);
    if (run.length === 0) throw new Error(`Section ${block.id}: no text to make a field of`);
    const field: MarkdownField = {
      id: content.id,
      kind: 'markdown',
      label: content.label,
      placeholder: content.placeholder ?? '',
      ...(content.guidance ? { guidance: content.guidance } : {}),
      required: content.required ?? false,
      defaultValue: run.map((b) => (b.type === 'markdown' ? b.markdown : '')).join('\n\n'),
    };
    added.push(field);
    blocks = [{ type: 'field', field: field.id }, ...blocks.slice(run.length)];
  }
  return { ...block, ...words, ...(id ? { id } : {}), blocks };
}

/** The fields with each section's content field placed before the first field that follows it in the document. */
function insertContentFields(
  fields: readonly Field[],
  added: readonly Field[],
  sections: readonly Section[],
): Field[] {
  if (added.length === 0) return [...fields];
  const order = documentOrder(sections);
  const rank = (id: string) => {
    const at = order.indexOf(id);
    return at === -1 ? Number.MAX_SAFE_INTEGER : at;
  };
  const out = [...fields];
  for (const field of added) {
    const next = out.findIndex((f) => rank(f.id) !== Number.MAX_SAFE_INTEGER && rank(f.id) > rank(field.id));
    out.splice(next === -1 ? out.length : next, 0, field);
  }
  return out;
}

function documentOrder(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b) =>
    b.type === 'field' ? [b.field] : b.type === 'subsection' ? documentOrder(b.blocks) : [],
  );
}

function patchField(field: Field, patch: FieldOverlay): Field {
  const {
    columns,
    fields,
    options,
    itemName,
    placeholder,
    freeText,
    minItems,
    pattern,
    titleField,
    formerly,
    ...words
  } = patch;
  let out = { ...withPlaceholder(field, placeholder), ...words } as Field;
  if (itemName !== undefined && 'itemName' in out) out = { ...out, itemName };
  if (minItems !== undefined) {
    if (out.kind !== 'group') throw new Error(`Field ${field.id}: minItems on a ${field.kind} field`);
    out = { ...out, minItems };
  }
  if (formerly !== undefined) {
    if (out.kind !== 'group') throw new Error(`Field ${field.id}: formerly on a ${field.kind} field`);
    out = { ...out, formerly };
  }
  if (pattern !== undefined) {
    if (out.kind !== 'text') throw new Error(`Field ${field.id}: a pattern on a ${field.kind} field`);
    out = { ...out, pattern };
  }
  if (options !== undefined) {
    if (out.kind === 'text') {
      const { pattern: _pattern, ...rest } = out;
      out = { ...rest, kind: 'choice', options };
    } else if (out.kind === 'choice') out = { ...out, options };
    else throw new Error(`Field ${field.id}: options on a ${field.kind} field`);
  }
  if (columns !== undefined) {
    if (out.kind !== 'table') throw new Error(`Field ${field.id}: columns on a ${field.kind} field`);
    out = patchColumns(out, columns);
  }
  if (fields !== undefined || freeText !== undefined || titleField !== undefined) {
    if (out.kind !== 'group') throw new Error(`Field ${field.id}: fields on a ${field.kind} field`);
    out = patchGroup(out, fields ?? {}, freeText);
    if (titleField === false) {
      const { titleField: _title, ...rest } = out;
      out = rest;
    } else if (titleField !== undefined) out = { ...out, titleField };
  }
  return out;
}

/**
 * A new field placeholder, for items added from now on; the template's items keep the placeholder they had
 * (the first of `[Goal 1]`, `[Goal 2]` ... or an example sentence), and lose one that is now the field's.
 */
function withPlaceholder(field: Field, placeholder: string | undefined): Field {
  if (placeholder === undefined || placeholder === field.placeholder) return field;
  if (field.kind === 'list' || field.kind === 'checklist')
    return {
      ...field,
      placeholder,
      initialItems: field.initialItems.map((item) => ({ placeholder: item.placeholder })),
    };
  return { ...field, placeholder };
}

type Row = { placeholders?: Record<string, string>; values?: Record<string, string> };

/**
 * Items with a part's placeholder set for new items: a template item that showed the old one keeps it as its
 * own, one that showed the new one drops it. With options, an item whose placeholder is one of them (`P1`,
 * `Must`) gets it as its value.
 */
function reItems<T extends Row>(
  items: readonly T[],
  key: string,
  before: string,
  after: string,
  options?: readonly string[],
): T[] {
  return items.map((item, i) => {
    const placeholders = { ...item.placeholders };
    const values = { ...item.values };
    const shown = placeholders[key] ?? resolvePlaceholder(before, i + 1);
    if (options?.includes(shown)) {
      values[key] = shown;
      delete placeholders[key];
    } else if (shown === resolvePlaceholder(after, i + 1)) delete placeholders[key];
    else if (before !== after) placeholders[key] = shown;
    const { placeholders: _p, values: _v, ...rest } = item;
    return {
      ...rest,
      ...(Object.keys(values).length > 0 ? { values } : {}),
      ...(Object.keys(placeholders).length > 0 ? { placeholders } : {}),
    } as T;
  });
}

function renameKeys<T extends Row & { counts?: Record<string, number>; items?: Record<string, unknown> }>(
  items: readonly T[],
  map: ReadonlyMap<string, string>,
): T[] {
  const rekey = <V>(record: Record<string, V> | undefined) =>
    record && Object.fromEntries(Object.entries(record).map(([k, v]) => [map.get(k) ?? k, v]));
  return items.map((item) => {
    const out = { ...item };
    for (const part of ['placeholders', 'values', 'counts', 'items'] as const)
      if (item[part]) (out as Record<string, unknown>)[part] = rekey(item[part] as Record<string, unknown>);
    return out;
  });
}

function patchColumns(table: TableField, patches: Readonly<Record<string, ColumnOverlay>>): Field {
  const keys = new Set(table.columns.map((c) => c.key));
  for (const key of Object.keys(patches))
    if (!keys.has(key)) throw new Error(`Field ${table.id}: no column ${key}`);
  let initialItems = [...table.initialItems];
  const columns = table.columns.map((column): TableColumn => {
    const { key: _key, ...patch } = patches[column.key] ?? {};
    const after = patch.placeholder ?? column.placeholder;
    if (patch.placeholder !== undefined || patch.options !== undefined)
      initialItems = reItems(initialItems, column.key, column.placeholder, after, patch.options);
    return { ...column, ...patch };
  });
  const renamed = new Map(
    Object.entries(patches).flatMap(([key, p]) => (p.key && p.key !== key ? [[key, p.key] as const] : [])),
  );
  return {
    ...table,
    columns: columns.map((c) => ({ ...c, key: renamed.get(c.key) ?? c.key })),
    initialItems: renameKeys(initialItems, renamed),
  };
}

function patchGroup(
  group: GroupField,
  patches: Readonly<Record<string, FieldOverlay>>,
  freeText: FieldOverlay['freeText'],
): GroupField {
  const ids = new Set(group.fields.map((f) => f.id));
  for (const id of Object.keys(patches))
    if (!ids.has(id)) throw new Error(`Group ${group.id}: no field ${id}`);
  let initialItems = [...group.initialItems];
  const fields = group.fields.map((field) => {
    const patch = patches[field.id];
    if (!patch) return field;
    if (patch.placeholder !== undefined || patch.options !== undefined)
      initialItems = reItems(
        initialItems,
        field.id,
        field.placeholder,
        patch.placeholder ?? field.placeholder,
        patch.options,
      );
    const { id: _id, ...rest } = patch;
    return patchField(field, rest);
  });
  const renamed = new Map(
    Object.entries(patches).flatMap(([id, p]) => (p.id && p.id !== id ? [[id, p.id] as const] : [])),
  );
  const rename = (id: string) => renamed.get(id) ?? id;
  let layout = group.layout;
  if (layout.type === 'blocks')
    layout = { ...layout, blocks: layout.blocks.map((b) => renameBlockFields(b, renamed)) };
  else layout = { ...layout, patterns: layout.patterns.map((p) => renameSegmentFields(p, renamed)) };
  const all: Field[] = fields.map((f) => ({ ...f, id: rename(f.id) }) as Field);
  if (freeText) {
    if (layout.type !== 'listItem') throw new Error(`Group ${group.id}: free text needs list items`);
    all.push({
      id: freeText.id,
      kind: 'text',
      label: freeText.label,
      placeholder: '',
      ...(freeText.guidance ? { guidance: freeText.guidance } : {}),
      required: false,
    });
    const whole: Segment[] = [{ type: 'field', field: freeText.id }];
    layout = { ...layout, patterns: [...layout.patterns, whole] };
  }
  return {
    ...group,
    fields: all,
    layout,
    ...(group.idField ? { idField: { ...group.idField, field: rename(group.idField.field) } } : {}),
    ...(group.titleField ? { titleField: rename(group.titleField) } : {}),
    initialItems: renameKeys(initialItems, renamed),
  };
}
