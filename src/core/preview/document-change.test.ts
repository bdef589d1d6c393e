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

  it('send only the items of a repeatable field that changed, and keep the others as they were', () => {
    const rows = Array.from({ length: 40 }, (_, i) => ({ key: `R-${i}`, text: `row ${i}` }));
    const before: SpecDocument = { template: 't', version: 2, fields: { rows, a: 'x' }, additional: {} };
    const edited = rows.slice();
    edited[7] = { ...rows[7]!, text: 'row 7!' };
    const added = [...edited, { key: 'R-40', text: 'new' }];
    const after: SpecDocument = { ...before, fields: { ...before.fields, rows: added } };
    const change = diffDocument(before, after);
    expect(change.type === 'fields' && change.items?.rows).toEqual({
      length: 41,
      changed: { 7: added[7], 40: added[40] },
    });
    expect(change.type === 'fields' && 'rows' in change.fields).toBe(false);
    // Across a structured clone, as to a worker that holds the previous version.
    const held = structuredClone(before);
    const applied = applyDocumentChange(held, structuredClone(change));
    expect(applied).toEqual(after);
    const heldRows = held.fields.rows as unknown[];
    const appliedRows = applied.fields.rows as unknown[];
    expect(appliedRows[6]).toBe(heldRows[6]);
    expect(appliedRows[7]).not.toBe(heldRows[7]);
    // Items removed from the end.
    const cut: SpecDocument = { ...before, fields: { ...before.fields, rows: rows.slice(0, 30) } };
    expect(applyDocumentChange(structuredClone(before), structuredClone(diffDocument(before, cut)))).toEqual(
      cut,
    );
  });

  it('send a field whole when most of its items changed (a reorder)', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ text: `row ${i}` }));
    const before: SpecDocument = { template: 't', version: 2, fields: { rows }, additional: {} };
    const after: SpecDocument = { ...before, fields: { rows: [...rows].reverse() } };
    const change = diffDocument(before, after);
    expect(change.type === 'fields' && change.fields.rows).toEqual(after.fields.rows);
    expect(change.type === 'fields' && change.items).toBeUndefined();
    expect(applyDocumentChange(structuredClone(before), structuredClone(change))).toEqual(after);
  });
});
