import type { List, ListItem, Paragraph, PhrasingContent } from 'mdast';
import type { ChecklistField, Field, GroupField, IdScheme, ListField, Segment } from '../types';
import { alignFields } from './align-items';
import { hasFieldSegment, phrasingToSegments, plainText } from './labelled-lines';
import { IdAllocator, labelFrom } from './naming';
import { findPlaceholders, numberedPlaceholder } from './placeholders';
import { FieldScope } from './scope';

/** The paragraph of each item when the list is tight and every item is one paragraph; undefined otherwise. */
function itemParagraphs(list: List): Paragraph[] | undefined {
  if (list.spread) return undefined;
  const out: Paragraph[] = [];
  for (const item of list.children) {
    const only = item.children[0];
    if (item.spread || item.children.length !== 1 || only?.type !== 'paragraph') return undefined;
    out.push(only);
  }
  return out.length > 0 ? out : undefined;
}

/** One-line plain text of an item, or undefined (formatting, a soft line break). */
function lineText(paragraph: Paragraph): string | undefined {
  const text = plainText(paragraph.children);
  return text === undefined || text.includes('\n') || text.trim() === '' ? undefined : text;
}

/** `CHK001 ...`, `T001 ...`: the id an item starts with. */
const leadingId = /^([A-Z][A-Z0-9]*?-?)(\d+)\b/;

function itemPlaceholder(texts: readonly string[], fallback: string): string {
  const numbered = numberedPlaceholder(texts);
  if (numbered) return numbered;
  const first = texts[0] ? leadingId.exec(texts[0]) : null;
  if (first && texts.every((t) => t.startsWith(first[1]!)))
    return `${first[1]}${first[2]!.length === 3 ? '{nnn}' : '{n}'} [${fallback}]`;
  return `[${fallback} {n}]`;
}

/**
 * A list as a field, when the writer writes it back the same (tight, one plain line per item):
 * - a task list, all unchecked: a checklist, the items' text as their placeholders;
 * - a bullet list of placeholders: a list field;
 * - items that start with a bold id or label (`**FR-001**: ...`, `**[Entity 1]**: ...`) or repeat one pattern of
 *   placeholders (`**Given** [state], **When** ...`): a repeatable group written as list items, numbered by its id
 *   scheme when the ids run 1, 2, 3 ...
 * Undefined for any other list (kept as template text).
 */
export function compileList(list: List, scope: FieldScope, label: string): Field | undefined {
  const paragraphs = itemParagraphs(list);
  if (!paragraphs) return undefined;
  const checked = list.children.map((item: ListItem) => item.checked);
  if (checked.some((c) => c !== null && c !== undefined)) {
    if (list.ordered || checked.some((c) => c !== false)) return undefined;
    const texts = paragraphs.map(lineText);
    if (texts.some((t) => t === undefined)) return undefined;
    const itemName = 'item';
    return scope.add(
      label,
      (id): ChecklistField => ({
        id,
        kind: 'checklist',
        label,
        itemName,
        placeholder: itemPlaceholder(texts as string[], 'Item'),
        required: false,
        initialItems: (texts as string[]).map((placeholder) => ({ placeholder })),
      }),
    );
  }
  const texts = paragraphs.map(lineText);
  if (!list.ordered && texts.every((t) => t !== undefined && findPlaceholders(t).some((m) => !m.number))) {
    return scope.add(
      label,
      (id): ListField => ({
        id,
        kind: 'list',
        label,
        itemName: singular(label),
        placeholder: numberedPlaceholder(texts as string[]) ?? `[${singular(label, true)} {n}]`,
        required: false,
        initialItems: (texts as string[]).map((placeholder) => ({ placeholder })),
      }),
    );
  }
  if (list.ordered && list.start !== 1) return undefined;
  return (
    idItems(paragraphs, list.ordered === true, scope, label) ?? patternItems(paragraphs, list, scope, label)
  );
}

function singular(label: string, capital = false): string {
  const word = label.replace(/ies$/, 'y').replace(/(?<!s)s$/, '');
  return capital ? word : word.toLowerCase();
}

/** `**FR-001**: text` items: an id (bold), a separator, the rest of the line as one field. */
function idItems(
  paragraphs: Paragraph[],
  ordered: boolean,
  scope: FieldScope,
  label: string,
): Field | undefined {
  const parts = paragraphs.map((p) => {
    const [strong, rest, ...more] = p.children;
    if (strong?.type !== 'strong' || rest?.type !== 'text' || more.length > 0) return undefined;
    const ref = plainText(strong.children);
    const split = /^(:\s*|\s+-\s+|\s+)(\S[^\n]*)$/.exec(rest.value);
    if (ref === undefined || !split || ref.includes('\n')) return undefined;
    return { ref, separator: split[1]!, text: split[2]! };
  });
  if (parts.some((p) => p === undefined)) return undefined;
  const items = parts as { ref: string; separator: string; text: string }[];
  if (items.some((i) => i.separator !== items[0]!.separator)) return undefined;
  const scheme = idScheme(items.map((i) => i.ref));
  // Bold labels with no placeholder anywhere are the template's own text (a team's policy list), not a form.
  if (!scheme && !items.some((i) => findPlaceholders(`${i.ref} ${i.text}`).length > 0)) return undefined;
  const numberedName = scheme ? undefined : numberedPlaceholder(items.map((i) => i.ref));
  const refLabel = scheme ? 'ID' : labelFrom((numberedName ?? items[0]!.ref).replace(/\s*\{n\}/, ''));
  const itemName = singular(label);
  const group: GroupField = {
    id: '',
    kind: 'group',
    label,
    itemName,
    placeholder: '',
    required: false,
    fields: [
      {
        id: scheme ? 'ref' : 'name',
        kind: 'text',
        label: refLabel,
        placeholder: scheme
          ? `${scheme.prefix}${scheme.digits === 3 ? '{nnn}' : '{n}'}`
          : (numberedName ?? items[0]!.ref),
        required: true,
      },
      {
        id: 'text',
        kind: 'text',
        label: scheme ? label : 'Description',
        placeholder: items[0]!.text,
        required: true,
      },
    ],
    ...(scheme ? { idField: { field: 'ref', scheme } } : { titleField: 'name' }),
    layout: {
      type: 'listItem',
      ordered,
      patterns: [
        [
          { type: 'strong', children: [{ type: 'field', field: scheme ? 'ref' : 'name' }] },
          { type: 'text', value: items[0]!.separator },
          { type: 'field', field: 'text' },
        ],
      ],
    },
    // Each item's own placeholders, where they are not the field's (the first item's, or the numbered pattern).
    initialItems: items.map((item, i) => {
      const placeholders: Record<string, string> = {};
      if (i > 0 && item.text !== items[0]!.text) placeholders.text = item.text;
      if (!scheme && !numberedName && i > 0 && item.ref !== items[0]!.ref) placeholders.name = item.ref;
      return Object.keys(placeholders).length > 0 ? { placeholders } : {};
    }),
  };
  return scope.add(label, (id) => ({ ...group, id }), 'items');
}

/** An id scheme when the ids are `prefix` + 1, 2, 3 ... of one width. */
export function idScheme(refs: readonly string[]): IdScheme | undefined {
  const parsed = refs.map((r) => /^([A-Za-z][A-Za-z0-9]*?[-_.]?|)(\d+)$/.exec(r));
  const first = parsed[0];
  if (!first) return undefined;
  const prefix = first[1]!;
  const digits = first[2]!.length;
  const ok = parsed.every(
    (m, i) => m && m[1] === prefix && m[2]!.length === digits && Number(m[2]) === i + 1,
  );
  if (!ok || digits > 9) return undefined;
  const escaped = prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { prefix, digits, regex: `^${escaped}\\d${digits === 1 ? '+' : `{${digits},}`}$` };
}

/**
 * Items that repeat one pattern of placeholders (`**Given** [state], **When** ...`): one field per placeholder,
 * each item's own placeholders kept as its. Numbered lines of plain text whose wording varies (`1. WHEN [event]
 * THE SYSTEM SHALL ...`, `2. IF ...`) are one text field per item instead.
 */
function patternItems(
  paragraphs: Paragraph[],
  list: List,
  scope: FieldScope,
  label: string,
): Field | undefined {
  const lines = paragraphs.map(lineText);
  if (
    list.ordered &&
    lines.every((l) => l !== undefined) &&
    lines.some((l) => findPlaceholders(l!).length > 0)
  )
    return lineItems(lines as string[], scope, label);
  const compiled = paragraphs.map((p) => {
    const item = new FieldScope(new IdAllocator());
    const segments = phrasingToSegments(p.children as PhrasingContent[], item);
    return segments && hasFieldSegment(segments) ? { fields: item.fields, parts: [segments] } : undefined;
  });
  if (compiled.some((c) => c === undefined)) return undefined;
  const first = compiled[0]!;
  const aligned = compiled.map((c) => alignFields(c!, first));
  if (aligned.some((c) => c === undefined)) return undefined;
  const items = aligned as { fields: Field[]; parts: Segment[][] }[];
  const shape = (c: { parts: Segment[][]; fields: Field[] }) =>
    JSON.stringify([c.parts, c.fields.map((f) => ({ ...f, placeholder: '' }))]);
  if (items.some((c) => shape(c) !== shape(items[0]!))) return undefined;
  return scope.add(
    label,
    (id): GroupField => ({
      id,
      kind: 'group',
      label,
      itemName: singular(label),
      placeholder: '',
      required: false,
      fields: first.fields,
      ...titleOf(first.fields),
      layout: { type: 'listItem', ordered: list.ordered === true, patterns: [first.parts[0]!] },
      initialItems: items.map((c) => {
        const placeholders: Record<string, string> = {};
        c.fields.forEach((f, i) => {
          if (f.placeholder !== first.fields[i]!.placeholder) placeholders[f.id] = f.placeholder;
        });
        return Object.keys(placeholders).length > 0 ? { placeholders } : {};
      }),
    }),
    'items',
  );
}

function titleOf(fields: readonly Field[]): { titleField?: string } {
  const title = fields.find((f) => f.kind === 'text');
  return title ? { titleField: title.id } : {};
}

/** One text field per numbered line, the line its placeholder. */
function lineItems(lines: string[], scope: FieldScope, label: string): Field {
  const name = singular(label);
  return scope.add(
    label,
    (id): GroupField => ({
      id,
      kind: 'group',
      label,
      itemName: name,
      placeholder: '',
      required: false,
      fields: [
        { id: 'text', kind: 'text', label: singular(label, true), placeholder: lines[0]!, required: true },
      ],
      titleField: 'text',
      layout: { type: 'listItem', ordered: true, patterns: [[{ type: 'field', field: 'text' }]] },
      initialItems: lines.map((line) => (line === lines[0] ? {} : { placeholders: { text: line } })),
    }),
    'items',
  );
}
