import { describe, expect, it } from 'vitest';
import { setPath } from './editor-session';

describe('setPath', () => {
  it('replaces one value and shares every untouched branch', () => {
    const doc = { fields: { a: [{ text: 'x' }, { text: 'y' }], b: 'keep' }, additional: {} };
    const next = setPath(doc, ['fields', 'a', '1', 'text'], 'z');
    expect(next.fields.a[1]).toEqual({ text: 'z' });
    expect(doc.fields.a[1]).toEqual({ text: 'y' });
    expect(next.fields.a[0]).toBe(doc.fields.a[0]);
    expect(next.additional).toBe(doc.additional);
    expect(Array.isArray(next.fields.a)).toBe(true);
  });

  it('returns the same document when the value did not change', () => {
    const doc = { fields: { b: 'keep' } };
    expect(setPath(doc, ['fields', 'b'], 'keep')).toBe(doc);
  });

  it('copies object values so later form mutations cannot reach the published document', () => {
    const value = { text: 'a', checked: false };
    const next = setPath({ items: [value] }, ['items', '0'], value);
    expect(next.items[0]).toEqual(value);
    expect(next.items[0]).not.toBe(value);
  });
});
