import fc from 'fast-check';
import type { Heading, List, Nodes, Root, RootContent, Table } from 'mdast';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { assertNever } from '../assert-never';
import { newGroupItem } from '../document/create-document';
import { documentVersion } from '../document/document-version';
import { isEmptyItem, isEmptyRow, isEmptyValue } from '../document/field-values';
import type { FieldValue, GroupItem, ListItem, SpecDocument, TableRow } from '../document/spec-document';
import { specDocumentSchema } from '../document/spec-document';
import type { Block, Field, GroupField, Segment, Subsection, TemplateDescription } from '../template/types';
import { resolvePlaceholder, segmentFieldIds } from '../template/walk';
import { templates } from '../templates';
import { normalizeValue, valueText } from './inline-value';
import { comparableMdast } from './mdast-compare';
import { parseMarkdownFragment } from './processor';
import { codeText } from './write/fields/code-field';
import { literalLines, normalizeLiteral } from './write/literal';
import { naughtyPieces, naughtyText } from './write/naughty-strings.test-helper';
import { type ExportOptions, writeMarkdown } from './write-markdown';

// One-line values are inline Markdown (version 2): what the file must show for one is the text it renders as, each
// line parsed on its own (`renderedLines`), wherever it is written (a cell, a list item, a heading). Documents of
// version 1 hold literal text: migrated, each value must render as exactly that text (`normalizeLiteral`: leading
// and trailing whitespace of a line and blank lines cannot survive Markdown).

/** How a document's one-line values must render: as inline Markdown (current) or as literal text (version 1). */
type Mode = 'markdown' | 'literal';

/** The text each line of a one-line value renders as. */
function renderedLines(value: string, mode: Mode): string[] {
  if (mode === 'literal') return literalLines(value);
  return literalLines(normalizeValue(value)).map((line) => textOf(parseMarkdownFragment(line)));
}

const rendered = (value: string, mode: Mode) => renderedLines(value, mode).join('\n');
const renderedInline = (value: string, mode: Mode) => renderedLines(value, mode).join(' ');

/** Markdown-ish text for Markdown fields: headings at every depth, fences, tables, open HTML, definitions. */
const markdownText = fc
  .array(
    fc.oneof(
      naughtyText,
      fc.constantFrom(
        '\n\n# Top\n\n',
        '\n## Two\n',
        '### Three\n',
        '###### Six\n',
        'Setext\n===\n',
        '\n```\ncode\n',
        '<!-- open',
        '<script>',
        '\n| a | b |\n| - | - |\n| 1 | 2 |\n',
        '\n[ref]: https://example.com\n',
        '\n> quote\n',
        '\n- item\n',
      ),
    ),
    { maxLength: 4 },
  )
  .map((parts) => parts.join(''));

function valueArb(field: Field): fc.Arbitrary<FieldValue> {
  switch (field.kind) {
    case 'text':
    case 'choice':
    case 'date':
      return naughtyText;
    case 'markdown':
      return markdownText;
    case 'code':
      return fc.oneof(naughtyText, fc.constantFrom('```\nfenced\n```', '  +--+\n  |  |\n  +--+'));
    case 'list':
      return fc.array(fc.record({ text: naughtyText }), { maxLength: 4 });
    case 'checklist':
      return fc.array(fc.record({ text: naughtyText, checked: fc.boolean() }), { maxLength: 4 });
    case 'table':
      return fc.array(fc.record(Object.fromEntries(field.columns.map((c) => [c.key, naughtyText]))), {
        maxLength: 4,
      });
    case 'group':
      return fc.array(
        fc.record(
          Object.fromEntries(field.fields.map((f) => [f.id, valueArb(f)])),
        ) as fc.Arbitrary<GroupItem>,
        { maxLength: 3 },
      ) as fc.Arbitrary<FieldValue>;
  }
}

const documentArb = (template: TemplateDescription): fc.Arbitrary<SpecDocument> =>
  fc
    .record(
      Object.fromEntries(template.fields.map((f) => [f.id, valueArb(f)])) as Record<
        string,
        fc.Arbitrary<FieldValue>
      >,
    )
    .map((fields) => ({ template: template.id, version: documentVersion, fields, additional: {} }));

const optionsArb: fc.Arbitrary<ExportOptions> = fc.record({
  includeGuidance: fc.boolean(),
  emptyFields: fc.constantFrom('placeholder' as const, 'omit' as const),
});

/** Text of parsed phrasing: a hard break or a `<br>` is a line break. */
function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'html') return node.value === '<br>' ? '\n' : node.value;
  if (node.type === 'text' || node.type === 'inlineCode') return node.value;
  return 'children' in node ? node.children.map(textOf).join('') : '';
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

function headingsOf(node: Nodes, out: { depth: number; text: string }[] = []) {
  if (node.type === 'heading') out.push({ depth: node.depth, text: squash(textOf(node)) });
  else if ('children' in node) for (const child of node.children) headingsOf(child, out);
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// What the description says the output holds, derived from the template and the values.

interface Expect {
  headings: { depth: number; text: string }[];
  /** Top-level table/list fields and the subsection heading they sit under. */
  placed: { field: Field; value: FieldValue | undefined; heading: string }[];
  /** Top-level groups written as list items: the heading they sit under and each item's text. */
  itemLists: { heading: string; texts: string[] }[];
  /** Groups written as list items inside a group's items (acceptance scenarios): item counts, in order. */
  nestedCounts: number[];
}

function segmentsText(
  segments: readonly Segment[],
  values: GroupItem,
  fields: readonly Field[],
  n: number,
  placeholders: Record<string, string> | undefined,
  omit: boolean,
  mode: Mode,
): string {
  return segments
    .map((s): string => {
      switch (s.type) {
        case 'text':
          return s.value;
        case 'break':
          return ' ';
        case 'strong':
        case 'emphasis':
          return segmentsText(s.children, values, fields, n, placeholders, omit, mode);
        case 'field':
        case 'inlineCode': {
          const raw = String(values[s.field] ?? '');
          const value = s.type === 'inlineCode' ? literalLines(raw).join(' ') : renderedInline(raw, mode);
          if (value !== '') return value;
          if (omit) return '';
          const field = fields.find((f) => f.id === s.field)!;
          const own = s.type === 'field' ? s.placeholder : undefined;
          return resolvePlaceholder(own ?? placeholders?.[s.field] ?? field.placeholder, n);
        }
        default:
          return assertNever(s);
      }
    })
    .join('');
}

function expected(template: TemplateDescription, doc: SpecDocument, omit: boolean, mode: Mode): Expect {
  const out: Expect = { headings: [], placed: [], itemLists: [], nestedCounts: [] };
  const blocks = (
    list: readonly Block[],
    fields: readonly Field[],
    values: GroupItem,
    n: number,
    placeholders?: Record<string, string>,
    under = '',
  ): boolean => {
    let content = false;
    for (const block of list) {
      if (block.type === 'heading')
        out.headings.push({
          depth: block.depth,
          text: squash(segmentsText(block.content, values, fields, n, placeholders, omit, mode)),
        });
      else if (block.type === 'field') {
        const field = fields.find((f) => f.id === block.field)!;
        if (!isEmptyValue(field, values[field.id])) content = true;
        if (field.kind === 'group') group(field, values[field.id] as GroupItem[], under);
        else out.placed.push({ field, value: values[field.id], heading: under });
      } else if (block.type === 'subsection') content = subsection(block, fields, values) || content;
    }
    return content;
  };
  const subsection = (s: Subsection, fields: readonly Field[], values: GroupItem): boolean => {
    const at = out.headings.length;
    const title = squash(`${s.number ? `${s.number} ` : ''}${s.title} ${s.note?.text ?? ''}`);
    out.headings.push({ depth: s.depth, text: title });
    const content = blocks(s.blocks, fields, values, 1, undefined, title);
    if (omit && !content && !s.required) out.headings.splice(at);
    return content;
  };
  const group = (field: GroupField, items: GroupItem[] = [], under: string) => {
    const list = items.length === 0 && !omit ? [newGroupItem(field, 1, field.initialItems[0])] : items;
    const texts: string[] = [];
    list.forEach((item, index) => {
      if (omit && isEmptyItem(field, item)) return;
      const placeholders = field.initialItems[index]?.placeholders;
      if (field.layout.type === 'blocks')
        blocks(field.layout.blocks, field.fields, item, index + 1, placeholders);
      else {
        const filled = (pattern: readonly Segment[]) =>
          segmentFieldIds(pattern).some(
            (id) => !isEmptyValue(field.fields.find((f) => f.id === id)!, item[id]),
          );
        const pattern = field.layout.patterns.find(filled) ?? field.layout.patterns[0]!;
        texts.push(squash(segmentsText(pattern, item, field.fields, index + 1, placeholders, omit, mode)));
      }
    });
    if (field.layout.type === 'listItem') {
      if (under) out.itemLists.push({ heading: under, texts });
      else out.nestedCounts.push(texts.length);
    }
  };
  blocks(template.header.blocks, template.fields, doc.fields, 1);
  for (const section of template.sections) subsection(section, template.fields, doc.fields);
  return out;
}

/** The first node of `type` after the heading with this text, before the next heading at its depth or above. */
function nodeAfter<T extends RootContent>(tree: Root, heading: string, type: T['type']): T | undefined {
  const start = tree.children.findIndex((n) => n.type === 'heading' && squash(textOf(n)) === heading);
  if (start < 0) return undefined;
  const depth = (tree.children[start] as Heading).depth;
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= depth) return undefined;
    if (node.type === type) return node as T;
  }
  return undefined;
}

/** A one-line value as the file renders it, or its placeholder (literal text) when empty. */
function renderedAs(value: string, placeholder: string, omit: boolean, mode: Mode): string {
  if (normalizeLiteral(value) !== '') return rendered(value, mode);
  return omit ? '' : placeholder;
}

function checkPlaced(tree: Root, placed: Expect['placed'][number], omit: boolean, mode: Mode) {
  const { field, value, heading } = placed;
  if (field.kind === 'table') {
    const rows = (value as TableRow[]).filter((row) => !omit || !isEmptyRow(field, row));
    const table = nodeAfter<Table>(tree, heading, 'table');
    if (omit && rows.length === 0) return expect(table).toBeUndefined();
    const written = rows.length === 0 ? [{}] : rows;
    expect(table?.children.length).toBe(written.length + 1);
    expect(table!.children[0]!.children.map(textOf)).toEqual(field.columns.map((c) => c.label));
    written.forEach((row: TableRow, r) => {
      const index = (value as TableRow[]).indexOf(row);
      const n = (index < 0 ? r : index) + 1;
      const cells = table!.children[r + 1]!.children;
      expect(cells.length).toBe(field.columns.length);
      field.columns.forEach((column, c) => {
        const placeholder = resolvePlaceholder(
          field.initialItems[n - 1]?.placeholders?.[column.key] ?? column.placeholder,
          n,
        );
        expect(textOf(cells[c]!)).toBe(renderedAs(row[column.key] ?? '', placeholder, omit, mode));
      });
    });
  } else if (field.kind === 'list' || field.kind === 'checklist') {
    const items = value as (ListItem & { checked?: boolean })[];
    const kept = items.filter((item) => !omit || normalizeLiteral(item.text) !== '');
    const list = nodeAfter<List>(tree, heading, 'list');
    if (omit && kept.length === 0) return expect(list).toBeUndefined();
    const written = kept.length === 0 ? [{ text: '' }] : kept;
    expect(list?.children.length).toBe(written.length);
    written.forEach((item, i) => {
      const n = (items.indexOf(item) < 0 ? i : items.indexOf(item)) + 1;
      const placeholder = resolvePlaceholder(field.initialItems[n - 1]?.placeholder ?? field.placeholder, n);
      expect(textOf(list!.children[i]!)).toBe(renderedAs(item.text, placeholder, omit, mode));
      expect(list!.children[i]!.checked).toBe(field.kind === 'checklist' ? item.checked === true : null);
    });
  } else if (field.kind === 'code' && !omit) {
    expect(nodeAfter(tree, heading, 'code')).toBeDefined();
  }
}

describe.each(templates.map((t) => [t.id, t] as const))('any %s document', (_id, template) => {
  it.each(['markdown', 'literal'] as const)(
    'keeps the template structure, and every value renders as %s, whatever the user typed',
    (mode) => {
      fc.assert(
        fc.property(documentArb(template), optionsArb, (typed, options) => {
          const omit = options.emptyFields === 'omit';
          // A version 1 document (no version) goes through the schema, which migrates it, as storage and links do.
          const doc =
            mode === 'markdown'
              ? typed
              : specDocumentSchema(template).parse({ ...typed, version: undefined });
          const tree = comparableMdast(writeMarkdown(doc, options));
          const want = expected(template, typed, omit, mode);

          // Headings: exactly the template's, in order; a Markdown field's own only deeper than the one it sits under.
          let next = 0;
          let depth = 0;
          for (const heading of headingsOf(tree)) {
            const template = want.headings[next];
            if (template && template.depth === heading.depth && template.text === heading.text) {
              next += 1;
              depth = heading.depth;
            } else
              expect(heading.depth, `unexpected heading ${JSON.stringify(heading)}`).toBeGreaterThan(depth);
          }
          expect(want.headings.slice(next), 'template headings missing').toEqual([]);

          for (const placed of want.placed) checkPlaced(tree, placed, omit, mode);

          // Groups written as list items: one item per written item, with the pattern's text.
          for (const { heading, texts } of want.itemLists) {
            const list = nodeAfter<List>(tree, heading, 'list');
            if (texts.length === 0) expect(list).toBeUndefined();
            else expect(list?.children.map((item) => squash(textOf(item)))).toEqual(texts);
          }
          const nested = tree.children.flatMap((node, i) => {
            if (node.type !== 'paragraph' || textOf(node) !== 'Acceptance Scenarios:') return [];
            const next = tree.children[i + 1];
            return [next?.type === 'list' && next.ordered ? next.children.length : 0];
          });
          expect(nested).toEqual(want.nestedCounts);

          // Front matter: the template's keys, optional ones only when given; values as the text they render as.
          const yaml = tree.children[0];
          if (template.frontMatter) {
            expect(yaml?.type).toBe('yaml');
            const data = parseYaml((yaml as { value: string }).value) as Record<string, unknown>;
            const keys = template.frontMatter.keys.filter(
              (k) =>
                !(
                  'field' in k &&
                  k.optional &&
                  isEmptyValue(template.fields.find((f) => f.id === k.field)!, doc.fields[k.field])
                ),
            );
            expect(Object.keys(data)).toEqual(keys.map((k) => k.key));
            for (const k of keys) {
              if (!('field' in k) || typeof doc.fields[k.field] !== 'string') continue;
              const value =
                mode === 'literal'
                  ? renderedInline(typed.fields[k.field] as string, mode)
                  : valueText(doc.fields[k.field] as string);
              if (value !== '') expect(data[k.key]).toBe(value);
            }
          } else expect(yaml?.type).not.toBe('yaml');
        }),
        { numRuns: 50 },
      );
    },
    120_000,
  );
});

describe('code fields', () => {
  it('keep their text exactly, fences inside included', () => {
    const template = templates.find((t) => t.id === 'technical-spec')!;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...naughtyPieces, '```', '~~~', '    indented'), {
          minLength: 1,
          maxLength: 10,
        }),
        (pieces) => {
          const value = pieces.join('');
          fc.pre(value.trim() !== '');
          const doc: SpecDocument = {
            template: template.id,
            version: documentVersion,
            fields: { architectureDiagram: value },
            additional: {},
          };
          const tree = comparableMdast(writeMarkdown(doc, { includeGuidance: false, emptyFields: 'omit' }));
          const code = tree.children.find((n) => n.type === 'code');
          expect(code?.type === 'code' && code.value).toBe(codeText(value));
        },
      ),
      { numRuns: 100 },
    );
  }, 120_000);
});
