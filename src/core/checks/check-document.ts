import type { z } from 'zod';
import type { FieldValue, GroupItem, SpecDocument } from '../document/spec-document';
import { specDocumentSchema } from '../document/spec-document';
import { kindOf } from '../fields/field-kinds';
import type { Field, GroupField, IdScheme, TableField, TemplateDescription } from '../template/types';

/** How serious an issue is: errors are what the template forbids, warnings what its tooling advises against. */
export type IssueSeverity = 'error' | 'warning';

/** What kind of rule an issue breaks. */
export type IssueCode =
  | 'required'
  | 'pattern'
  | 'date'
  | 'idFormat'
  | 'duplicateId'
  | 'minItems'
  | 'clarifications';

/** One problem found in a document. */
export interface DocumentIssue {
  /** Dotted path of the value, as form field names are written: `fields.userStories.0.scenarios.1.given`. */
  path: string;
  /** The top-level field the value belongs to (to find its section). */
  fieldId: string;
  code: IssueCode;
  severity: IssueSeverity;
  /** Short message, shown at the field. */
  message: string;
  /** Where the value is, in the template's words ("User story 2, acceptance scenario 1: Given"), for summaries. */
  where: string;
}

/**
 * The feature template's limit of `[NEEDS CLARIFICATION` markers (its tooling says so). Checks read each
 * template's own limit, `template.checks.maxClarifications`; this is the value the shipped templates set.
 */
export const maxClarifications = 3;

const clarificationMarker = '[NEEDS CLARIFICATION';
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

interface Context {
  issues: DocumentIssue[];
  fieldId: string;
}

/**
 * Every issue of a document, in document order of its fields: required values left empty, values not in the
 * format their field or id scheme asks for, duplicate ids, groups with too few items, and more
 * `[NEEDS CLARIFICATION` markers than the template allows (a warning). Pure and cheap; never throws on a well-shaped document.
 *
 * Rows and items that are still untouched (only their assigned id, pre-set choices or nothing) are not checked
 * field by field: they are the template's own placeholders, written as such.
 */
export function checkDocument(template: TemplateDescription, doc: SpecDocument): DocumentIssue[] {
  const issues: DocumentIssue[] = [];
  for (const field of template.fields) {
    const ctx: Context = { issues, fieldId: field.id };
    checkField(ctx, field, doc.fields[field.id], `fields.${field.id}`, '', true);
  }
  checkClarifications(template, doc, issues);
  return issues;
}

function checkField(
  ctx: Context,
  field: Field,
  value: FieldValue | undefined,
  path: string,
  where: string,
  enforceRequired: boolean,
): void {
  const place = where ? `${where}: ${field.label}` : field.label;
  const add = (code: IssueCode, message: string, at = path, severity: IssueSeverity = 'error') =>
    ctx.issues.push({ path: at, fieldId: ctx.fieldId, code, severity, message, where: place });
  kindOf(field).check(field, value, {
    path,
    where,
    place,
    enforceRequired,
    add: (code, message) => add(code, message),
    table: (table, rows) => checkTable(ctx, table, rows, path, place, enforceRequired),
    group: (group, items) => checkGroup(ctx, group, items, path, where, place, enforceRequired),
  });
}

function checkTable(
  ctx: Context,
  field: TableField,
  value: FieldValue | undefined,
  path: string,
  place: string,
  enforceRequired: boolean,
): void {
  const rows = Array.isArray(value) ? (value as Record<string, unknown>[]) : [];
  const freeColumns = field.columns.filter((c) => !c.id && !c.options);
  const started = rows.map((row) => freeColumns.some((c) => cellText(row, c.key) !== ''));
  if (field.required && enforceRequired && !started.some(Boolean))
    ctx.issues.push({
      path,
      fieldId: ctx.fieldId,
      code: 'required',
      severity: 'error',
      message: `Write at least one ${field.itemName}.`,
      where: place,
    });
  rows.forEach((row, index) => {
    const rowWhere = `${capitalize(field.itemName)} ${index + 1}`;
    for (const column of field.columns) {
      const text = cellText(row, column.key);
      const at = `${path}.${index}.${column.key}`;
      const add = (code: IssueCode, message: string) =>
        ctx.issues.push({
          path: at,
          fieldId: ctx.fieldId,
          code,
          severity: 'error',
          message,
          where: `${rowWhere}: ${column.label}`,
        });
      if (!text) {
        if (column.required && started[index]) add('required', `${column.label} is required.`);
      } else if (column.id && !new RegExp(column.id.regex).test(text)) {
        add('idFormat', idFormatMessage(column.id));
      }
    }
  });
  for (const column of field.columns) {
    if (!column.id) continue;
    flagDuplicates(
      ctx,
      rows.map((row) => cellText(row, column.key)),
      (index) => `${path}.${index}.${column.key}`,
      (index) => `${capitalize(field.itemName)} ${index + 1}: ${column.label}`,
    );
  }
}

function checkGroup(
  ctx: Context,
  group: GroupField,
  value: FieldValue | undefined,
  path: string,
  where: string,
  place: string,
  enforceRequired: boolean,
): void {
  const items = Array.isArray(value) ? (value as GroupItem[]) : [];
  const started = items.map((item) => isItemStarted(group, item));
  const add = (code: IssueCode, message: string) =>
    ctx.issues.push({ path, fieldId: ctx.fieldId, code, severity: 'error', message, where: place });
  if (group.minItems && items.length < group.minItems) {
    const owner = where ? `${where} has` : 'Add';
    add(
      'minItems',
      where
        ? `${owner} no ${group.itemName}: add at least ${group.minItems}.`
        : `${owner} at least ${group.minItems} ${group.itemName}.`,
    );
  } else if (group.required && enforceRequired && !started.some(Boolean)) {
    add('required', `Write at least one ${group.itemName}.`);
  }
  items.forEach((item, index) => {
    const itemWhere = `${where ? `${where}, ` : ''}${where ? group.itemName : capitalize(group.itemName)} ${index + 1}`;
    for (const field of group.fields) {
      const at = `${path}.${index}.${field.id}`;
      // Nested groups are checked whether or not the item is started: a story with no scenario is always wrong.
      checkField(ctx, field, item[field.id], at, itemWhere, Boolean(started[index]));
    }
    const idField = group.idField;
    if (idField) {
      const id = stringValue(item[idField.field]);
      if (id && !new RegExp(idField.scheme.regex).test(id)) {
        ctx.issues.push({
          path: `${path}.${index}.${idField.field}`,
          fieldId: ctx.fieldId,
          code: 'idFormat',
          severity: 'error',
          message: idFormatMessage(idField.scheme),
          where: `${itemWhere}: ${labelOf(group, idField.field)}`,
        });
      }
    }
  });
  if (group.idField) {
    const idKey = group.idField.field;
    flagDuplicates(
      ctx,
      items.map((item) => stringValue(item[idKey])),
      (index) => `${path}.${index}.${idKey}`,
      (index) =>
        `${where ? `${where}, ${group.itemName}` : capitalize(group.itemName)} ${index + 1}: ${labelOf(group, idKey)}`,
    );
  }
}

/** An item is started when one of its own free-text fields (not its id, not a choice) holds something. */
function isItemStarted(group: GroupField, item: GroupItem): boolean {
  return group.fields.some((field) => {
    if (field.id === group.idField?.field || field.kind === 'choice' || field.kind === 'group') return false;
    return hasText(item[field.id]);
  });
}

function hasText(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.some(hasText);
  if (value && typeof value === 'object') return Object.values(value).some(hasText);
  return false;
}

function flagDuplicates(
  ctx: Context,
  ids: readonly string[],
  pathOf: (index: number) => string,
  whereOf: (index: number) => string,
): void {
  const seen = new Map<string, number[]>();
  ids.forEach((id, index) => {
    if (!id) return;
    seen.set(id, [...(seen.get(id) ?? []), index]);
  });
  for (const [id, indexes] of seen) {
    if (indexes.length < 2) continue;
    for (const index of indexes) {
      ctx.issues.push({
        path: pathOf(index),
        fieldId: ctx.fieldId,
        code: 'duplicateId',
        severity: 'error',
        message: `${id} is used ${indexes.length} times: each ID must be unique.`,
        where: whereOf(index),
      });
    }
  }
}

/** Warns at every marker past the template's limit, where it was written. */
function checkClarifications(
  template: TemplateDescription,
  doc: SpecDocument,
  issues: DocumentIssue[],
): void {
  const found: { path: string; fieldId: string; label: string }[] = [];
  const visit = (value: unknown, path: string, fieldId: string, label: string) => {
    if (typeof value === 'string') {
      let from = 0;
      for (;;) {
        const at = value.indexOf(clarificationMarker, from);
        if (at < 0) break;
        found.push({ path, fieldId, label });
        from = at + clarificationMarker.length;
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}.${index}`, fieldId, label);
      });
    } else if (value && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) visit(inner, `${path}.${key}`, fieldId, label);
    }
  };
  for (const field of template.fields)
    visit(doc.fields[field.id], `fields.${field.id}`, field.id, field.label);
  const limit = template.checks?.maxClarifications;
  if (limit === undefined || found.length <= limit) return;
  for (const marker of found.slice(limit)) {
    issues.push({
      path: marker.path,
      fieldId: marker.fieldId,
      code: 'clarifications',
      severity: 'warning',
      message: `${found.length} [NEEDS CLARIFICATION] markers: a spec should have at most ${limit}. Resolve some.`,
      where: marker.label,
    });
  }
}

/**
 * The document schema of a template refined with `checkDocument`'s errors (warnings left out), for zod users
 * such as react-hook-form's `zodResolver`: each error becomes a zod issue at its path.
 */
export function checkedDocumentSchema(template: TemplateDescription): z.ZodType<SpecDocument> {
  return specDocumentSchema(template).superRefine((doc, ctx) => {
    for (const issue of checkDocument(template, doc)) {
      if (issue.severity !== 'error') continue;
      ctx.addIssue({
        code: 'custom',
        message: issue.message,
        path: issue.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
      });
    }
  });
}

/** True for a real calendar date written YYYY-MM-DD. */
export function isValidIsoDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function idFormatMessage(scheme: IdScheme): string {
  const example = `${scheme.prefix}${'1'.padStart(scheme.digits, '0')}`;
  return scheme.prefix
    ? `Use the form ${example}: ${scheme.prefix} then ${scheme.digits > 1 ? `${scheme.digits} digits` : 'a number'}.`
    : 'Use a number.';
}

function labelOf(group: GroupField, fieldId: string): string {
  return group.fields.find((f) => f.id === fieldId)?.label ?? fieldId;
}

function cellText(row: Record<string, unknown>, key: string): string {
  const value = row[key];
  return typeof value === 'string' ? value.trim() : '';
}

function stringValue(value: FieldValue | undefined): string {
  return typeof value === 'string' ? value.trim() : '';
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
