import { describe, expect, it } from 'vitest';
import { createDocument, featureSpec, technicalSpec } from '../../core';
import { draftTitle, parseDraft, rawContent, renameDocument, stableStringify } from './draft-record';

function stored(overrides: Record<string, unknown> = {}) {
  const doc = renameDocument(createDocument(technicalSpec), 'Billing export');
  return { id: 'a', template: 'technical-spec', title: 'x', createdAt: 1, updatedAt: 2, doc, ...overrides };
}

describe('parseDraft', () => {
  it('reads a valid record and derives the title from the template title field again', () => {
    const parsed = parseDraft(stored());
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.draft.title).toBe('Billing export');
  });

  it('sets aside a record whose document does not fit its template', () => {
    const record = stored();
    const parsed = parseDraft({
      ...record,
      doc: { ...record.doc, fields: { ...record.doc.fields, title: 42 } },
    });
    expect(parsed).toEqual({ ok: false, reason: expect.stringContaining('doc.fields.title') });
  });

  it('sets aside a record of an unknown template, a record without envelope, and non-objects', () => {
    expect(parseDraft(stored({ template: 'nope' })).ok).toBe(false);
    expect(parseDraft(createDocument(technicalSpec)).ok).toBe(false);
    expect(parseDraft('garbage').ok).toBe(false);
    expect(parseDraft(null).ok).toBe(false);
  });

  it('sets aside a record whose envelope and document disagree on the template', () => {
    expect(parseDraft(stored({ template: 'feature-spec' })).ok).toBe(false);
  });
});

describe('draftTitle', () => {
  it('uses the title field of each template, on one line', () => {
    expect(draftTitle(renameDocument(createDocument(featureSpec), '  Photo\n upload '))).toBe('Photo upload');
    expect(draftTitle(createDocument(technicalSpec))).toBe('');
  });
});

describe('stableStringify and rawContent', () => {
  it('ignores key order', () => {
    expect(stableStringify({ b: 1, a: [{ d: 1, c: 2 }] })).toBe(
      stableStringify({ a: [{ c: 2, d: 1 }], b: 1 }),
    );
  });
  it('gives text for anything', () => {
    expect(rawContent({ a: 1 })).toContain('"a": 1');
    expect(rawContent(undefined)).toBe('undefined');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(rawContent(cyclic)).toBe('[object Object]');
  });
});
