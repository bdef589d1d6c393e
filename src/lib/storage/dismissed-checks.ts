import { idbKeyValueStore, type KeyValueStore } from './key-value';

/** What a draft keeps about its spec checks: the findings dismissed, and whether EARS mode is on. */
export interface DraftChecks {
  /** Keys of dismissed findings (`SpecFinding.key`). */
  dismissed: string[];
  /** Requirements are also checked against the EARS patterns. */
  ears: boolean;
}

/** The check settings of drafts, by draft id. */
export interface DismissedChecksStore {
  /** The draft's settings; none dismissed and EARS off when nothing is stored or storage fails. */
  get(draftId: string): Promise<DraftChecks>;
  set(draftId: string, checks: DraftChecks): Promise<void>;
  /** Forgets a draft's settings (the draft was deleted). */
  remove(draftId: string): Promise<void>;
}

const empty = (): DraftChecks => ({ dismissed: [], ears: false });

/**
 * Check settings kept per draft in a key-value store (IndexedDB in the app: a database of its own, since a store
 * cannot be added to the drafts database without a version change). A record that is not the expected shape reads
 * as the defaults: dismissals are a convenience, never worth an error.
 */
export function dismissedChecksStore(kv: KeyValueStore): DismissedChecksStore {
  return {
    async get(draftId) {
      try {
        return parseDraftChecks(await kv.get(draftId));
      } catch {
        return empty();
      }
    },
    async set(draftId, checks) {
      await kv.set(draftId, { dismissed: [...new Set(checks.dismissed)], ears: checks.ears });
    },
    async remove(draftId) {
      await kv.del(draftId);
    },
  };
}

/** A stored value as DraftChecks, dropping what is not. */
export function parseDraftChecks(value: unknown): DraftChecks {
  if (!value || typeof value !== 'object') return empty();
  const record = value as { dismissed?: unknown; ears?: unknown };
  const dismissed = Array.isArray(record.dismissed)
    ? record.dismissed.filter((key): key is string => typeof key === 'string')
    : [];
  return { dismissed, ears: record.ears === true };
}

let browserStore: DismissedChecksStore | undefined;

/** The app's store: IndexedDB database `specwright-checks`, store `checks`, opened on first use. */
export function browserDismissedChecks(): DismissedChecksStore {
  browserStore ??= dismissedChecksStore(idbKeyValueStore('specwright-checks', 'checks'));
  return browserStore;
}
