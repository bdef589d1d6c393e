import { createStore, del, entries, get, set, type UseStore } from 'idb-keyval';

/** The few key-value operations the draft store needs; IndexedDB in the app, a Map in unit tests. */
export interface KeyValueStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  del(key: string): Promise<void>;
  entries(): Promise<[IDBValidKey, unknown][]>;
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
