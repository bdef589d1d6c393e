import { getTemplate, type SpecDocument, specDocumentSchema, templateTagSchema } from '../../core';
import { maxDraftChars, maxDraftDepth, measure } from '../../lib/storage/draft-record';

/**
 * The document another tab says it is editing, when it is one of its template (and small and shallow enough to
 * check safely); null otherwise. Any page of this origin can post on the channel, so nothing is trusted.
 */
export function readTabDocument(value: unknown): SpecDocument | null {
  const shape = measure(value);
  if (shape.depth > maxDraftDepth || shape.chars > maxDraftChars) return null;
  const tag = templateTagSchema.safeParse(value);
  if (!tag.success) return null;
  const doc = specDocumentSchema(getTemplate(tag.data.template)).safeParse(value);
  return doc.success ? doc.data : null;
}
