import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { FieldValue, GroupItem, SpecDocument } from '../document/spec-document';
import { naughtyText } from '../markdown/write/naughty-strings.test-helper';
import { type ExportOptions, writeMarkdown } from '../markdown/write-markdown';
import { generateDocument } from '../sample/generate-document';
import type { Field } from '../template/types';
import { blockFieldIds } from '../template/walk';
import { templates } from '../templates';
import { createCachedWriter } from './cached-writer';
import { applyDocumentChange, diffDocument } from './document-change';

/** One edit as the document store makes it: the touched field is a new object, every other field the same one. */
interface Edit {
  field: number;
  item: number;
  action: 'type' | 'add' | 'remove' | 'duplicate';
  text: string;
}

const editArb: fc.Arbitrary<Edit> = fc.record({
  field: fc.nat(),
  item: fc.nat(),
  action: fc.constantFrom('type', 'type', 'type', 'add', 'remove', 'duplicate'),
  text: fc.oneof(naughtyText, fc.constantFrom('', '\n[ref]: https://example.com\n', '\n- a\n- b\n', '***')),
});

const optionsArb: fc.Arbitrary<ExportOptions> = fc.record({
  includeGuidance: fc.boolean(),
  emptyFields: fc.constantFrom('placeholder', 'omit'),
});

/** A new value of a field with one item (or the text) changed, as typing, adding or removing would. */
function editValue(field: Field, value: FieldValue | undefined, edit: Edit): FieldValue {
  if (field.kind !== 'list' && field.kind !== 'checklist' && field.kind !== 'table' && field.kind !== 'group')
    return edit.text;
  const items = [...((value as Record<string, unknown>[] | undefined) ?? [])];
  const index = items.length === 0 ? 0 : edit.item % items.length;
  if (edit.action === 'remove') return items.filter((_, i) => i !== index) as FieldValue;
  if (edit.action === 'duplicate' && items.length > 0) {
    items.splice(index, 0, { ...items[index] });
    return items as FieldValue;
  }
  const blank = (): Record<string, unknown> => {
    if (field.kind === 'list') return { text: '' };
    if (field.kind === 'checklist') return { text: '', checked: false };
    if (field.kind === 'table') return Object.fromEntries(field.columns.map((c) => [c.key, '']));
    const repeatable = ['list', 'checklist', 'table', 'group'];
    return Object.fromEntries(field.fields.map((f) => [f.id, repeatable.includes(f.kind) ? [] : '']));
  };
  if (edit.action === 'add' || items.length === 0) {
    items.splice(index, 0, blank());
    return items as FieldValue;
  }
  const item = { ...items[index] };
  if (field.kind === 'list' || field.kind === 'checklist') item.text = edit.text;
  else if (field.kind === 'table') {
    const column = field.columns[edit.item % field.columns.length];
    if (column) item[column.key] = edit.text;
  } else {
    const inner = field.fields[edit.item % field.fields.length];
    if (inner) item[inner.id] = editValue(inner, item[inner.id] as FieldValue | undefined, edit);
  }
  items[index] = item as GroupItem;
  return items as FieldValue;
}

function applyEdit(doc: SpecDocument, fields: readonly Field[], edit: Edit): SpecDocument {
  const field = fields[edit.field % fields.length] as Field;
  return { ...doc, fields: { ...doc.fields, [field.id]: editValue(field, doc.fields[field.id], edit) } };
}

describe('createCachedWriter', () => {
  for (const template of templates) {
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
