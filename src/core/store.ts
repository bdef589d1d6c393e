/**
 * A value that is read, replaced and watched: the one store primitive of the app (the template registry, the live
 * document, export options, storage status, the editor's chrome). React reads one with useSyncExternalStore;
 * `get` returns the same value until `set` is given a different one, as that hook requires.
 */
export interface Store<T> {
  get(): T;
  /** Replaces the value and tells every listener, unless `next` is the same as the current value. */
  set(next: T): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A store holding `initial`; `same` tells an unchanged value (by default, the same object). */
export function createStore<T>(initial: T, same: (a: T, b: T) => boolean = Object.is): Store<T> {
  let current = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(next) {
      if (same(current, next)) return;
      current = next;
      // The live set: a listener removed during the round (an unmounted component) is not called after removal.
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
