import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from '../../template/compile/compile-template';
import { getTemplate } from '../../templates';
import { parseMarkdown } from '../processor';
import { AdditionalContent } from './additional-content';
import { outline } from './outline';
import { indexTemplate } from './template-index';
import { tokenize } from './tokens';

// The made-up risk register of the reader fixtures: `## Risks` holds `### Risk R-1: [Title] (Severity: ...)` items
// with an `**If** / **then**` list, and `## Review` a Markdown field. The stages are tried on it one at a time.
const template = readFileSync(
  new URL('./fixtures/read/risk-register-compiled/template.md', import.meta.url),
  'utf8',
);
const compiled = compileTemplate(`${template}\n<!-- Review the register every quarter. -->\n`, {
  id: 'reader-stages-risks',
});
if (!compiled.ok) throw new Error(compiled.messages.join('; '));
const description = compiled.description;
const index = indexTemplate(description);

const stages = (markdown: string) => {
  const nodes = parseMarkdown(markdown).children;
  const tokens = tokenize(index, description, nodes);
  return { nodes, tokens, regions: outline(index, tokens, nodes) };
};

describe('tokenize', () => {
  it('makes the template’s guidance one token', () => {
    const { tokens } = stages(
      '# Risk Register: Move\n\n## Review\n\n<!-- Review the register every quarter. -->\n\nIn May.\n',
    );
    expect(tokens.tokens.map((t) => (t.type === 'guidance' ? 'guidance' : t.node.type))).toEqual([
      'heading',
      'heading',
      'guidance',
      'paragraph',
    ]);
  });

  it('sets apart a last paragraph of the template’s footer form', () => {
    const technical = getTemplate('technical-spec');
    const nodes = parseMarkdown('## Overview\n\nText.\n\n*Cache v2*\n*Version 1.0 | 2026-12-01*\n').children;
    const tokens = tokenize(indexTemplate(technical), technical, nodes);
    expect(tokens.footerLines).toEqual(['Cache v2', 'Version 1.0 | 2026-12-01']);
    expect(tokens.end).toBe(2);
    expect(tokens.tokens).toHaveLength(2);
  });

  it('leaves a last paragraph that is not the footer’s form in the body', () => {
    const { tokens } = stages('## Review\n\nIn May, *maybe*.\n');
    expect(tokens.footerLines).toBeUndefined();
    expect(tokens.end).toBe(2);
  });
});

describe('outline', () => {
  it('starts a region at every heading the template knows, by title, by item pattern or not at all', () => {
    const { regions } = stages(
      [
        '# Risk Register: Move',
        '**Owner**: Ana',
        '## Risks',
        '### Risk R-7: Power cut (Severity: high)',
        'The office loses power.',
        '#### Contacts',
        'Call the landlord.',
        '## Lessons',
        'Keep a generator.',
        '## Review',
        'In May.',
      ].join('\n\n'),
    );
    expect(
      regions.map(({ opener, tokens }) => [
        opener.type === 'subsection' ? opener.subsection.id : opener.type,
        opener.type === 'item' ? opener.values : undefined,
        tokens.map((t) => (t.type === 'heading' ? t.role.type : t.type === 'block' ? t.node.type : t.type)),
      ]),
    ).toEqual([
      ['start', undefined, []],
      ['title', undefined, ['paragraph']],
      ['risksSection', undefined, []],
      [
        'item',
        { number: '7', title: 'Power cut', lowMediumHigh: 'high' },
        ['paragraph', 'itemContent', 'paragraph'],
      ],
      ['unknown', undefined, ['paragraph']],
      ['reviewSection', undefined, ['paragraph']],
    ]);
  });

  it('says when a heading was matched by what it holds rather than by its words', () => {
    const { regions } = stages('## Risiken\n\n### Risiko R-1: Stromausfall (Schwere: high)\n\nText.\n');
    const [, section] = regions;
    expect(section?.opener.type).toBe('subsection');
    expect(section?.opener.type === 'subsection' && section.opener.warning).toMatch(/by what it holds/);
  });

  it('reads an item’s label written as a heading as that label, not as content', () => {
    const { regions } = stages(
      '## Risks\n\n### Risk R-1: Churn (Severity: low)\n\n#### Responses\n\n1. **If** a, **then** b\n',
    );
    expect(regions[2]?.tokens[0]).toMatchObject({ type: 'heading', role: { type: 'itemLabel' } });
  });
});

describe('AdditionalContent', () => {
  const source = 'one\n\ntwo\n\nthree\n';
  const blocks = parseMarkdown(source).children;

  it('joins neighbours kept after the same place into one run, the file’s spacing kept', () => {
    const kept = new AdditionalContent(source);
    kept.keep(blocks[0]!, 'a');
    kept.keep(blocks[1]!, 'a');
    kept.keep(blocks[2]!, 'b');
    expect(kept.result()).toEqual({ a: 'one\n\ntwo', b: 'three' });
  });

  it('starts a new run after something the template knows, and puts what was added first', () => {
    const kept = new AdditionalContent(source);
    kept.keep(blocks[0]!, 'a');
    kept.close();
    kept.keep(blocks[2]!, 'a');
    kept.add('a', '#### Added');
    expect(kept.result()).toEqual({ a: '#### Added\n\none\n\nthree' });
  });
});
