import type { Field } from '../template/types';
import { emptyValue } from './create-document';

/**
 * A document made under another version of its template, fitted to the template as it is now, before it is
 * validated: a field the template gained is empty (in items of groups and rows of tables too), and the content of a
 * field it lost is kept as additional content (anchor `removed_<field id>`: shown on the last step, written at the
 * end of the document). An old draft opens, and nothing typed is lost or silently dropped by the schema.
 * Anything that is not a document, or shares no field with the template, is returned as it is, for the schema to
 * reject.
 */
export function fitToTemplate(
  input: unknown,
  template: { fields: readonly Field[] },
  codeBlock: (value: unknown) => string,
): unknown {
  if (!isRecord(input) || !isRecord(input.fields)) return input;
  const known = new Set(template.fields.map((field) => field.id));
  // Values that share no field with the template are not a version of it: left for the schema to reject.
  if (!Object.keys(input.fields).some((id) => known.has(id))) return input;
  const fields: Record<string, unknown> = { ...input.fields };
  // Left as it is (even missing, for the schema to reject) unless a removed field's content joins it.
  let additional = input.additional;
  let changed = false;
  // Fields of an earlier version that a group took over: their values are its items, not removed content.
  const absorbed = new Set<string>();
  for (const field of template.fields) {
    const value =
      fields[field.id] === undefined
        ? (formerItems(field, input.fields, absorbed) ?? emptyValue(field))
        : fitValue(field, fields[field.id]);
    if (value !== fields[field.id]) {
      fields[field.id] = value;
      changed = true;
    }
  }
  for (const [id, value] of Object.entries(input.fields)) {
    if (known.has(id) || value === undefined) continue;
    delete fields[id];
    changed = true;
    if (absorbed.has(id)) continue;
    const markdown = removedFieldMarkdown(value, codeBlock);
    if (markdown !== '')
      additional = { ...(isRecord(additional) ? additional : {}), [`removed_${id}`]: markdown };
  }
  let origin = input.origin;
  // What a file opened earlier read: the same fields, so that comparing with it still means "unchanged".
  if (isRecord(origin) && isRecord(origin.fields)) {
    const originFields: Record<string, unknown> = {};
    for (const field of template.fields) {
      const value = origin.fields[field.id];
      originFields[field.id] =
        value === undefined
          ? (formerItems(field, origin.fields, new Set()) ?? emptyValue(field))
          : fitValue(field, value);
    }
    if (
      Object.keys(origin.fields).some(
        (id) =>
          !known.has(id) || originFields[id] !== (origin as { fields: Record<string, unknown> }).fields[id],
      )
    ) {
      origin = { ...origin, fields: originFields };
      changed = true;
    }
  }
  if (!changed) return input;
  return {
    ...input,
    fields,
    ...(additional === undefined ? {} : { additional }),
    ...(origin === undefined ? {} : { origin }),
  };
}

/**
 * A group's items made of the fields an earlier version had in its place (`formerly`: the checklist's first and
 * second category were fixed fields), their ids added to `absorbed`; undefined when the document has none of them.
 */
function formerItems(
  field: Field,
  values: Record<string, unknown>,
  absorbed: Set<string>,
): unknown[] | undefined {
  if (field.kind !== 'group' || !field.formerly) return undefined;
  const former = field.formerly;
  if (!former.some((item) => Object.values(item).some((id) => values[id] !== undefined))) return undefined;
  return former.map((item) => {
    const taken: Record<string, unknown> = {};
    for (const [inner, id] of Object.entries(item)) {
      if (values[id] === undefined) continue;
      taken[inner] = values[id];
      absorbed.add(id);
    }
    return fitItem(field.fields, taken);
  });
}

/** `value` with what its field's items lack filled in (the same object when nothing lacks). */
function fitValue(field: Field, value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  if (field.kind === 'group')
    return mapChanged(value, (item) => (isRecord(item) ? fitItem(field.fields, item) : item));
  if (field.kind === 'table')
    return mapChanged(value, (row) => {
      if (!isRecord(row)) return row;
      const missing = field.columns.filter((column) => row[column.key] === undefined);
      if (missing.length === 0) return row;
      return { ...row, ...Object.fromEntries(missing.map((column) => [column.key, ''])) };
    });
  return value;
}

function fitItem(inner: readonly Field[], item: Record<string, unknown>): Record<string, unknown> {
  let out = item;
  for (const field of inner) {
    const value = item[field.id] === undefined ? emptyValue(field) : fitValue(field, item[field.id]);
    if (value !== item[field.id]) out = { ...out, [field.id]: value };
  }
  return out;
}

function mapChanged(items: unknown[], map: (item: unknown) => unknown): unknown[] {
  const mapped = items.map(map);
  return mapped.some((item, index) => item !== items[index]) ? mapped : items;
}

/**
 * A removed field's content as Markdown: text as it was typed; anything else as its JSON, in a code block (made by
 * `codeBlock`, the writer's: passed in so that fitting text needs no Markdown code).
 */
function removedFieldMarkdown(value: unknown, codeBlock: (value: unknown) => string): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.length === 0) return '';
  return codeBlock(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
