import { describe, expect, it } from 'vitest';
import { createDocument, featureSpec, type GroupItem } from '../../core';
import { createEditorStore } from './editor-store';

describe('editor store', () => {
  it('reports missing required values of a step once it has been left, and counts them per step', () => {
    const doc = structuredClone(createDocument(featureSpec));
    const store = createEditorStore(featureSpec, doc);
    expect(store.get().errorCount).toBe(0);
    expect(store.get().steps[0]).toMatchObject({ id: 'header', status: 'empty', errors: 0 });
    store.markVisited('header');
    expect(store.get().steps[0]).toMatchObject({ status: 'errors', errors: 4 });
    expect(store.get().byPath.get('fields.featureName')?.message).toBe('Feature name is required.');
  });

  it('keeps the issue object of a field whose message did not change', () => {
    const doc = structuredClone(createDocument(featureSpec));
    doc.fields.featureBranch = 'nope';
    const store = createEditorStore(featureSpec, doc);
    const before = store.get().byPath.get('fields.featureBranch');
    expect(before?.code).toBe('pattern');
    const next = structuredClone(doc);
    (next.fields.userStories as GroupItem[])[0]!.title = 'Upload';
    store.setDocument(next);
    expect(store.get().byPath.get('fields.featureBranch')).toBe(before);
  });
});
