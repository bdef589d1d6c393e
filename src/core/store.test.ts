import { describe, expect, it, vi } from 'vitest';
import { createStore } from './store';

describe('createStore', () => {
  it('tells listeners of a new value, not of the same one, and stops after unsubscribing', () => {
    const store = createStore({ n: 1 }, (a, b) => a.n === b.n);
    const listener = vi.fn();
    const unsubscribe = store.subscribe(listener);
    store.set({ n: 1 });
    expect(listener).not.toHaveBeenCalled();
    store.set({ n: 2 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(store.get()).toEqual({ n: 2 });
    unsubscribe();
    store.set({ n: 3 });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('keeps the same value object between changes (a useSyncExternalStore snapshot)', () => {
    const store = createStore([1]);
    expect(store.get()).toBe(store.get());
  });

  it('does not call a listener another one removed during the same round', () => {
    const store = createStore(0);
    const second = vi.fn();
    let off = () => {};
    store.subscribe(() => off());
    off = store.subscribe(second);
    store.set(1);
    expect(second).not.toHaveBeenCalled();
  });
});
