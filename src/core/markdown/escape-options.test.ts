import fc from 'fast-check';
import type { PhrasingContent, Root, RootContent } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { escapeOptions, hasDefinitions } from './escape-options';
import { comparableMdast } from './mdast-compare';
import { gfmStringifyOptions, stringifyOptions } from './processor';
import { literalInline, literalPhrasing } from './write/literal';
import { naughtyText } from './write/naughty-strings.test-helper';
import { tidyPhrasing } from './write/segments';

const write = (tree: Root, narrow: boolean) =>
  unified()
    .use(remarkStringify, { ...stringifyOptions, ...(narrow ? escapeOptions(tree) : {}) })
    .use(remarkGfm, gfmStringifyOptions)
    .stringify(tree);

const text = (value: string): PhrasingContent => ({ type: 'text', value });

/**
 * Phrasing as the writer builds it (`tidyPhrasing`: adjacent text merged, no empty text, lines trimmed): literal
 * text whose line breaks are hard breaks, template emphasis and strong, one-line inline code.
 */
const phrasing: fc.Arbitrary<PhrasingContent[]> = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: naughtyText.map((value) => literalPhrasing(value)) },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('FR-001', 'Given', 'x')
          .map((v): PhrasingContent[] => [{ type: 'strong', children: [text(v)] }]),
      },
      {
        weight: 1,
        arbitrary: fc
          .constantFrom('(mandatory)', 'a')
          .map((v): PhrasingContent[] => [{ type: 'emphasis', children: [text(v)] }]),
      },
      {
        weight: 1,
        arbitrary: naughtyText
          .map(literalInline)
          .filter((v) => v !== '')
          .map((value): PhrasingContent[] => [text(': '), { type: 'inlineCode', value }, text(' ')]),
      },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => tidyPhrasing(parts.flat()))
  .filter((nodes) => nodes.length > 0);

/** The places text is written in: a paragraph, a list item, a task item, a heading, a table cell. */
const contexts: Record<string, (children: PhrasingContent[]) => RootContent> = {
  paragraph: (children) => ({ type: 'paragraph', children }),
  listItem: (children) => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] }],
  }),
  orderedItem: (children) => ({
    type: 'list',
    ordered: true,
    start: 1,
    spread: false,
    children: [{ type: 'listItem', spread: false, children: [{ type: 'paragraph', children }] }],
  }),
  taskItem: (children) => ({
    type: 'list',
    ordered: false,
    spread: false,
    children: [
      { type: 'listItem', spread: false, checked: false, children: [{ type: 'paragraph', children }] },
    ],
  }),
  heading: (children) => ({
    type: 'heading',
    depth: 3,
    children: children.map((c) => (c.type === 'break' ? text(' ') : c)),
  }),
  tableCell: (children) => ({
    type: 'table',
    align: [null],
    children: [
      { type: 'tableRow', children: [{ type: 'tableCell', children: [text('h')] }] },
      {
        type: 'tableRow',
        children: [
          {
            type: 'tableCell',
            children: children.map((c) => (c.type === 'break' ? { type: 'html', value: '<br>' } : c)),
          },
        ],
      },
    ],
  }),
};

describe('narrowed `[` escaping', () => {
  it.each(Object.keys(contexts))(
    'parses back exactly as the blanket escaping does, in a %s',
    (name) => {
      const wrap = contexts[name]!;
      fc.assert(
        fc.property(phrasing, phrasing, (first, second) => {
          const tree: Root = {
            type: 'root',
            children: [wrap(first), { type: 'paragraph', children: second }],
          };
          expect(comparableMdast(write(tree, true))).toEqual(comparableMdast(write(tree, false)));
        }),
        { numRuns: 40 },
      );
    },
    120_000,
  );

  it('leaves placeholders and clarification markers readable', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [text('[What this specification covers]')] },
        { type: 'paragraph', children: [text('System MUST [NEEDS CLARIFICATION: which SSO?] and [Goal 1]')] },
      ],
    };
    expect(write(tree, true)).toBe(
      '[What this specification covers]\n\nSystem MUST [NEEDS CLARIFICATION: which SSO?] and [Goal 1]\n',
    );
  });

  it.each([
    ['[a](b)', '[a]\\(b)'],
    ['![a](b)', '\\![a]\\(b)'],
    ['[a]: b', '\\[a]: b'],
    ['[^1] note', '\\[^1] note'],
    ['[x] done', '\\[x] done'],
    ['[ ] open', '\\[ ] open'],
    ['snake_case_name', 'snake_case_name'],
    ['see [1]: later', 'see [1]: later'],
  ])('still escapes what could be a link, definition, footnote or task: %s', (value, expected) => {
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [text(value)] }] };
    expect(write(tree, true)).toBe(`${expected}\n`);
  });

  it('keeps the blanket escape when the document has definitions', () => {
    const tree: Root = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [text('[a] and [b]')] },
        { type: 'definition', identifier: 'a', label: 'a', url: 'https://example.com', title: null },
      ],
    };
    expect(hasDefinitions(tree)).toBe(true);
    expect(write(tree, true)).toContain('\\[a] and \\[b]');
  });
});
