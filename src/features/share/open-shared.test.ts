import { describe, expect, it } from 'vitest';
import { createDocument, technicalSpec } from '../../core';
import { openShared } from './open-shared';
import { encodeShareData } from './share-link';

describe('openShared', { timeout: 30_000 }, () => {
  it('gives the document, its Markdown and the sanitized hast of it', () => {
    const doc = createDocument(technicalSpec);
    doc.fields.title = 'Payments';
    doc.fields.overview = 'Uses **cards** ![logo](https://cdn.example/logo.png)';
    const opened = openShared(encodeShareData(doc));
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    expect(opened.doc).toEqual(doc);
    expect(opened.markdown).toContain('Uses **cards**');
    expect(JSON.stringify(opened.hast)).toContain('"tagName":"strong"');
  });

  it('refuses a document whose Markdown goes beyond the limits an opened file has', () => {
    const doc = createDocument(technicalSpec);
    doc.fields.overview = '*a_'.repeat(20_000);
    expect(openShared(encodeShareData(doc))).toEqual({
      ok: false,
      reason: expect.stringMatching(
        /^This shared document has a paragraph with more than 1,500 \* and _ marks/,
      ),
    });
  });
});
