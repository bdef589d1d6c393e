import { z } from 'zod';
import type { Block, Field, GroupLayout, Segment, TemplateDescription } from './types';

/**
 * The zod schema of a template description, for descriptions that come from outside the code (a compiled template,
 * a stored user template, a description carried by a draft). Descriptions are plain JSON: patterns are strings,
 * checked here as regular expressions. Sizes are bounded so that a hostile file cannot make the form or the writer
 * do unbounded work.
 */

/** Bounds on a description. Generous for real templates (the feature spec has ~60 fields, ~90 blocks). */
export const descriptionLimits = {
  /** Nesting of JSON arrays and objects, checked before zod recurses. */
  jsonDepth: 64,
  /** Groups inside groups (acceptance scenarios inside a user story is 2). */
  groupDepth: 4,
  /** Subsections inside subsections. */
  subsectionDepth: 6,
  /** Fields in the whole description, group items included. */
  fields: 1000,
  /** Blocks and segments in the whole description. */
  nodes: 20_000,
  /** Items in any one array (options, initial items, columns ...). */
  arrayItems: 500,
  /** Characters of a regular expression. */
  pattern: 500,
  /** Characters of a label, placeholder, title. */
  shortText: 2_000,
  /** Characters of guidance or template Markdown. */
  longText: 100_000,
} as const;

const L = descriptionLimits;

/** A JavaScript identifier (used in form paths such as `userStories.0.title`). */
const identifier = z
  .string()
  .max(64)
  .regex(/^[A-Za-z_$][\w$]*$/, 'must be an identifier: letters, digits, _ or $, not starting with a digit');

/** A template id: lower case words joined by hyphens (`technical-spec`); it appears in URLs. */
export const templateIdSchema = z
  .string()
  .max(64)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower case letters, digits and hyphens');

const short = z.string().max(L.shortText);
const long = z.string().max(L.longText);
const list = <T extends z.ZodType>(item: T) => z.array(item).max(L.arrayItems);

function isRegex(source: string): boolean {
  try {
    new RegExp(source, 'u');
    return true;
  } catch {
    return false;
  }
}

const regexSource = z.string().max(L.pattern).refine(isRegex, 'is not a valid regular expression');

const idSchemeSchema = z.strictObject({
  prefix: z.string().max(32),
  digits: z.number().int().min(1).max(9),
  regex: z.union([z.literal(''), regexSource]),
});

const fieldBase = {
  id: identifier,
  label: short,
  placeholder: short,
  guidance: long.optional(),
  required: z.boolean(),
  aliases: list(short).optional(),
  // Set by the roles work (see types.ts); accepted here so the schema does not reject it.
  role: z.string().max(64).optional(),
};

const itemsPlaceholder = list(z.strictObject({ placeholder: short }));
const stringRecord = z.record(z.string().max(64), short);

const segmentSchema: z.ZodType<Segment> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('text'), value: long }),
    z.strictObject({ type: z.literal('field'), field: identifier, placeholder: short.optional() }),
    z.strictObject({ type: z.literal('strong'), children: list(segmentSchema) }),
    z.strictObject({ type: z.literal('emphasis'), children: list(segmentSchema) }),
    z.strictObject({ type: z.literal('inlineCode'), field: identifier }),
    z.strictObject({ type: z.literal('break') }),
  ]),
) as z.ZodType<Segment>;

const roleSchema = z.enum(['structure', 'guidance']).optional();
const subsectionFields = {
  type: z.literal('subsection'),
  id: identifier,
  title: short,
  number: z.string().max(32).optional(),
  note: z.strictObject({ text: short, style: z.enum(['emphasis', 'plain']) }).optional(),
  required: z.boolean(),
  aliases: list(short).optional(),
  titleField: z.strictObject({ field: identifier, placeholder: short }).optional(),
  blocks: z.lazy(() => list(blockSchema)),
};

const subsectionSchema = z.strictObject({
  ...subsectionFields,
  depth: z.union([z.literal(2), z.literal(3), z.literal(4)]),
});

const blockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion('type', [
    z.strictObject({
      type: z.literal('heading'),
      depth: z.number().int().min(1).max(6),
      content: list(segmentSchema),
      role: roleSchema,
    }),
    z.strictObject({ type: z.literal('paragraph'), content: list(segmentSchema), role: roleSchema }),
    z.strictObject({ type: z.literal('field'), field: identifier }),
    z.strictObject({ type: z.literal('markdown'), markdown: long, role: roleSchema }),
    z.strictObject({ type: z.literal('thematicBreak') }),
    subsectionSchema,
  ]),
) as z.ZodType<Block>;

const layoutSchema: z.ZodType<GroupLayout> = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('blocks'),
    blocks: list(blockSchema),
    separator: z.literal('thematicBreak').optional(),
  }),
  z.strictObject({
    type: z.literal('listItem'),
    ordered: z.boolean(),
    patterns: list(list(segmentSchema)).min(1),
  }),
]) as z.ZodType<GroupLayout>;

const columnSchema = z.strictObject({
  key: identifier.refine((key) => key !== 'id', 'must not be `id` (form arrays reserve it)'),
  label: short,
  placeholder: short,
  required: z.boolean(),
  options: list(short).optional(),
  id: idSchemeSchema.optional(),
  aliases: list(short).optional(),
  role: z.string().max(64).optional(),
});

const fieldSchema: z.ZodType<Field> = z.lazy(() =>
  z.discriminatedUnion('kind', [
    z.strictObject({
      ...fieldBase,
      kind: z.literal('text'),
      defaultValue: long.optional(),
      pattern: z.strictObject({ regex: regexSource, message: short }).optional(),
    }),
    z.strictObject({ ...fieldBase, kind: z.literal('markdown'), defaultValue: long.optional() }),
    z.strictObject({
      ...fieldBase,
      kind: z.literal('choice'),
      options: list(short),
      defaultValue: short.optional(),
    }),
    z.strictObject({ ...fieldBase, kind: z.literal('date'), iso: z.boolean().optional() }),
    z.strictObject({ ...fieldBase, kind: z.literal('code'), defaultValue: long.optional() }),
    z.strictObject({
      ...fieldBase,
      kind: z.literal('list'),
      itemName: short,
      initialItems: itemsPlaceholder,
    }),
    z.strictObject({
      ...fieldBase,
      kind: z.literal('checklist'),
      itemName: short,
      initialItems: itemsPlaceholder,
    }),
    z.strictObject({
      ...fieldBase,
      kind: z.literal('table'),
      itemName: short,
      columns: list(columnSchema).min(1),
      initialItems: list(
        z.strictObject({ placeholders: stringRecord.optional(), values: stringRecord.optional() }),
      ),
    }),
    z.strictObject({
      ...fieldBase,
      kind: z.literal('group'),
      itemName: short,
      fields: list(fieldSchema).min(1),
      idField: z.strictObject({ field: identifier, scheme: idSchemeSchema }).optional(),
      titleField: identifier.optional(),
      layout: layoutSchema,
      initialItems: list(
        z.strictObject({
          placeholders: stringRecord.optional(),
          values: stringRecord.optional(),
          counts: z.record(z.string().max(64), z.number().int().min(0).max(L.arrayItems)).optional(),
          items: z.record(z.string().max(64), itemsPlaceholder).optional(),
        }),
      ),
      minItems: z.number().int().min(0).max(L.arrayItems).optional(),
      formerly: list(stringRecord).optional(),
    }),
  ]),
) as z.ZodType<Field>;

const frontMatterSchema = z.strictObject({
  keys: list(
    z.union([
      z.strictObject({
        key: z.string().min(1).max(200),
        field: identifier,
        optional: z.boolean().optional(),
        quoted: z.boolean().optional(),
      }),
      z.strictObject({ key: z.string().min(1).max(200), const: short }),
    ]),
  ),
});

/** The shape of a description (kinds, lengths, patterns); references are checked by `parseTemplateDescription`. */
export const templateDescriptionShapeSchema = z.strictObject({
  id: templateIdSchema,
  name: z.string().min(1).max(200),
  version: z.union([z.number().int().min(0).max(1_000_000_000), z.string().min(1).max(64)]).optional(),
  summary: short,
  fields: list(fieldSchema),
  frontMatter: frontMatterSchema.optional(),
  header: z.strictObject({
    id: z.literal('header'),
    title: short,
    blocks: list(blockSchema),
    fields: list(identifier),
  }),
  sections: list(subsectionSchema.extend({ depth: z.literal(2), description: short.optional() })),
  sectionSeparator: z.literal('thematicBreak').optional(),
  footer: z.strictObject({ lines: list(list(segmentSchema)) }).optional(),
  titleField: identifier,
  // Set by the checks work (see types.ts): accepted as data, validated by its owner.
  checks: z.unknown().optional(),
});

/** The result of checking a description: the description, or messages saying what is wrong and where. */
export type DescriptionResult =
  | { ok: true; description: TemplateDescription }
  | { ok: false; messages: string[] };

/**
 * Checks a value that claims to be a template description: its JSON nesting, its shape (zod), then that every id
 * is unique where it must be and every field reference resolves, with bounded sizes. Never throws.
 */
export function parseTemplateDescription(value: unknown): DescriptionResult {
  if (exceedsDepth(value, L.jsonDepth))
    return { ok: false, messages: [`nested more than ${L.jsonDepth} deep`] };
  const shape = templateDescriptionShapeSchema.safeParse(value);
  if (!shape.success) {
    return {
      ok: false,
      messages: shape.error.issues.slice(0, 20).map((issue) => `${formatPath(issue.path)}${issue.message}`),
    };
  }
  const description = shape.data as unknown as TemplateDescription;
  const messages = referenceProblems(description);
  return messages.length > 0 ? { ok: false, messages } : { ok: true, description };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '' : `${path.map(String).join('.')}: `;
}

/** True when arrays and objects nest deeper than `max` (checked without recursion). */
function exceedsDepth(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return false;
}

/** What the schema cannot say: unique ids, resolvable references, bounded nesting and totals. */
function referenceProblems(description: TemplateDescription): string[] {
  const problems: string[] = [];
  const counts = { fields: 0, nodes: 0 };
  const topIds = uniqueIds(description.fields, 'fields', problems);
  for (const field of description.fields) checkField(field, 'fields', 1, counts, problems);

  const headerScope = { ids: topIds, where: 'header' };
  checkBlocks(description.header.blocks, headerScope, 0, counts, problems);
  for (const id of description.header.fields) {
    if (!topIds.has(id)) problems.push(`header.fields: no field "${id}"`);
  }
  checkBlocks(description.sections, { ids: topIds, where: 'sections' }, 0, counts, problems);
  for (const entry of description.frontMatter?.keys ?? []) {
    if ('field' in entry && !topIds.has(entry.field))
      problems.push(`frontMatter: key "${entry.key}" refers to no field "${entry.field}"`);
  }
  for (const line of description.footer?.lines ?? [])
    checkSegments(line, { ids: topIds, where: 'footer' }, counts, problems);
  if (!topIds.has(description.titleField)) problems.push(`titleField: no field "${description.titleField}"`);

  const anchors = new Set<string>(['start']);
  const visit = (blocks: readonly Block[]) => {
    for (const block of blocks) {
      if (block.type !== 'subsection') continue;
      if (anchors.has(block.id) || topIds.has(block.id))
        problems.push(`subsection "${block.id}": id used twice (by a subsection, a field or "start")`);
      anchors.add(block.id);
      visit(block.blocks);
    }
  };
  visit(description.sections);
  visit(description.header.blocks);

  if (counts.fields > L.fields) problems.push(`more than ${L.fields} fields`);
  if (counts.nodes > L.nodes) problems.push(`more than ${L.nodes} blocks and segments`);
  return problems.slice(0, 20);
}

interface RefScope {
  ids: ReadonlySet<string>;
  where: string;
}

function uniqueIds(fields: readonly Field[], where: string, problems: string[]): Set<string> {
  const ids = new Set<string>();
  for (const field of fields) {
    if (ids.has(field.id)) problems.push(`${where}: field id "${field.id}" used twice`);
    ids.add(field.id);
  }
  return ids;
}

function checkField(
  field: Field,
  where: string,
  groupDepth: number,
  counts: { fields: number; nodes: number },
  problems: string[],
): void {
  counts.fields += 1;
  const here = `${where}.${field.id}`;
  if (field.kind === 'table') {
    const keys = new Set<string>();
    for (const column of field.columns) {
      if (keys.has(column.key)) problems.push(`${here}: column key "${column.key}" used twice`);
      keys.add(column.key);
    }
    return;
  }
  if (field.kind !== 'group') return;
  if (groupDepth > L.groupDepth) {
    problems.push(`${here}: groups nested more than ${L.groupDepth} deep`);
    return;
  }
  const ids = uniqueIds(field.fields, here, problems);
  for (const inner of field.fields) checkField(inner, here, groupDepth + 1, counts, problems);
  const scope = { ids, where: `${here}.layout` };
  if (field.layout.type === 'blocks') checkBlocks(field.layout.blocks, scope, 0, counts, problems);
  else for (const pattern of field.layout.patterns) checkSegments(pattern, scope, counts, problems);
  if (field.idField && !ids.has(field.idField.field))
    problems.push(`${here}.idField: no field "${field.idField.field}" in the item`);
  if (field.titleField && !ids.has(field.titleField))
    problems.push(`${here}.titleField: no field "${field.titleField}" in the item`);
  for (const initial of field.initialItems) {
    for (const key of Object.keys(initial.counts ?? {})) {
      if (!field.fields.some((f) => f.id === key && f.kind === 'group'))
        problems.push(`${here}.initialItems: counts "${key}", which is not a group of the item`);
    }
    for (const key of Object.keys(initial.items ?? {})) {
      if (!field.fields.some((f) => f.id === key && (f.kind === 'list' || f.kind === 'checklist')))
        problems.push(`${here}.initialItems: items "${key}", which is not a list or checklist of the item`);
    }
  }
  for (const former of field.formerly ?? []) {
    for (const key of Object.keys(former)) {
      if (!ids.has(key)) problems.push(`${here}.formerly: "${key}", which is not a field of the item`);
    }
  }
}

function checkBlocks(
  blocks: readonly Block[],
  scope: RefScope,
  subsectionDepth: number,
  counts: { fields: number; nodes: number },
  problems: string[],
): void {
  for (const block of blocks) {
    counts.nodes += 1;
    switch (block.type) {
      case 'heading':
      case 'paragraph':
        checkSegments(block.content, scope, counts, problems);
        break;
      case 'field':
        if (!scope.ids.has(block.field)) problems.push(`${scope.where}: refers to no field "${block.field}"`);
        break;
      case 'subsection':
        if (subsectionDepth >= L.subsectionDepth) {
          problems.push(`${scope.where}: subsections nested more than ${L.subsectionDepth} deep`);
          break;
        }
        if (block.titleField) {
          if (!scope.ids.has(block.titleField.field))
            problems.push(`${scope.where}: refers to no field "${block.titleField.field}"`);
          if (!block.title.includes(block.titleField.placeholder))
            problems.push(
              `${scope.where}: the title "${block.title}" has no "${block.titleField.placeholder}"`,
            );
        }
        checkBlocks(block.blocks, scope, subsectionDepth + 1, counts, problems);
        break;
      default:
        break;
    }
  }
}

function checkSegments(
  segments: readonly Segment[],
  scope: RefScope,
  counts: { fields: number; nodes: number },
  problems: string[],
): void {
  for (const segment of segments) {
    counts.nodes += 1;
    if ((segment.type === 'field' || segment.type === 'inlineCode') && !scope.ids.has(segment.field))
      problems.push(`${scope.where}: refers to no field "${segment.field}"`);
    if (segment.type === 'strong' || segment.type === 'emphasis')
      checkSegments(segment.children, scope, counts, problems);
  }
}
