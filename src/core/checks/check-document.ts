import type { z } from 'zod';
import type { FieldValue, SpecDocument } from '../document/spec-document';
import { specDocumentSchema } from '../document/spec-document';
import { kindOf } from '../fields/field-kinds';
import type { Field, TemplateDescription } from '../template/types';

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
    issue: (issue) => ctx.issues.push({ ...issue, fieldId: ctx.fieldId }),
    field: (inner, innerValue, innerPath, innerWhere, enforce) =>
      checkField(ctx, inner, innerValue, innerPath, innerWhere, enforce),
  });
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
