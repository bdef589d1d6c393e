import type { Draft, PutResult } from '../../lib/document-store';
import { explainStorageProblem } from '../../lib/storage/storage-status';

/** How many titles a report names in each of its lists; the rest are counted. */
export const maxTitlesNamed = 5;

/** What restoring a backup did, draft by draft, as the store answered. */
export interface RestoreOutcome {
  /**
   * The store's answer for each draft it was asked to write; one written under a new id because its id was taken
   * (planned as a copy) counts as `copied`.
   */
  results: readonly PutResult[];
  /** Drafts already here with the same content, not written. */
  unchanged: number;
  /** Entries of the file that could not be read, with why. */
  skipped: readonly { index: number; reason: string }[];
}

/**
 * The report of a restore: exactly what was stored (as new drafts or as copies), what was already here, what the
 * browser refused to store and why, and what could not be read. Long lists name a few titles and count the rest,
 * so that a screen reader does not read out thousands of them.
 */
export function describeRestore(name: string, outcome: RestoreOutcome): string {
  const of = (status: PutResult['status']) => outcome.results.filter((result) => result.status === status);
  const added = of('stored');
  const copied = of('copied');
  const failed = of('failed');
  const unchanged = outcome.unchanged + of('unchanged').length;
  const restored = added.length + copied.length;
  const asked = restored + failed.length;
  const parts = [
    failed.length
      ? `Restored ${restored} of ${plural(asked, 'draft')} from ${name}.`
      : `Restored ${plural(restored, 'draft')} from ${name}.`,
  ];
  if (added.length) parts.push(`New: ${titles(added.map((r) => r.draft))}.`);
  if (copied.length)
    parts.push(
      `Restored as copies, because a different version is already here: ${titles(copied.map((r) => r.draft))}.`,
    );
  if (unchanged) parts.push(`${plural(unchanged, 'draft')} already here, unchanged.`);
  if (failed.length) {
    const reasons = new Map<string, Draft[]>();
    for (const result of failed) {
      if (result.status !== 'failed') continue;
      const reason = explainStorageProblem(result.failure.problem);
      reasons.set(reason, [...(reasons.get(reason) ?? []), result.draft]);
    }
    for (const [reason, drafts] of reasons) parts.push(`Not stored, because ${reason}: ${titles(drafts)}.`);
  }
  const skipped = outcome.skipped.length;
  if (skipped) {
    parts.push(
      `${skipped === 1 ? '1 entry' : `${skipped} entries`} in the file could not be read and ${skipped === 1 ? 'was' : 'were'} skipped.`,
    );
    const first = outcome.skipped[0];
    if (first) parts.push(`Entry ${first.index + 1}: ${first.reason}${skipped > 1 ? '; and others' : ''}.`);
  }
  return parts.join(' ');
}

/** A few titles, quoted, and how many more. */
export function titles(drafts: readonly Draft[]): string {
  const named = drafts.slice(0, maxTitlesNamed).map((draft) => `“${draft.title || 'Untitled'}”`);
  const more = drafts.length - named.length;
  return more > 0 ? `${named.join(', ')} and ${more.toLocaleString('en')} more` : named.join(', ');
}

function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
