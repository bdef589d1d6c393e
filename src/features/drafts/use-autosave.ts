import { useCallback, useEffect, useRef, useState } from 'react';
import { type DocumentStore, documentStore } from '../../lib/document-store';
import type { LiveDocument } from '../../lib/live-document';

/** A change is saved at most this long after it was made (and at once when the page is hidden or closed). */
export const autosaveDelayMs = 400;

export type SaveState = 'saved' | 'pending' | 'saving';

export interface Autosave {
  state: SaveState;
  /** Saves what is pending now; resolves once it is written. */
  flush(): Promise<void>;
}

/**
 * Saves the live document's changes: within half a second of a change (not postponed by further typing), and at
 * once on `visibilitychange` to hidden, `pagehide`, `beforeunload` and unmount. While `paused` (this tab is
 * read-only because another tab edits the draft) nothing is saved.
 */
export function useAutosave(
  live: LiveDocument,
  { paused = false, store = documentStore }: { paused?: boolean; store?: DocumentStore } = {},
): Autosave {
  const [state, setState] = useState<SaveState>('saved');
  const pausedRef = useRef(paused);
  pausedRef.current = paused;
  const flushRef = useRef<() => Promise<void>>(async () => {});

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let dirty = false;
    let last: Promise<void> = Promise.resolve();

    const flush = (): Promise<void> => {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (!dirty || pausedRef.current) return last;
      dirty = false;
      setState('saving');
      // Called synchronously from pagehide: store.save starts its IndexedDB write before this returns.
      last = store.save(live.id, live.get()).then(() => {
        if (!dirty) setState('saved');
      });
      return last;
    };
    flushRef.current = flush;

    const unsubscribe = live.subscribe(() => {
      if (pausedRef.current) return;
      dirty = true;
      setState('pending');
      timer ??= setTimeout(flush, autosaveDelayMs);
    });
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush();
    };
    const onLeave = () => void flush();
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      void flush();
    };
  }, [live, store]);

  const flush = useCallback(() => flushRef.current(), []);
  return { state, flush };
}
