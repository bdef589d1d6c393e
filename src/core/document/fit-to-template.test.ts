import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../markdown/write-markdown';
import type { TemplateId } from '../template/types';
import { getTemplate, technicalSpec } from '../templates';
import { createDocument } from './create-document';
import { currentDocumentSchema } from './document-schema';
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

  it('opens with the fields an earlier version had in place of a group as its items (spec-kit checklist v1)', () => {
    const checklist = getTemplate('spec-kit-checklist' as TemplateId);
    const current = createDocument(checklist);
    const { categories: _now, ...rest } = current.fields;
    const items = [{ text: 'CHK001 Terms are defined', checked: true }];
    const stored = {
      ...current,
      templateVersion: 1,
      fields: { ...rest, category1: 'Clarity', category12: items, category2: 'Coverage', category22: [] },
      origin: {
        source: '# x\n',
        fields: { ...rest, category1: 'Clarity', category12: items, category2: 'Coverage', category22: [] },
        additional: {},
        placeholders: [],
        footer: false,
      },
    };
    const parsed = specDocumentSchema(checklist).safeParse(stored);
    expect(parsed.error?.issues).toBeUndefined();
    if (!parsed.success) return;
    const categories = [
      { category: 'Clarity', items },
      { category: 'Coverage', items: [] },
    ];
    expect(parsed.data.fields.categories).toEqual(categories);
    expect(parsed.data.fields).not.toHaveProperty('category1');
    // Nothing is kept as removed content: it is all in the group.
    expect(parsed.data.additional).toEqual({});
    // What the file read is fitted the same way, so the document still reads as unchanged.
    expect(parsed.data.origin?.fields.categories).toEqual(categories);
    // And a stored draft needs no Markdown for it (nothing to write as a code block).
    expect(currentDocumentSchema(checklist).safeParse(stored).success).toBe(true);
  });
});
