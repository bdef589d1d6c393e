import { describe, expect, it } from 'vitest';
import { dismissedChecksStore, parseDraftChecks } from './dismissed-checks';
import { memoryKeyValueStore } from './key-value';

describe('dismissedChecksStore', () => {
  it('keeps dismissals and EARS mode per draft', async () => {
    const store = dismissedChecksStore(memoryKeyValueStore());
    await store.set('a', { dismissed: ['k1', 'k1', 'k2'], ears: true });
    expect(await store.get('a')).toEqual({ dismissed: ['k1', 'k2'], ears: true });
    expect(await store.get('b')).toEqual({ dismissed: [], ears: false });
    await store.remove('a');
    expect(await store.get('a')).toEqual({ dismissed: [], ears: false });
  });

  it('reads a damaged record, or a failing store, as the defaults', async () => {
    const kv = memoryKeyValueStore({ a: { dismissed: ['k', 3], ears: 'yes' }, b: 'junk' });
    const store = dismissedChecksStore(kv);
    expect(await store.get('a')).toEqual({ dismissed: ['k'], ears: false });
    expect(await store.get('b')).toEqual({ dismissed: [], ears: false });
    const failing = dismissedChecksStore({ ...kv, get: () => Promise.reject(new Error('blocked')) });
    expect(await failing.get('a')).toEqual({ dismissed: [], ears: false });
    expect(parseDraftChecks(null)).toEqual({ dismissed: [], ears: false });
  });
});
