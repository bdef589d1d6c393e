import { createStore, del, entries, get, promisifyRequest, set, type UseStore } from 'idb-keyval';

/** The few key-value operations the draft store needs; IndexedDB in the app, a Map in unit tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
  /**
   * Reads the value under `key` and, in the same transaction, writes what `decide` returns as `value` (nothing
   * when it returns no `value`): a compare-and-set, so that no other tab writes in between.
   */
  update<R>(key: string, decide: (current: unknown) => Decision<R>): Promise<R>;
}

/** What `update` does with the value it read: write `value` (when present) and answer `result`. */
export interface Decision<R> {
  value?: unknown;
  result: R;
}

/** How long an IndexedDB call may take before storage is treated as unavailable (a blocked open never settles). */
const timeoutMs = 5000;

/**
 * An IndexedDB database with one object store, through idb-keyval. The database is opened on first use; every
 * call is async so that an `indexedDB` that throws (or is missing) rejects instead of throwing.
 */
export function idbKeyValueStore(dbName: string, storeName: string): KeyValueStore {
  let store: UseStore | undefined;
  const use = () => {
    store ??= createStore(dbName, storeName);
    return store;
  };
  return {
    get: async (key) => withTimeout(get(key, use())),
    set: async (key, value) => withTimeout(set(key, value, use())),
    del: async (key) => withTimeout(del(key, use())),
    entries: async () => withTimeout(entries(use())),
    update: async (key, decide) =>
      withTimeout(
        use()('readwrite', async (objectStore) => {
          const decision = decide(await promisifyRequest(objectStore.get(key)));
          if (decision.value !== undefined) {
            objectStore.put(decision.value, key);
            await promisifyRequest(objectStore.transaction);
          }
          return decision.result;
        }),
      ),
  };
}

/** A KeyValueStore in memory, for tests. */
export function memoryKeyValueStore(initial: Record<string, unknown> = {}): KeyValueStore & {
  data: Map<string, unknown>;
} {
  const data = new Map<string, unknown>(Object.entries(initial));
  return {
    data,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => {
      data.set(key, structuredClone(value));
    },
    del: async (key) => {
      data.delete(key);
    },
    entries: async () => [...data.entries()].map(([key, value]) => [key, structuredClone(value)]),
    update: async (key, decide) => {
      const decision = decide(structuredClone(data.get(key)));
      if (decision.value !== undefined) data.set(key, structuredClone(decision.value));
      return decision.result;
    },
  };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      const error = new Error('IndexedDB did not answer in time');
      error.name = 'TimeoutError';
      reject(error);
    }, timeoutMs);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * A small synchronous store for the moment a page closes: an IndexedDB write started in `pagehide` may be cut off
 * with the page, a localStorage write cannot be. Entries are moved into IndexedDB on the next start.
 */
export interface Journal {
  entries(): [string, unknown][];
  /** False when the entry could not be written (localStorage missing, blocked or full). */
  write(id: string, value: unknown): boolean;
  remove(id: string): void;
}

/** A Journal in localStorage, one key per draft; silent when localStorage is missing, blocked or full. */
export function localStorageJournal(prefix: string): Journal {
  const storage = (): Storage | undefined => {
    try {
      return globalThis.localStorage;
    } catch {
      return undefined;
    }
  };
  return {
    entries() {
      const out: [string, unknown][] = [];
      try {
        const ls = storage();
        if (!ls) return out;
        for (let i = 0; i < ls.length; i++) {
          const key = ls.key(i);
          if (!key?.startsWith(prefix)) continue;
          const text = ls.getItem(key);
          let value: unknown = text;
          try {
            value = JSON.parse(text ?? '');
          } catch {
            // Kept as text: it is reported as damaged, like any unreadable record.
          }
          out.push([key.slice(prefix.length), value]);
        }
      } catch {
        // No journal to read.
      }
      return out;
    },
    write(id, value) {
      try {
        const ls = storage();
        if (!ls) return false;
        ls.setItem(prefix + id, JSON.stringify(value));
        return true;
      } catch {
        // Full or blocked (or a value JSON cannot write): the caller says that nothing kept this version.
        return false;
      }
    },
    remove(id) {
      try {
        storage()?.removeItem(prefix + id);
      } catch {
        // Nothing to remove.
      }
    },
  };
}

/** A Journal in memory, for tests. */
export function memoryJournal(): Journal & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    entries: () => [...data.entries()].map(([key, value]) => [key, structuredClone(value)]),
    write: (id, value) => {
      data.set(id, structuredClone(value));
      return true;
    },
    remove: (id) => {
      data.delete(id);
    },
  };
}
