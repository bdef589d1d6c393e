import type { SpecDocument } from '../../core';

/**
 * Undo and redo for a whole document: a list of snapshots. Typing in one field coalesces into one step while it
 * goes on (same key, little pause); everything else (adding, removing, moving items) is a step of its own.
 */
export interface DocumentHistory {
  /**
   * Records `doc` as the present. `key` names what changed for typing (a field path), `null` for a structural change.
   * `start` and `end` are when the change's first and last keystrokes happened: typing coalesces with the step before
   * when it began soon after that step's last keystroke, however long either went on or however late it is recorded.
   */
  record(doc: SpecDocument, key: string | null, start?: number, end?: number): void;
  undo(): SpecDocument | undefined;
  redo(): SpecDocument | undefined;
  canUndo(): boolean;
  canRedo(): boolean;
}

export interface HistoryOptions {
  /** Typing in the same field that resumes within this pause coalesces into one step (ms). */
  coalesceMs?: number;
  /** Steps kept; the oldest are dropped. */
  limit?: number;
}

/** A history whose present is `initial`. Snapshots must not be mutated after they are recorded. */
export function createDocumentHistory(initial: SpecDocument, options: HistoryOptions = {}): DocumentHistory {
  const coalesceMs = options.coalesceMs ?? 1500;
  const limit = options.limit ?? 200;
  const past: string[] = [];
  const future: string[] = [];
  // Snapshots are kept as JSON: cheap to compare, and nothing can mutate them afterwards.
  let present = JSON.stringify(initial);
  let lastKey: string | null = null;
  let lastTime = 0;
  return {
    record(doc, key, start = Date.now(), end = start) {
      const json = JSON.stringify(doc);
      if (json === present) return;
      const coalesce = key !== null && key === lastKey && start - lastTime < coalesceMs && past.length > 0;
      if (!coalesce) {
        past.push(present);
        if (past.length > limit) past.shift();
      }
      present = json;
      future.length = 0;
      lastKey = key;
      lastTime = end;
    },
    undo() {
      const previous = past.pop();
      if (previous === undefined) return undefined;
      future.push(present);
      present = previous;
      lastKey = null;
      return JSON.parse(previous) as SpecDocument;
    },
    redo() {
      const next = future.pop();
      if (next === undefined) return undefined;
      past.push(present);
      present = next;
      lastKey = null;
      return JSON.parse(next) as SpecDocument;
    },
    canUndo: () => past.length > 0,
    canRedo: () => future.length > 0,
  };
}
