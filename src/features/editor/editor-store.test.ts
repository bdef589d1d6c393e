import { describe, expect, it } from 'vitest';
import { createDocument, featureSpec, type GroupItem } from '../../core';
import { createEditorStore } from './editor-store';

describe('editor store', () => {
  it('shows no errors in a new document, only what is still to do', () => {
    const store = createEditorStore(featureSpec, structuredClone(createDocument(featureSpec)));
    expect(store.get().errorCount).toBe(0);
    expect(store.get().steps[0]).toMatchObject({ id: 'header', status: 'empty', errors: 0 });
    expect(store.get().steps[0]!.toDo).toBeGreaterThan(0);
  });

  it('shows an issue once its field was edited and left, and all of a step once it is checked', () => {
    const store = createEditorStore(featureSpec, structuredClone(createDocument(featureSpec)));
    store.markLeft('fields.featureName');
    expect(store.get().byPath.get('fields.featureName')?.message).toBe('Feature name is required.');
    expect(store.get().steps[0]).toMatchObject({ status: 'errors', errors: 1 });
    store.checkStep('header');
    expect(store.get().steps[0]).toMatchObject({ status: 'errors', errors: 4, toDo: 0 });
  });

  it('shows the issue of a list once something inside it was edited and left', () => {
    const doc = structuredClone(createDocument(featureSpec));
    (doc.fields.userStories as GroupItem[])[0]!.scenarios = [];
    const store = createEditorStore(featureSpec, doc);
    expect(store.get().byPath.get('fields.userStories.0.scenarios')).toBeUndefined();
    store.markLeft('fields.userStories.0.scenarios');
    expect(store.get().byPath.get('fields.userStories.0.scenarios')?.code).toBe('minItems');
  });

  it('counts pre-filled text as filled in', () => {
    const store = createEditorStore(featureSpec, structuredClone(createDocument(featureSpec)));
    const languages = store.get().steps.find((step) => step.title === 'Implementation Language Preferences');
    expect(languages?.status).toBe('complete');
  });

  it('keeps the issue object of a field whose message did not change', () => {
    const doc = structuredClone(createDocument(featureSpec));
    doc.fields.featureBranch = 'nope';
    const store = createEditorStore(featureSpec, doc);
    store.markLeft('fields.featureBranch');
    const before = store.get().byPath.get('fields.featureBranch');
    expect(before?.code).toBe('pattern');
    const next = structuredClone(doc);
    (next.fields.userStories as GroupItem[])[0]!.title = 'Upload';
    store.setDocument(next);
    expect(store.get().byPath.get('fields.featureBranch')).toBe(before);
  });
});
