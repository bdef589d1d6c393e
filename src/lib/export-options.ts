import { useSyncExternalStore } from 'react';
// From the writer's small options module, not its entry point: the writer itself is loaded lazily.
import { defaultExportOptions as defaults, type ExportOptions } from '../core/markdown/write/context';
import { createStore } from '../core/store';
import { useServices } from './services-context';

export type { ExportOptions };

const storageKey = 'specwright.exportOptions';

/**
 * The export options the user picked, shared by the preview (its Markdown view shows exactly what a download gives)
 * and the export bar, and kept in localStorage between visits.
 */
export interface ExportOptionsStore {
  get(): ExportOptions;
  set(patch: Partial<ExportOptions>): void;
  subscribe(listener: () => void): () => void;
}

/** A store backed by `storage` (nothing is kept when it is missing or throws, as in some private modes). */
export function createExportOptionsStore(storage?: Pick<Storage, 'getItem' | 'setItem'>): ExportOptionsStore {
  const current = createStore(
    read(storage),
    (a, b) => a.includeGuidance === b.includeGuidance && a.emptyFields === b.emptyFields,
  );
  current.subscribe(() => {
    try {
      storage?.setItem(storageKey, JSON.stringify(current.get()));
    } catch {
      // Storage full or blocked: the choice still holds for this page.
    }
  });
  return {
    get: current.get,
    set: (patch) => current.set({ ...current.get(), ...patch }),
    subscribe: current.subscribe,
  };
}

function read(storage?: Pick<Storage, 'getItem'>): ExportOptions {
  try {
    const value: unknown = JSON.parse(storage?.getItem(storageKey) ?? 'null');
    if (typeof value !== 'object' || value === null) return defaults;
    const { includeGuidance, emptyFields } = value as Record<string, unknown>;
    return {
      includeGuidance: typeof includeGuidance === 'boolean' ? includeGuidance : defaults.includeGuidance,
      emptyFields:
        emptyFields === 'omit' || emptyFields === 'placeholder' ? emptyFields : defaults.emptyFields,
    };
  } catch {
    return defaults;
  }
}

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The app's export options, kept in this browser's localStorage. */
export function createAppExportOptions(): ExportOptionsStore {
  return createExportOptionsStore(browserStorage());
}

/** The current export options and a setter; re-renders when they change. */
export function useExportOptions(): [ExportOptions, (patch: Partial<ExportOptions>) => void] {
  const store = useServices().exportOptions;
  const options = useSyncExternalStore(store.subscribe, store.get, store.get);
  return [options, store.set];
}
