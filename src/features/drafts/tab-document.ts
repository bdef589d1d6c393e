import { currentDocumentSchema, getTemplate, type SpecDocument, templateTagSchema } from '../../core';
import { maxDraftChars, maxDraftDepth, measure } from '../../lib/storage/draft-record';

/**
 * The document another tab says it is editing, when it is one of its template (and small and shallow enough to
 * check safely); null otherwise. Any page of this origin can post on the channel, so nothing is trusted.
 *
 * Read with the current schema, which needs no Markdown writer (it stays off the editor's first load): a tab of
 * this app posts the document it holds, always of this version. One that would need upgrading (a tab left open
 * from an earlier version, or under an earlier version of the template) is not followed; what it types is still
 * saved by that tab, and this one reads it from storage when it takes over.
 */
export function readTabDocument(value: unknown): SpecDocument | null {
  const shape = measure(value);
  if (shape.depth > maxDraftDepth || shape.chars > maxDraftChars) return null;
  const tag = templateTagSchema.safeParse(value);
  if (!tag.success) return null;
  const doc = currentDocumentSchema(getTemplate(tag.data.template)).safeParse(value);
  return doc.success ? doc.data : null;
}
