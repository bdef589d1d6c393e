import fc from 'fast-check';
import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { documentVersion } from '../document/document-version';
import { isEmptyItem, isEmptyRow } from '../document/field-values';
import type { FieldValue, GroupItem, SpecDocument, TableRow } from '../document/spec-document';
import { specDocumentSchema } from '../document/spec-document';
import { normalizeText } from '../import/check-import-input';
import type { Field, GroupField, TemplateDescription } from '../template/types';
import { resolvePlaceholder } from '../template/walk';
import { templates } from '../templates';
import { literalToValue, normalizeValue } from './inline-value';
import { parseMarkdownFragment } from './processor';
import { serialize } from './read/inline';
import { readMarkdown } from './read-markdown';
import { withoutOrigin } from './reprint/reprint-markdown';
import { codeText } from './write/fields/code-field';
import { normalizeLiteral } from './write/literal';
import { naughtyText } from './write/naughty-strings.test-helper';
import { type ExportOptions, writeMarkdown } from './write-markdown';

// 40 documents per property: 2 templates x 2 "empty fields" options x 2 properties x 40 = 320 documents per
// `npm test` (guidance on or off drawn per document), which keeps the whole of `npm test` within 10 minutes on two
// cores. ROUNDTRIP_RUNS=500 runs 4,000 for a deeper check; FC_SEED draws other documents.
const numRuns = Number(process.env.ROUNDTRIP_RUNS ?? 40);

/**
 * One-line values as the reader gives them back: inline Markdown in its normal form (`normalizeValue`: lines
 * trimmed, blank lines dropped, each line parsed and serialized, so `_a_` is `*a*` and escapes are only where
 * needed). Naughty text is typed as Markdown, so its marks (`**`, backticks, links, HTML) are formatting here. A
 * leading colon is prefixed with a letter: after a bold label (`**Given**: x`, `**Status**: x`) a colon is read as
 * the label's own, the form hand-written specs use, so a value cannot start with one. A value whose normal form is
 * not stable (a second pass changes it: a rare mark next to a mark) is left out; the property test of the writer
 * covers those values.
 */
const literal = (multiline: boolean) =>
  naughtyText
    .map((raw) => {
      const text = normalizeValue(normalizeLiteral(multiline ? raw : raw.replace(/[\r\n]+/g, ' ')));
      return /^[:：,，]/u.test(text) ? normalizeValue(`x${text}`) : text;
    })
    .filter((text) => normalizeValue(text) === text);

/** A one-line value that is plain text (the Markdown that renders as it). */
const plainLine = naughtyText.map((raw) => literalToValue(raw.replace(/[\r\n]+/g, ' ')));

/** A value that must not be empty (ids, key entity names: a bold label with nothing in it is not written). */
const nonEmpty = (arb: fc.Arbitrary<string>) => arb.map((t) => (t === '' ? 'x' : t));

/**
 * Markdown field values that are already canonical: the text is parsed and stringified once (the writer does the
 * same to every Markdown value, so the round trip can only be exact on that form). Headings (the writer demotes
 * them below their section), thematic breaks, HTML, code blocks and definitions are left out of the generated
 * values: a heading's depth, a rule before a section or a trailing code block (read as the diagram) are exactly
 * the places where Markdown cannot say which field a block belongs to.
 */
const markdown = fc
  .array(naughtyText, { maxLength: 3 })
  .map((parts) => {
    const tree = parseMarkdownFragment(normalizeText(parts.join('\n\n')));
    tree.children = tree.children.filter((n) =>
      ['paragraph', 'list', 'blockquote', 'table'].includes(n.type),
    );
    return canonical(serialize(tree).trim());
  })
  .filter(
    (value) =>
      !hasBlock(parseMarkdownFragment(value), ['heading', 'thematicBreak', 'html', 'code', 'definition']),
  );

/** True when a node of one of these types sits anywhere in the tree (inside lists and quotes too). */
function hasBlock(node: Nodes, types: readonly string[]): boolean {
  if (types.includes(node.type)) return true;
  return 'children' in node && node.children.some((child) => hasBlock(child, types));
}

function canonical(raw: string): string {
  const text = normalizeText(raw);
  // Twice: a first stringify can create syntax (`*` next to `*`) that a second parse reads differently.
  const once = serialize(parseMarkdownFragment(text)).trim();
  return serialize(parseMarkdownFragment(once)).trim();
}

const id = (prefix: string) => fc.integer({ min: 1, max: 999 }).map((n) => `${prefix}${n}`);

/** Single-line fields: headings, front matter, inline code and ids. */
function isSingleLine(template: TemplateDescription, field: Field, inGroup?: GroupField): boolean {
  if (template.header.fields.includes(field.id)) return true;
  if (!inGroup && ['featureName', 'featureBranch', 'input', 'created', 'status'].includes(field.id))
    return true;
  return inGroup?.layout.type === 'blocks' && ['number', 'title', 'priority'].includes(field.id);
}

function valueArb(template: TemplateDescription, field: Field, group?: GroupField): fc.Arbitrary<FieldValue> {
  // A value equal to its own placeholder (`$ARGUMENTS`) cannot be told from an empty field in the written file.
  // Front matter is YAML, plain text: a front matter field reads back as the Markdown of its text.
  const frontMatter = !group && template.frontMatter?.keys.some((k) => 'field' in k && k.field === field.id);
  const line = (frontMatter ? plainLine : literal(!isSingleLine(template, field, group))).filter(
    (v) => v !== field.placeholder && v !== literalToValue(field.placeholder),
  );
  const cellLine = literal(false).filter((v) => v !== field.placeholder);
  switch (field.kind) {
    case 'text':
    case 'date':
      if (group?.idField?.field === field.id) return id(group.idField.scheme.prefix);
      // Known gap: a story title is cut out of its heading's Markdown as text, so its escapes (`\\[`, `1\\.`, `\\\\`)
      // do not all come back as the writer's normal form (`[` renders the same there): titles without escapes here.
      if (group?.layout.type === 'blocks' && field.id === 'title')
        return line.filter((v) => !v.includes('\\'));
      if (group && group.layout.type === 'listItem' && field.id === 'name') return nonEmpty(line);
      return line;
    case 'choice':
      // A priority sits in a heading's brackets, `(Priority: P1)`: brackets inside it could not be told apart.
      if (group?.layout.type === 'blocks') return fc.constantFrom('', ...field.options, 'P1-MVP', 'High');
      return fc.oneof(fc.constantFrom('', ...field.options, 'P1-MVP', 'In progress'), line);
    case 'markdown':
      return fc.oneof(fc.constant(''), markdown);
    case 'code':
      return fc.oneof(
        fc.constant(''),
        fc.array(naughtyText, { maxLength: 3 }).map((l) => codeText(l.join('\n'))),
      );
    case 'list':
      return fc.array(
        line.map((text) => ({ text })),
        { maxLength: 4 },
      );
    case 'checklist':
      return fc.array(fc.record({ text: line, checked: fc.boolean() }), { maxLength: 4 });
    case 'table':
      return fc.array(
        fc.record(
          Object.fromEntries(
            // One line: a line break in a cell is written as `<br>`, which reads back as `<br>` (Markdown).
            field.columns.map((c) => [c.key, c.id ? id(c.id.prefix) : cellLine] as const),
          ) as Record<string, fc.Arbitrary<string>>,
        ),
        { maxLength: 3 },
      );
    case 'group':
      return fc.array(itemArb(template, field), { minLength: 1, maxLength: 3 });
    default:
      throw new Error('unknown kind');
  }
}

function itemArb(template: TemplateDescription, group: GroupField): fc.Arbitrary<GroupItem> {
  const shape: Record<string, fc.Arbitrary<FieldValue>> = {};
  for (const field of group.fields) shape[field.id] = valueArb(template, field, group);
  return fc.record(shape).map((item) => {
    // A scenario is Given / When / Then or free text, never both (the writer writes the first that is filled).
    if ('text' in item && 'given' in item && (item.given || item.when || item.then)) item.text = '';
    return item;
  });
}

/**
 * Additional content the reader can place back: an unknown `##` section (heading and a paragraph) after the last
 * field of a top-level section, or at the start.
 */
function anchorsOf(template: TemplateDescription): string[] {
  const out = ['start'];
  for (const section of template.sections) {
    const last = section.blocks.at(-1);
    const field = last?.type === 'subsection' ? last.blocks.at(-1) : last;
    if (field?.type === 'field') out.push(field.field);
  }
  return out;
}

function docArb(template: TemplateDescription): fc.Arbitrary<SpecDocument> {
  const shape: Record<string, fc.Arbitrary<FieldValue>> = {};
  for (const field of template.fields) shape[field.id] = valueArb(template, field);
  const additional = fc
    .uniqueArray(fc.constantFrom(...anchorsOf(template)), { maxLength: 3 })
    .chain((anchors) =>
      fc
        .tuple(...anchors.map(() => markdown))
        .map((bodies) =>
          Object.fromEntries(
            anchors.map((a, k) => [a, `## Extra ${k + 1}${bodies[k] ? `\n\n${bodies[k]}` : ''}`]),
          ),
        ),
    );
  const extra = fc.option(fc.record({ project: literal(false), updated: fc.constant('2025-11-06') }), {
    nil: undefined,
  });
  return fc.record({ fields: fc.record(shape), additional, extra }).map(({ fields, additional, extra }) => ({
    template: template.id,
    version: documentVersion,
    fields,
    additional,
    ...(extra ? { extraFrontMatter: extra } : {}),
  }));
}

// ---------------------------------------------------------------------------------------------------------------
// What the written file says: the document a reader can get back.

const isBracketed = (placeholder: string) => /[[$]/.test(placeholder);

/**
 * The document as its Markdown states it.
 * - placeholder: an empty value whose placeholder is a plain value (`Draft`, `1.0`, `P2`, `Performance`) reads as
 *   that value; a list, table or nested group with no items is written as one placeholder item; the front
 *   matter's optional list leaves out its empty items.
 * - omit: empty list items, rows and group items are left out; additional content is compared by value, because
 *   an anchor whose field was left out is read as the element before it (the content stays in the same place).
 */
function expected(template: TemplateDescription, doc: SpecDocument, options: ExportOptions): SpecDocument {
  const out = structuredClone(doc);
  expectFields(template, template.fields, out.fields, options, undefined, 1, undefined);
  if (options.emptyFields === 'omit') out.additional = byValue(out.additional);
  return out;
}

function expectFields(
  template: TemplateDescription,
  fields: readonly Field[],
  values: Record<string, FieldValue>,
  options: ExportOptions,
  overrides: Readonly<Record<string, string>> | undefined,
  n: number,
  group: GroupField | undefined,
): void {
  const placeholders = options.emptyFields === 'placeholder';
  for (const field of fields) {
    const value = values[field.id];
    switch (field.kind) {
      case 'text':
      case 'choice':
      case 'date':
      case 'code': {
        const p = resolvePlaceholder(overrides?.[field.id] ?? field.placeholder, n);
        if (value === '' && placeholders && !isBracketed(p) && group?.idField?.field !== field.id)
          values[field.id] = p;
        break;
      }
      case 'markdown':
        break;
      case 'list':
      case 'checklist': {
        let items = value as { text: string; checked?: boolean }[];
        const frontMatter = template.frontMatter?.keys.some((k) => 'field' in k && k.field === field.id);
        if (frontMatter || !placeholders) items = items.filter((i) => i.text !== '');
        if (frontMatter) items = items.map((i) => ({ text: i.text }));
        else if (items.length === 0 && placeholders)
          items = [field.kind === 'checklist' ? { text: '', checked: false } : { text: '' }];
        values[field.id] = items;
        break;
      }
      case 'table': {
        let rows = value as TableRow[];
        if (!placeholders) rows = rows.filter((r) => !isEmptyRow(field, r));
        else if (rows.length === 0) rows = [Object.fromEntries(field.columns.map((c) => [c.key, '']))];
        if (placeholders) {
          rows.forEach((row, i) => {
            for (const c of field.columns) {
              const p = resolvePlaceholder(
                field.initialItems[i]?.placeholders?.[c.key] ?? c.placeholder,
                i + 1,
              );
              if (row[c.key] === '' && !isBracketed(p)) row[c.key] = p;
            }
          });
        }
        values[field.id] = rows;
        break;
      }
      case 'group': {
        let items = value as GroupItem[];
        if (!placeholders) items = items.filter((item) => !isEmptyItem(field, item));
        else if (items.length === 0)
          items = [Object.fromEntries(field.fields.map((f) => [f.id, f.kind === 'group' ? [] : '']))];
        for (const [i, item] of items.entries())
          expectFields(
            template,
            field.fields,
            item,
            options,
            field.initialItems[i]?.placeholders,
            i + 1,
            field,
          );
        values[field.id] = items;
        break;
      }
      default:
        throw new Error('unknown kind');
    }
  }
}

function byValue(additional: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.values(additional)
      .flatMap((v) => v.split(/\n\n(?=## )/))
      .sort()
      .map((v, k) => [String(k), v]),
  );
}

describe.each(templates.map((t) => [t.id, t] as const))('round trip of %s documents', (_id, template) => {
  describe.each(['placeholder', 'omit'] as const)('with empty fields as %s', (emptyFields) => {
    // "Include template guidance" is drawn per document: the reader recognizes the guidance it writes.
    const cases = fc.tuple(docArb(template), fc.boolean());

    it('read(write(doc)) is the document the file states', () => {
      fc.assert(
        fc.property(cases, ([doc, includeGuidance]) => {
          const options: ExportOptions = { includeGuidance, emptyFields };
          const back = withoutOrigin(readMarkdown(writeMarkdown(doc, options), template.id).doc);
          expect(specDocumentSchema(template).safeParse(back).success).toBe(true);
          const got = emptyFields === 'omit' ? { ...back, additional: byValue(back.additional) } : back;
          expect(got).toEqual(expected(template, doc, options));
        }),
        { numRuns },
      );
    }, 600_000);

    it('write(read(write(doc))) is write(doc)', () => {
      fc.assert(
        fc.property(cases, ([doc, includeGuidance]) => {
          const options: ExportOptions = { includeGuidance, emptyFields };
          const written = writeMarkdown(doc, options);
          const back = readMarkdown(written, template.id).doc;
          expect(writeMarkdown(back, options)).toBe(written);
          expect(writeMarkdown(withoutOrigin(back), options)).toBe(written);
        }),
        { numRuns },
      );
    }, 600_000);
  });
});

describe('any Markdown', () => {
  // Lines that look like a spec's structure, mixed with naughty text: the reader must never throw, and what it
  // returns must validate.
  const specLike = fc.constantFrom(
    '# Feature Specification: X',
    '## Requirements *(mandatory)*',
    '### Functional Requirements',
    '### User Story 1 - T (Priority: P1)',
    '**Acceptance Scenarios**:',
    '1. **Given** a, **When** b, **Then** c',
    '- **FR-001**: x',
    '| ID | Requirement | Priority |\n|---|---|---|\n| FR-1 | a | Must |',
    '## 1. Overview',
    '### Goals',
    '- [x] done',
    '---',
    '```\n# code\n```',
    '**Status:** Draft',
    '---\ntitle: x\n---',
  );
  const markdownText = fc
    .array(fc.oneof(specLike, naughtyText), { maxLength: 20 })
    .map((lines) => lines.join('\n\n'));

  it.each(templates.map((t) => [t.id, t] as const))(
    'reads as %s without throwing, into a valid document',
    (_id, template) => {
      fc.assert(
        fc.property(markdownText, (text) => {
          const { doc } = readMarkdown(text, template.id);
          expect(specDocumentSchema(template).safeParse(doc).success).toBe(true);
        }),
        { numRuns: Math.ceil(numRuns / 2) },
      );
    },
    600_000,
  );
});
