/**
 * Whether drafts are reaching persistent storage. `unavailable`: IndexedDB is blocked or broken (private windows,
 * browser settings); `full`: the quota is exceeded. Either way the app goes on in memory and says so.
 */
export type StorageProblem = 'unavailable' | 'full';

export interface StorageStatus {
  get(): StorageProblem | null;
  set(problem: StorageProblem | null): void;
  /** useSyncExternalStore-compatible. */
  subscribe(listener: () => void): () => void;
}

export function createStorageStatus(): StorageStatus {
  let current: StorageProblem | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(problem) {
      if (problem === current) return;
      current = problem;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** What a storage error means for the user: a full disk, or storage that cannot be used at all. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable';
}
