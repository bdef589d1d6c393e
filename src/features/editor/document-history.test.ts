import { describe, expect, it } from 'vitest';
import type { SpecDocument } from '../../core';
import { createDocumentHistory } from './document-history';

const doc = (title: string, goals: string[] = []): SpecDocument => ({
  template: 'technical-spec',
  version: 2,
  fields: { title, goals: goals.map((text) => ({ text })) },
  additional: {},
});

describe('document history', () => {
  it('coalesces typing in one field into one step', () => {
    const history = createDocumentHistory(doc(''));
    history.record(doc('H'), 'fields.title', 1000);
    history.record(doc('He'), 'fields.title', 1200);
    history.record(doc('Hello'), 'fields.title', 1400);
    expect(history.undo()).toEqual(doc(''));
    expect(history.canUndo()).toBe(false);
    expect(history.redo()).toEqual(doc('Hello'));
  });

  it('coalesces a long run of typing that was recorded in two parts', () => {
    // A pause-flush after the first key, then typing that lasts longer than the pause limit: still one step.
    const history = createDocumentHistory(doc(''));
    history.record(doc('F'), 'fields.title', 1000, 1000);
    history.record(doc('Fast typing'), 'fields.title', 1400, 4000);
    // Typing that resumes after a real pause is a step of its own.
    history.record(doc('Fast typing!'), 'fields.title', 6000, 6000);
    expect(history.undo()).toEqual(doc('Fast typing'));
    expect(history.undo()).toEqual(doc(''));
    expect(history.canUndo()).toBe(false);
  });

  it('keeps structural changes and pauses as separate steps, and clears redo on a new change', () => {
    const history = createDocumentHistory(doc(''));
    history.record(doc('A'), 'fields.title', 1000);
    history.record(doc('A', ['g']), null, 1100);
    history.record(doc('AB', ['g']), 'fields.title', 1200);
    history.record(doc('ABC', ['g']), 'fields.title', 5000);
    expect(history.undo()).toEqual(doc('AB', ['g']));
    expect(history.undo()).toEqual(doc('A', ['g']));
    expect(history.undo()).toEqual(doc('A'));
    expect(history.canRedo()).toBe(true);
    history.record(doc('Z'), 'fields.title', 6000);
    expect(history.canRedo()).toBe(false);
  });

  it('ignores a record equal to the present', () => {
    const history = createDocumentHistory(doc('x'));
    history.record(doc('x'), null);
    expect(history.canUndo()).toBe(false);
  });
});
