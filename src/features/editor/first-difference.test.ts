import { describe, expect, it } from 'vitest';
import { firstDifference } from './first-difference';

describe('firstDifference', () => {
  it('finds the first changed value, or the list whose length changed', () => {
    const before = { fields: { title: 'A', goals: [{ text: 'x' }, { text: 'y' }] } };
    expect(firstDifference(before, structuredClone(before))).toBeUndefined();
    expect(firstDifference(before, { fields: { title: 'A', goals: [{ text: 'x' }, { text: 'z' }] } })).toBe(
      'fields.goals.1.text',
    );
    expect(firstDifference(before, { fields: { title: 'A', goals: [{ text: 'x' }] } })).toBe('fields.goals');
    expect(firstDifference(before, { fields: { title: 'B', goals: [] } })).toBe('fields.title');
  });
});
