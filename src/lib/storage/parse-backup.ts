import type { Draft } from '../document-store';
import { backupFileSchema, backupSizeProblem } from './backup';
import { describeIssues } from './draft-record';
import { parseDraft } from './parse-draft';
import { parseUserTemplate, type UserTemplate } from './template-store';

// Apart from backup.ts, like parse-draft: the home page makes backups at once but reads one only on "Restore".

export type ParsedBackup =
  | {
      ok: true;
      drafts: Draft[];
      skipped: { index: number; reason: string }[];
      templates: UserTemplate[];
      skippedTemplates: { index: number; reason: string }[];
    }
  | { ok: false; reason: string };

/** Reads a backup file's text: a file that is not a backup is refused; a damaged draft inside it is skipped. */
export function parseBackup(text: string): ParsedBackup {
  // Characters, not bytes: a check for a text that did not come from a File with a size.
  const tooBig = backupSizeProblem(text.length);
  if (tooBig) return { ok: false, reason: tooBig };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The file is not a Specwright backup: it is not JSON.' };
  }
  const file = backupFileSchema.safeParse(json);
  if (!file.success) {
    return { ok: false, reason: `The file is not a Specwright backup (${describeIssues(file.error)}).` };
  }
  const drafts: Draft[] = [];
  const skipped: { index: number; reason: string }[] = [];
  file.data.drafts.forEach((value, index) => {
    const parsed = parseDraft(value);
    if (parsed.ok) drafts.push(parsed.draft);
    else skipped.push({ index, reason: parsed.reason });
  });
  const templates: UserTemplate[] = [];
  const skippedTemplates: { index: number; reason: string }[] = [];
  (file.data.templates ?? []).forEach((value, index) => {
    const parsed = parseUserTemplate(value);
    if (parsed.ok) templates.push(parsed.template);
    else skippedTemplates.push({ index, reason: parsed.reason });
  });
  return { ok: true, drafts, skipped, templates, skippedTemplates };
}
