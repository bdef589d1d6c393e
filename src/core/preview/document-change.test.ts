import { describe, expect, it } from 'vitest';
import type { SpecDocument } from '../document/spec-document';
import { applyDocumentChange, diffDocument } from './document-change';

const origin: NonNullable<SpecDocument['origin']> = {
  source: '# T\r\n',
  fields: { a: 'x', b: 'y' },
  additional: {},
  placeholders: [],
  footer: false,
};

describe('document changes', () => {
  it('keep the file an opened document came from', () => {
    const before: SpecDocument = {
      template: 't',
      version: 2,
      fields: { a: 'x', b: 'y' },
      additional: {},
      origin,
    };
    const after: SpecDocument = { ...before, fields: { ...before.fields, a: 'x!' } };
    const change = diffDocument(before, after);
    expect(change.type).toBe('fields');
    const applied = applyDocumentChange(structuredClone(before), structuredClone(change));
    expect(applied).toEqual(after);
  });

  it('send the whole document when it was opened from another file', () => {
    const before: SpecDocument = { template: 't', version: 2, fields: { a: 'x' }, additional: {}, origin };
    const after: SpecDocument = { ...before, origin: { ...origin, source: '# U\n' } };
    expect(diffDocument(before, after)).toEqual({ type: 'whole', doc: after });
  });
});
