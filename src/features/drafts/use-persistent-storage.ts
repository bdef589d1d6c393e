import { useEffect, useState } from 'react';

/** What the browser said when asked to keep this site's storage (not to evict it when space runs low). */
export type Persistence = 'checking' | 'granted' | 'denied' | 'unsupported';

let asked: Promise<Persistence> | undefined;

/** Asks once per page: `navigator.storage.persist()`, unless storage is already persistent. */
export function requestPersistentStorage(): Promise<Persistence> {
  asked ??= (async (): Promise<Persistence> => {
    const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
    if (!storage?.persist) return 'unsupported';
    try {
      if (await storage.persisted?.()) return 'granted';
      return (await storage.persist()) ? 'granted' : 'denied';
    } catch {
      return 'unsupported';
    }
  })();
  return asked;
}

/** The answer of `requestPersistentStorage`, asked when `enabled` first becomes true. */
export function usePersistentStorage(enabled = true): Persistence {
  const [state, setState] = useState<Persistence>('checking');
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    requestPersistentStorage().then((answer) => {
      if (live) setState(answer);
    });
    return () => {
      live = false;
    };
  }, [enabled]);
  return state;
}

/** The answer in words, for the UI. */
export function describePersistence(state: Persistence): string {
  switch (state) {
    case 'checking':
      return 'Asking the browser to keep your drafts…';
    case 'granted':
      return 'Your browser agreed to keep your drafts until you delete them.';
    case 'denied':
      return 'Your browser did not agree to keep your drafts for good: it may delete them if the disk runs low on space. Back them up now and then.';
    case 'unsupported':
      return 'This browser cannot be asked to keep your drafts for good. Back them up now and then.';
  }
}
