import { describe, expect, it } from 'vitest';
import { createDocument, featureSpec, technicalSpec } from '../../core';
import {
  draftTitle,
  maxDraftChars,
  maxDraftDepth,
  maxTimestamp,
  measure,
  rawContent,
  renameDocument,
  stableStringify,
} from './draft-record';
import { parseDraft } from './parse-draft';

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

describe('bounds of a stored draft', () => {
  it('refuses timestamps no Date can hold, and accepts the whole range a Date can', () => {
    for (const updatedAt of [1e308, -1e20, -1, Number.NaN, Number.POSITIVE_INFINITY, 1.5, maxTimestamp + 1])
      expect(parseDraft(stored({ updatedAt })).ok, String(updatedAt)).toBe(false);
    expect(parseDraft(stored({ createdAt: -1e20 })).ok).toBe(false);
    for (const updatedAt of [0, Date.now(), maxTimestamp]) {
      const parsed = parseDraft(stored({ updatedAt }));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) expect(() => new Date(parsed.draft.updatedAt).toISOString()).not.toThrow();
    }
  });

  it('reads a record without a revision (written before revisions) as revision 0, and refuses a bad one', () => {
    const parsed = parseDraft(stored());
    expect(parsed.ok && parsed.draft.revision).toBe(0);
    const seven = parseDraft(stored({ revision: 7 }));
    expect(seven.ok && seven.draft.revision).toBe(7);
    for (const revision of [-1, 1.5, '3', Number.MAX_VALUE])
      expect(parseDraft(stored({ revision })).ok).toBe(false);
  });

  it('refuses a document nested deeper than the limit, without overflowing the stack', () => {
    let nested: unknown = 'bottom';
    for (let i = 0; i < 100_000; i++) nested = { level: nested };
    const record = stored();
    const parsed = parseDraft({ ...record, doc: { ...record.doc, extraFrontMatter: { nested } } });
    expect(parsed).toEqual({ ok: false, reason: `nested more than ${maxDraftDepth} levels deep` });
    // Front matter a few levels deep is fine.
    const shallow = parseDraft({
      ...record,
      doc: { ...record.doc, extraFrontMatter: { a: { b: { c: [1] } } } },
    });
    expect(shallow.ok).toBe(true);
  });

  it('refuses a document with more text than the limit', () => {
    const record = stored();
    const big = {
      ...record,
      doc: { ...record.doc, fields: { ...record.doc.fields, overview: 'x'.repeat(maxDraftChars) } },
    };
    expect(parseDraft(big)).toEqual({ ok: false, reason: expect.stringContaining('characters of text') });
  });

  it('measure counts depth and characters, and survives cycles', () => {
    expect(measure('abc')).toEqual({ depth: 0, chars: 3 });
    expect(measure({ ab: ['c', { d: 'ef' }] })).toEqual({ depth: 3, chars: 6 });
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(measure(cyclic).depth).toBe(1);
  });
});
