import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpecDocument } from '../../document/spec-document';
import { applyEdit, editArb } from '../../preview/document-edits.test-helper';
import { generateDocument } from '../../sample/generate-document';
import { templates } from '../../templates';
import { readMarkdown } from '../read-markdown';
import { writeInStyleWhole, writeMarkdown } from '../write-markdown';
import { reprintMarkdown } from './reprint-markdown';

// The reprint of an opened file writes part by part, reusing what it wrote for items that are the same objects and
// the Markdown of list items and table rows by content; held here to the same reprint written whole, uncached.
// Not text that looks like a link definition (`[ref]: url`): the part writer then escapes every `[` of the document,
// as a definition in a Markdown field would require, also when the text sits in a one-line field where the whole
// writer sees that it defines nothing. Both read back the same; only the escaping differs.
const edits = fc.array(
  editArb.filter((edit) => !/\]:/.test(edit.text)),
  { minLength: 1, maxLength: 6 },
);

describe('reprinting an opened document', () => {
  for (const template of templates) {
    it(`writes after random edits what the uncached writer writes (${template.id})`, () => {
      const generated = generateDocument(template, {
        userStories: 3,
        scenariosPerStory: 2,
        requirements: 5,
        tableRows: 3,
        listItems: 3,
      });
      const opened = readMarkdown(writeMarkdown(generated), template.id).doc;
      expect(opened.origin).toBeDefined();
      fc.assert(
        fc.property(edits, (steps) => {
          let doc: SpecDocument = opened;
          for (const edit of steps) {
            doc = applyEdit(doc, template.fields, edit);
            const withOrigin = doc as SpecDocument & { origin: NonNullable<SpecDocument['origin']> };
            expect(writeMarkdown(doc)).toBe(reprintMarkdown(withOrigin, writeInStyleWhole));
          }
        }),
        { numRuns: 10 },
      );
    }, 120_000);
  }
});
