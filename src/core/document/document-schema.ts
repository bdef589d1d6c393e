import { z } from 'zod';
import { kindOf } from '../fields/field-kinds';
import { parseTemplateDescription } from '../template/description-schema';
import type { Field, TemplateDescription } from '../template/types';
import { carryTemplate, isTemplateId } from '../templates';
import { documentVersion } from './document-version';
import { fitToTemplate } from './fit-to-template';
import type { FieldValue, SpecDocument } from './spec-document';

// Apart from spec-document: a document of the current version validates without any Markdown code (which only
// migrating older documents needs), so a page that only lists drafts loads none (see `currentDocumentSchema`).

/** The zod schema of one field's value, derived from its description (by its kind's module). */
export function fieldValueSchema(field: Field): z.ZodType<FieldValue> {
  return kindOf(field).valueSchema(field);
}

/** What is done to a document from outside before its shape is checked (migrating, fitting to the template). */
export type PrepareDocument = (input: unknown, ctx: z.RefinementCtx) => unknown;

/** The zod schema of a document of this template, `prepare` run first (see `specDocumentSchema`). */
export function documentSchema(
  template: TemplateDescription,
  prepare: PrepareDocument,
): z.ZodType<SpecDocument> {
  const shape: Record<string, z.ZodType<FieldValue>> = {};
  for (const field of template.fields) shape[field.id] = fieldValueSchema(field);
  const current = z.object({
    template: z.literal(template.id),
    version: z.literal(documentVersion),
    fields: z.object(shape),
    additional: z.record(z.string(), z.string()),
    extraFrontMatter: z.record(z.string(), z.unknown()).optional(),
    origin: z
      .object({
        source: z.string(),
        fields: z.object(shape),
        additional: z.record(z.string(), z.string()),
        extraFrontMatter: z.record(z.string(), z.unknown()).optional(),
        placeholders: z.array(
          z.object({
            path: z.array(z.union([z.string(), z.number().int().min(0)])).max(16),
            text: z.string(),
          }),
        ),
        footer: z.boolean(),
      })
      .optional(),
    templateVersion: z.union([z.number(), z.string().max(64)]).optional(),
    templateCopy: z
      .unknown()
      .optional()
      .transform((value, ctx) => {
        if (value === undefined) return undefined;
        const copy = parseTemplateDescription(value);
        if (copy.ok && copy.description.id === template.id) return copy.description;
        ctx.addIssue({
          code: 'custom',
          message: copy.ok ? 'is the copy of another template' : copy.messages.join('; '),
        });
        return z.NEVER;
      }),
  });
  return z.preprocess(prepare, current) as unknown as z.ZodType<SpecDocument>;
}

/** The message of a document that `currentDocumentSchema` leaves to `specDocumentSchema`. */
const needsUpgradeMessage = 'was made by an earlier version of the app or of its template';

const currentCache = new Map<string, z.ZodType<SpecDocument>>();

/**
 * As `specDocumentSchema`, for documents that need no Markdown to be brought up to date: those of the current
 * version whose template lost no field holding more than text. Any other document fails with one issue whose
 * `params.upgrade` is true, for the caller to validate it with `specDocumentSchema` (which loads the writer).
 */
export function currentDocumentSchema(template: TemplateDescription): z.ZodType<SpecDocument> {
  const cached = currentCache.get(template.id);
  if (cached) return cached;
  const schema = documentSchema(template, (input, ctx) => {
    // A removed field holding more than text needs the writer's code block: then the fitted copy is dropped.
    let upgrade = isOlderVersion(input);
    const fitted = upgrade
      ? input
      : fitToTemplate(input, template, () => {
          upgrade = true;
          return '';
        });
    if (!upgrade) return fitted;
    ctx.addIssue({ code: 'custom', message: needsUpgradeMessage, params: { upgrade: true } });
    return z.NEVER;
  });
  currentCache.set(template.id, schema);
  return schema;
}

/** True when `issues` say only that the document needs `specDocumentSchema` (see `currentDocumentSchema`). */
export function isUpgradeIssue(issues: readonly z.core.$ZodIssue[]): boolean {
  return issues.some((issue) => issue.code === 'custom' && issue.params?.upgrade === true);
}

/** A document of an earlier version (1: literal text values), which `migrateDocument` brings up to date. */
function isOlderVersion(input: unknown): boolean {
  // As migrateDocument: what has no fields is no document of any version, for the schema to reject.
  const fields = (input as { fields?: unknown } | null)?.fields;
  if (typeof input !== 'object' || typeof fields !== 'object' || fields === null) return false;
  return ((input as { version?: unknown }).version ?? 1) !== documentVersion;
}

/**
 * Just enough of a document to know which schema validates the rest: a known template, or one whose copy the document
 * carries (which then becomes known, see `resolveDocumentTemplate`).
 */
export const templateTagSchema = z
  .object({ template: z.string(), templateCopy: z.unknown().optional() })
  .refine((tag) => resolveDocumentTemplate(tag.template, tag), {
    message: 'Unknown template',
    path: ['template'],
  });

/**
 * True when `template` names a known template, or when `doc` (a document from outside, not yet validated) carries a
 * valid copy of it, which is then made known (not offered) so that the document can be validated and edited.
 */
export function resolveDocumentTemplate(template: string, doc: unknown): boolean {
  if (isTemplateId(template)) return true;
  const copy =
    doc !== null && typeof doc === 'object' ? (doc as { templateCopy?: unknown }).templateCopy : undefined;
  if (copy === undefined) return false;
  const parsed = parseTemplateDescription(copy);
  if (!parsed.ok || parsed.description.id !== template) return false;
  carryTemplate(parsed.description);
  return true;
}
