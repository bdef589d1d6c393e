import type { SpecDocument } from '../core';

/**
 * The document being edited, shared by the features on the editor page without them importing each other: the
 * editor publishes every change, the preview and the draft saver subscribe (useSyncExternalStore-compatible).
 */
export interface LiveDocument {
  /** The draft's id. */
  readonly id: string;
  get(): SpecDocument;
  set(doc: SpecDocument): void;
  subscribe(listener: () => void): () => void;
}

/** A LiveDocument holding `initial`. */
export function createLiveDocument(id: string, initial: SpecDocument): LiveDocument {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    id,
    get: () => current,
    set(doc) {
      if (doc === current) return;
      current = doc;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
