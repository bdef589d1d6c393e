import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../markdown/write-markdown';
import { technicalSpec } from '../templates';
import { createDocument } from './create-document';
import { specDocumentSchema } from './spec-document';

describe('a document made under another version of its template', () => {
  it('opens: fields the template gained are empty, the content of fields it lost is kept', () => {
    const current = createDocument(technicalSpec);
    const { goals: _gone, ...older } = current.fields;
    const stored = {
      ...current,
      fields: {
        ...older,
        title: 'Old draft',
        // A table row from before the table had its last column.
        nonFunctionalRequirements: [{ ref: 'NFR-1', requirement: 'Fast enough' }],
        legacyNotes: 'Written **before** the template changed.',
        legacyList: [{ text: 'one' }, { text: 'two' }],
      },
    };
    const parsed = specDocumentSchema(technicalSpec).safeParse(stored);
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    const doc = parsed.data;
    expect(doc.fields.goals).toEqual([]);
    expect(doc.fields.title).toBe('Old draft');
    expect(doc.fields.nonFunctionalRequirements).toEqual([
      { ref: 'NFR-1', requirement: 'Fast enough', metric: '' },
    ]);
    expect(doc.additional['removed_legacyNotes']).toBe('Written **before** the template changed.');
    expect(doc.additional['removed_legacyList']).toContain('"text": "two"');
    // Written at the end of the document, so nothing typed is lost in the file either.
    const markdown = writeMarkdown(doc, { includeGuidance: false, emptyFields: 'omit' });
    expect(markdown).toContain('Written **before** the template changed.');
  });

  it('is left as it is when it fits already', () => {
    const doc = createDocument(technicalSpec);
    expect(specDocumentSchema(technicalSpec).parse(doc)).toEqual(doc);
  });
});
