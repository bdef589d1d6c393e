import { specDocumentSchema } from '../../core';
import { type ParsedDraft, parseDraft } from './parse-draft';

/**
 * As `parseDraft`, for any stored draft: one made by an earlier version is migrated, which needs the Markdown
 * writer (loaded with this module, see browser-store).
 */
export function parseOlderDraft(value: unknown): ParsedDraft {
  return parseDraft(value, specDocumentSchema);
}
