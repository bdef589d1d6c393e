import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SpecDocument } from '../document/spec-document';
import { type ExportOptions, writeMarkdown } from '../markdown/write-markdown';
import { generateDocument } from '../sample/generate-document';
import { blockFieldIds } from '../template/walk';
import { builtInTemplates, templates } from '../templates';
import { createCachedWriter } from './cached-writer';
import { applyDocumentChange, diffDocument } from './document-change';
import { applyEdit, editArb, optionsArb } from './document-edits.test-helper';

describe('createCachedWriter', () => {
  // Every shipped template: the spec-kit ones write fields in headings (a tasks phase's `[Title]`) and nested lists.
  for (const template of builtInTemplates) {
    it(`writes what writeMarkdown writes after random edits (${template.id})`, () => {
      const start = generateDocument(template, {
        userStories: 3,
        scenariosPerStory: 2,
        requirements: 4,
        tableRows: 3,
        listItems: 3,
      });
      // Additional content at the start, after a section heading, after a field and at no known anchor.
      const anchored = {
        start: 'Kept *as is*',
        [template.sections[1]?.id ?? 'a']: '- kept item',
        [blockFieldIds(template.sections[2]?.blocks ?? [])[0] ?? 'b']: '| a |\n| - |\n| 1 |',
        nowhere: '[a]: https://example.com',
      };
      fc.assert(
        fc.property(
          fc.array(fc.tuple(editArb, fc.option(optionsArb, { nil: undefined })), {
            minLength: 1,
            maxLength: 8,
          }),
          fc.boolean(),
          (steps, withAdditional) => {
            const write = createCachedWriter();
            let doc: SpecDocument = withAdditional ? { ...start, additional: anchored } : start;
            let options: ExportOptions = { includeGuidance: false, emptyFields: 'placeholder' };
            // The worker's copy, rebuilt from changes passed through a structured clone like postMessage does.
            let workerDoc: SpecDocument | undefined;
            let sent: SpecDocument | undefined;
            const check = () => {
              workerDoc = applyDocumentChange(workerDoc, structuredClone(diffDocument(sent, doc)));
              sent = doc;
              expect(workerDoc).toEqual(doc);
              expect(write(workerDoc, structuredClone(options))).toBe(writeMarkdown(doc, options));
            };
            check();
            for (const [edit, nextOptions] of steps) {
              doc = applyEdit(doc, template.fields, edit);
              if (nextOptions) options = nextOptions;
              check();
            }
          },
        ),
        { numRuns: 10 },
      );
    }, 120_000);
  }

  it('writes the large generated documents as writeMarkdown does, before and after an edit', () => {
    for (const template of templates) {
      const write = createCachedWriter();
      const options: ExportOptions = { includeGuidance: false, emptyFields: 'placeholder' };
      const doc = generateDocument(template, 'large');
      expect(write(doc, options)).toBe(writeMarkdown(doc, options));
      const edited = applyEdit(doc, template.fields, { field: 0, item: 7, action: 'type', text: 'x*y' });
      expect(write(edited, options)).toBe(writeMarkdown(edited, options));
    }
  }, 60_000);

  it('writes a table row by row as writeMarkdown writes the table, cells with pipes and breaks included', () => {
    for (const template of templates) {
      const table = template.fields.find((field) => field.kind === 'table');
      if (!table) continue;
      const write = createCachedWriter();
      const options: ExportOptions = { includeGuidance: false, emptyFields: 'placeholder' };
      let doc = generateDocument(template, 'large');
      expect(write(doc, options)).toBe(writeMarkdown(doc, options));
      for (const [item, text] of [
        [5, 'a | b \\| c'],
        [6, 'line one\nline two'],
        [5, '`code | pipe` and <b>html</b>'],
      ] as const) {
        doc = applyEdit(doc, [table], { field: 0, item, action: 'type', text });
        expect(write(doc, options)).toBe(writeMarkdown(doc, options));
      }
    }
  }, 60_000);
});
