import { createStore } from '../../core/store';

/**
 * Why drafts are not reaching persistent storage. `unavailable`: IndexedDB is blocked or broken (private windows,
 * browser settings); `full`: the quota is exceeded; `timeout`: IndexedDB never answered; `unstorable`: the browser
 * refused this draft itself (too large or too deeply nested to copy). Either way the app goes on and says so.
 */
export type StorageProblem = 'unavailable' | 'full' | 'timeout' | 'unstorable';

/** What failed, in the words of the browser, and whether the latest version is kept in the journal anyway. */
export interface StorageFailure {
  problem: StorageProblem;
  /** The browser's error, for example `QuotaExceededError: The quota has been exceeded.` */
  detail: string;
  /** The latest unsaved version is in the localStorage journal: it comes back on the next start. */
  journaled: boolean;
}

export interface StorageStatus {
  get(): StorageFailure | null;
  set(failure: StorageFailure | null): void;
  /** useSyncExternalStore-compatible. */
  subscribe(listener: () => void): () => void;
}

export function createStorageStatus(): StorageStatus {
  const same = (a: StorageFailure | null, b: StorageFailure | null) =>
    a === b ||
    (!!a && !!b && a.problem === b.problem && a.detail === b.detail && a.journaled === b.journaled);
  return createStore<StorageFailure | null>(null, same);
}

/** What a storage error means for the user. */
export function classifyStorageError(error: unknown): StorageProblem {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'full';
  if (name === 'TimeoutError') return 'timeout';
  // The value itself could not be copied into storage (a structured-clone failure, a stack overflow).
  if (name === 'DataCloneError' || name === 'RangeError' || name === 'DataError') return 'unstorable';
  return 'unavailable';
}

/** The error as one line: its name and message. */
export function describeStorageError(error: unknown): string {
  const name = errorName(error);
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error);
  return [name, message].filter(Boolean).join(': ').slice(0, 300);
}

/** A StorageFailure for this error. */
export function storageFailure(error: unknown, journaled: boolean): StorageFailure {
  return { problem: classifyStorageError(error), detail: describeStorageError(error), journaled };
}

function errorName(error: unknown): string {
  return error instanceof Error || error instanceof DOMException ? error.name : '';
}

/** The problem in a few words, to finish "could not be stored: ...". */
export function explainStorageProblem(problem: StorageProblem): string {
  switch (problem) {
    case 'full':
      return 'the browser’s storage for this site is full';
    case 'timeout':
      return 'the browser’s storage (IndexedDB) did not answer';
    case 'unstorable':
      return 'the browser could not store this draft (too large or too deeply nested)';
    case 'unavailable':
      return 'the browser does not let Specwright store drafts here (a private window, or storage is blocked)';
  }
}
