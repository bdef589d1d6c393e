import { z } from 'zod';
import type { Draft } from '../document-store';
import { stableStringify } from './draft-record';
import type { UserTemplate } from './template-store';

/** What the first key of a backup file says, so that any other JSON file is told apart at once. */
export const backupFormat = 'specwright-drafts';

/**
 * The largest backup file read back, in bytes: 10,000 drafts of several pages each. A larger file is refused before
 * it is read, so that a file meant to exhaust memory cannot freeze the page.
 */
export const maxBackupBytes = 20 * 1024 * 1024;

/** The most drafts one backup file may hold. */
export const maxBackupDrafts = 10_000;

/** A backup file: every draft, as stored. Each draft is validated on its own when the file is read back. */
export const backupFileSchema = z.object({
  format: z.literal(backupFormat),
  version: z.literal(1),
  exportedAt: z.string().max(100),
  drafts: z.array(z.unknown()).max(maxBackupDrafts),
  /** The user's own templates (since templates are data); each validated on its own, like the drafts. */
  templates: z.array(z.unknown()).max(1000).optional(),
});

/** Why a file of this many bytes is not read as a backup, or null when its size is fine. */
export function backupSizeProblem(bytes: number): string | null {
  if (bytes <= maxBackupBytes) return null;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `The file is ${mb(bytes)}, more than the ${mb(maxBackupBytes)} a Specwright backup may be.`;
}

export type BackupFile = z.infer<typeof backupFileSchema>;

/** The backup file of these drafts (and of the user's own templates). */
export function createBackup(
  drafts: readonly Draft[],
  now: Date = new Date(),
  templates: readonly UserTemplate[] = [],
): BackupFile {
  return {
    format: backupFormat,
    version: 1,
    exportedAt: now.toISOString(),
    drafts: drafts.map(({ id, template, title, createdAt, updatedAt, revision, doc }) => ({
      id,
      template,
      title,
      createdAt,
      updatedAt,
      revision,
      doc,
    })),
    ...(templates.length > 0 ? { templates: [...templates] } : {}),
  };
}

/** The file name a backup made on `now` gets. */
export function backupFileName(now: Date = new Date()): string {
  return `specwright-drafts-${now.toISOString().slice(0, 10)}.json`;
}

/** What restoring a backup does: drafts to write, and what to tell the user about each. */
export interface MergePlan {
  /** Written as they are. */
  toWrite: Draft[];
  /** New drafts (their id was free). */
  added: Draft[];
  /** Same id as a draft here but different content: restored under a new id, the draft here left alone. */
  copied: { original: Draft; copy: Draft }[];
  /** Already here with the same content: nothing to do. */
  unchanged: Draft[];
}

/** True when two drafts hold the same document (timestamps aside). */
export function sameContent(a: Draft, b: Draft): boolean {
  return contentKey(a) === contentKey(b);
}

function contentKey(draft: Draft): string {
  return stableStringify(draft.doc);
}

/**
 * Merges restored drafts into the ones here without ever overwriting one: a free id is added, an identical draft
 * is skipped, a different draft under a taken id becomes a copy with a new id.
 */
export function mergeDrafts(
  existing: readonly Draft[],
  incoming: readonly Draft[],
  newId: () => string,
  /** Ids taken by records that cannot be compared (damaged ones): anything restored under them becomes a copy. */
  reservedIds: Iterable<string> = [],
): MergePlan {
  const byId = new Map<string, Draft | null>(existing.map((draft) => [draft.id, draft]));
  for (const id of reservedIds) if (!byId.has(id)) byId.set(id, null);
  const contents = new Set(existing.map(contentKey));
  const plan: MergePlan = { toWrite: [], added: [], copied: [], unchanged: [] };
  for (const draft of incoming) {
    const taken = byId.has(draft.id);
    const here = byId.get(draft.id);
    // Identical, or already restored as a copy (the same file restored twice): nothing to do.
    if (here && (sameContent(here, draft) || contents.has(contentKey(draft)))) {
      plan.unchanged.push(draft);
      continue;
    }
    let written = draft;
    if (taken) {
      let id = newId();
      while (byId.has(id)) id = newId();
      written = { ...draft, id };
      plan.copied.push({ original: draft, copy: written });
    } else {
      plan.added.push(draft);
    }
    plan.toWrite.push(written);
    byId.set(written.id, written);
    contents.add(contentKey(written));
  }
  return plan;
}
