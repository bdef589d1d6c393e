import type { SpecDocument } from '../core';
import { createStore } from '../core/store';

/**
 * The document being edited, shared by the features on the editor page without them importing each other: the
 * editor publishes every change, the preview and the draft saver subscribe (useSyncExternalStore-compatible).
 */
export interface LiveDocument {
  /** The draft's id. */
  readonly id: string;
  get(): SpecDocument;
  /**
   * The document with every change still pending in its editor applied (the editor publishes typing a moment after
   * the key press). Use it when the user acts on the document: download, copy, share, back up.
   */
  settled(): SpecDocument;
  /** Registers how to apply pending changes (the editor's flush); returns its removal. */
  onSettle(flush: () => void): () => void;
  set(doc: SpecDocument): void;
  subscribe(listener: () => void): () => void;
}

/** A LiveDocument holding `initial`. */
export function createLiveDocument(id: string, initial: SpecDocument): LiveDocument {
  const current = createStore(initial);
  const flushers = new Set<() => void>();
  return {
    id,
    get: current.get,
    settled() {
      for (const flush of flushers) flush();
      return current.get();
    },
    onSettle(flush) {
      flushers.add(flush);
      return () => flushers.delete(flush);
    },
    set: current.set,
    subscribe: current.subscribe,
  };
}
