import { describe, expect, it, vi } from 'vitest';
import { createExportOptionsStore } from './export-options';

function memoryStorage(initial?: string) {
  const data = new Map<string, string>(initial ? [['specwright.exportOptions', initial]] : []);
  return {
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => data.set(key, value),
    data,
  };
}

describe('export options store', () => {
  it('starts from the defaults and keeps changes in storage', () => {
    const storage = memoryStorage();
    const store = createExportOptionsStore(storage);
    expect(store.get()).toEqual({ includeGuidance: false, emptyFields: 'placeholder' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ emptyFields: 'omit' });
    store.set({ emptyFields: 'omit' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(createExportOptionsStore(storage).get()).toEqual({ includeGuidance: false, emptyFields: 'omit' });
  });

  it('ignores damaged or foreign stored values', () => {
    expect(createExportOptionsStore(memoryStorage('{not json')).get()).toEqual({
      includeGuidance: false,
      emptyFields: 'placeholder',
    });
    expect(
      createExportOptionsStore(memoryStorage('{"includeGuidance":"yes","emptyFields":"x"}')).get(),
    ).toEqual({
      includeGuidance: false,
      emptyFields: 'placeholder',
    });
  });

  it('works without storage, and when storage throws', () => {
    const store = createExportOptionsStore({
      getItem: () => {
        throw new Error('blocked');
      },
      setItem: () => {
        throw new Error('full');
      },
    });
    store.set({ includeGuidance: true });
    expect(store.get().includeGuidance).toBe(true);
    expect(createExportOptionsStore().get().includeGuidance).toBe(false);
  });
});
