import { describe, expect, it } from 'vitest';
import type { FieldValue } from '../document/spec-document';
import { fieldMarkdownKinds, markdownKindOf } from '../markdown/kinds/field-markdown-kinds';
import { defaultExportOptions, type WriteContext } from '../markdown/write/context';
import { generateDocument } from '../sample/generate-document';
import { parseTemplateDescription } from '../template/description-schema';
import type { Field, FieldKind, TemplateDescription } from '../template/types';
import { builtInTemplates } from '../templates';
import { fieldKinds, kindOf } from './field-kinds';
import { kindCases } from './field-kinds.cases';

const cases = Object.entries(kindCases) as [FieldKind, (typeof kindCases)[FieldKind]][];
const allFields = (fields: readonly Field[]): Field[] =>
  fields.flatMap((field) => [field, ...(field.kind === 'group' ? allFields(field.fields) : [])]);
const shippedFields = builtInTemplates.flatMap((template) => allFields(template.fields));

function written(field: Field, value: FieldValue | undefined) {
  const ctx: WriteContext = { options: defaultExportOptions, pending: new Map() };
  const scope = { fields: [field], values: { [field.id]: value }, n: 1, topLevel: true };
  return markdownKindOf(field).write(field, value, scope, ctx, 2);
}

describe('the field kind registry', () => {
  it('has a module for every kind and nothing else', () => {
    expect(Object.keys(fieldKinds).sort()).toEqual(Object.keys(kindCases).sort());
  });

  it('has a Markdown half for every kind and nothing else', () => {
    expect(Object.keys(fieldMarkdownKinds).sort()).toEqual(Object.keys(kindCases).sort());
  });

  it('finds the module of every field of the shipped templates', () => {
    for (const field of shippedFields) expect(kindOf(field)).toBe(fieldKinds[field.kind]);
  });

  it('throws on a kind no module handles, naming it', () => {
    const stray = { ...kindCases.text.field, kind: 'rating' } as unknown as Field;
    expect(() => kindOf(stray)).toThrow(/"rating"/);
    expect(() => markdownKindOf(stray)).toThrow(/"rating"/);
  });
});

describe.each(cases)('the %s kind', (_kind, { field, filled }) => {
  const kind = kindOf(field);
  const schema = kind.valueSchema(field);

  it('gives a new document a value its own schema accepts, and so are the empty and a filled value', () => {
    expect(schema.safeParse(kind.initialValue(field)).success).toBe(true);
    expect(schema.safeParse(kind.emptyValue()).success).toBe(true);
    expect(schema.safeParse(filled).success).toBe(true);
  });

  it('says which values are empty: the empty value, an untouched initial value, never a filled one', () => {
    expect(kind.isEmpty(field, kind.emptyValue())).toBe(true);
    expect(kind.isEmpty(field, undefined)).toBe(true);
    const hasDefault = 'defaultValue' in field && field.defaultValue;
    expect(kind.isEmpty(field, kind.initialValue(field))).toBe(!hasDefault);
    expect(kind.isEmpty(field, filled)).toBe(false);
  });

  it('writes a filled value as content, and an empty one as placeholders only', () => {
    expect(written(field, filled).content).toBe(true);
    const empty = written(field, kind.emptyValue());
    expect(empty.content).toBe(false);
    expect(empty.nodes.length).toBeGreaterThan(0);
  });

  it('is a kind template descriptions may use (the description schema knows it)', () => {
    const description: TemplateDescription = {
      id: 'kinds',
      name: 'Kinds',
      summary: 'One field of one kind.',
      fields: [{ id: 'name', kind: 'text', label: 'Name', placeholder: '[Name]', required: false }, field],
      header: { id: 'header', title: 'Kinds', blocks: [], fields: [] },
      sections: [
        {
          type: 'subsection',
          id: 'only',
          depth: 2,
          title: 'Only',
          required: false,
          blocks: [
            { type: 'field', field: 'name' },
            { type: 'field', field: field.id },
          ],
        },
      ],
      titleField: 'name',
    };
    expect(parseTemplateDescription(description)).toEqual({ ok: true, description });
  });

  it('is described in words', () => {
    expect(kind.describe(field)).toMatch(/\w/);
  });
});

describe.each(cases.filter(([, c]) => c.readsBack))('the %s kind, read', (_kind, { field, filled }) => {
  const kind = kindOf(field);

  it('reads back the block it writes', () => {
    const [node, ...rest] = written(field, filled).nodes;
    expect(rest).toEqual([]);
    let read: FieldValue | undefined;
    const took = markdownKindOf(field).readBlock(field, node!, {
      next: undefined,
      fill: (value) => {
        read = value;
      },
      readGroup: () => false,
    });
    expect(took).toBe(true);
    expect(read).toEqual(filled);
  });
});

describe('the kinds of the shipped templates', () => {
  it('accept their initial values and their generated sample values', () => {
    for (const template of builtInTemplates) {
      const sample = generateDocument(template, 'small');
      for (const field of template.fields) {
        const schema = kindOf(field).valueSchema(field);
        expect(schema.safeParse(kindOf(field).initialValue(field)).success, field.id).toBe(true);
        expect(schema.safeParse(sample.fields[field.id]).success, field.id).toBe(true);
        expect(kindOf(field).isEmpty(field, sample.fields[field.id]), field.id).toBe(false);
      }
    }
  });
});
