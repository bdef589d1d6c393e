import { z } from 'zod';
import {
  currentDocumentSchema,
  getTemplate,
  isUpgradeIssue,
  resolveDocumentTemplate,
  type SpecDocument,
  type TemplateDescription,
} from '../../core';
import type { Draft } from '../document-store';
import {
  describeIssues,
  draftTitle,
  maxDraftChars,
  maxDraftDepth,
  maxTimestamp,
  measure,
} from './draft-record';

// Apart from draft-record: validating a document needs every field kind's schema (and so much of the core), which a
// page that only lists drafts loads when it has a first draft to read (see browser-store). Drafts made by earlier
// versions need the Markdown writer too, to be migrated: parse-older-draft reads those.

const timestampSchema = z.number().int().min(0).max(maxTimestamp);

/** The envelope every stored draft has; its `doc` is then checked against its template's schema. */
export const storedDraftSchema = z.object({
  id: z.string().min(1).max(200),
  template: z.string().min(1).max(200),
  title: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  /** Written by versions before revisions existed: they count as revision 0. */
  revision: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(),
  doc: z.unknown(),
});

/** `upgrade`: the draft may well be fine, but only `parseOlderDraft` can say (see `currentDocumentSchema`). */
export type ParsedDraft = { ok: true; draft: Draft } | { ok: false; reason: string; upgrade?: true };

/** Which schema validates a stored document of a template. */
export type DocumentSchemaOf = (template: TemplateDescription) => z.ZodType<SpecDocument>;

/**
 * Reads a value that comes from outside the running page (IndexedDB, a backup file) as a draft: the envelope, then
 * the document with the schema of its own template. The title is derived again rather than trusted.
 */
export function parseDraft(value: unknown, schemaOf: DocumentSchemaOf = currentDocumentSchema): ParsedDraft {
  // Before any schema: a value nested thousands deep would overflow the stack of every recursive walk after it.
  const shape = measure(value);
  if (shape.depth > maxDraftDepth)
    return { ok: false, reason: `nested more than ${maxDraftDepth} levels deep` };
  if (shape.chars > maxDraftChars)
    return { ok: false, reason: `more than ${maxDraftChars.toLocaleString('en')} characters of text` };
  const envelope = storedDraftSchema.safeParse(value);
  if (!envelope.success) return { ok: false, reason: describeIssues(envelope.error) };
  // A template on offer, or the copy the document carries of one that is not (removed, or from another browser).
  if (!resolveDocumentTemplate(envelope.data.template, envelope.data.doc))
    return { ok: false, reason: `template: Unknown template "${envelope.data.template.slice(0, 80)}"` };
  const template = getTemplate(envelope.data.template);
  const doc = schemaOf(template).safeParse(envelope.data.doc);
  if (!doc.success) {
    const reason = describeIssues(doc.error, 'doc');
    return isUpgradeIssue(doc.error.issues) ? { ok: false, reason, upgrade: true } : { ok: false, reason };
  }
  const { id, createdAt, updatedAt, revision = 0 } = envelope.data;
  return {
    ok: true,
    draft: {
      id,
      template: template.id,
      title: draftTitle(doc.data),
      createdAt,
      updatedAt,
      revision,
      doc: doc.data,
    },
  };
}
