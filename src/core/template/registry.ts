import { createStore } from '../store';
import type { TemplateDescription } from './types';

/**
 * The templates on offer: a value created once at the app's root (shipped, team and user templates) and passed
 * down, instead of a closed list of ids. Adding or removing a template notifies subscribers (the home page).
 */
export interface TemplateRegistry {
  /** Every template, in the order they were added. */
  list(): readonly TemplateDescription[];
  get(id: string): TemplateDescription | undefined;
  has(id: string): boolean;
  /** Adds a template, or replaces the one with the same id (in place). */
  add(description: TemplateDescription): void;
  /** Removes a template; true when there was one. */
  remove(id: string): boolean;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** A registry holding `initial`, in order. */
export function createTemplateRegistry(initial: readonly TemplateDescription[] = []): TemplateRegistry {
  const byId = new Map<string, TemplateDescription>();
  for (const description of initial) byId.set(description.id, description);
  // The same array until something changes, so React's useSyncExternalStore can use it as a snapshot.
  const snapshot = createStore<readonly TemplateDescription[]>([...byId.values()]);
  const changed = () => snapshot.set([...byId.values()]);
  return {
    list: snapshot.get,
    get: (id) => byId.get(id),
    has: (id) => byId.has(id),
    add(description) {
      byId.set(description.id, description);
      changed();
    },
    remove(id) {
      const had = byId.delete(id);
      if (had) changed();
      return had;
    },
    subscribe: snapshot.subscribe,
  };
}
