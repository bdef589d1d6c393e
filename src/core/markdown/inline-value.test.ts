import { describe, expect, it } from 'vitest';
import { documentVersion } from '../document/document-version';
import type { SpecDocument } from '../document/spec-document';
import { linePhrasing, literalToValue, normalizeValue, valueText } from './inline-value';
import { readMarkdown } from './read-markdown';
import { writeMarkdown } from './write-markdown';

/** A technical spec with these goals, table rows and open questions, written with empty fields left out. */
function write(fields: Record<string, unknown>): string {
  const doc = {
    template: 'technical-spec',
    version: documentVersion,
    fields,
    additional: {},
  } as SpecDocument;
  return writeMarkdown(doc, { includeGuidance: false, emptyFields: 'omit' });
}

describe('one-line values are inline Markdown', () => {
  const typed = '**bold**, *emphasis*, `gh pr create`, [docs](https://x.y), ~~strike~~ and a<br>b';

  it('are written as typed, with no escapes', () => {
    expect(write({ goals: [{ text: typed }] })).toContain(`- ${typed}\n`);
    expect(
      write({ functionalRequirements: [{ ref: 'FR-1', requirement: typed, priority: 'Must' }] }),
    ).toContain(`| FR-1 | ${typed} | Must |`);
  });

  it('read back as the same Markdown', () => {
    const { doc } = readMarkdown(write({ goals: [{ text: typed }] }), 'technical-spec');
    expect(doc.fields.goals).toEqual([{ text: typed }]);
  });

  it('escape nothing that does not need it', () => {
    const text = 'a ~ b, snake_case, [NEEDS CLARIFICATION: who?], [DATE], $ARGUMENTS';
    expect(write({ goals: [{ text }] })).toContain(`- ${text}\n`);
  });

  it('never create or break a block', () => {
    const markdown = write({
      goals: ['# x', '1. x', '- x', '> x', '[x] done', '---', 'a\n# b'].map((text) => ({ text })),
      functionalRequirements: [{ ref: 'FR-1', requirement: 'a | b\nc', priority: 'Must' }],
    });
    expect(markdown).toContain(
      '- \\# x\n- 1\\. x\n- \\- x\n- \\> x\n- \\[x] done\n- \\---\n- a\\\n  \\# b\n',
    );
    expect(markdown).toContain('| FR-1 | a \\| b<br>c | Must |');
  });

  it('keep autolinks as typed, bare (angle brackets are dropped, as the reader gives them back)', () => {
    expect(write({ goals: [{ text: 'see https://x.y' }, { text: '<a@b.co>' }] })).toContain(
      '- see https://x.y\n- a@b.co\n',
    );
  });
});

describe('linePhrasing', () => {
  it('gives the same phrasing for the same line each time, and no caller can change what the next one gets', () => {
    const first = linePhrasing('Use `gh pr create` with **care**');
    expect(first.map((node) => node.type)).toEqual(['text', 'inlineCode', 'text', 'strong']);
    (first[1] as { value: string }).value = 'changed';
    first.push({ type: 'text', value: 'more' });
    const again = linePhrasing('Use `gh pr create` with **care**');
    expect(again).toHaveLength(4);
    expect(again[1]).toEqual({ type: 'inlineCode', value: 'gh pr create' });
    // The edges are part of what a line means: a bare autolink is kept only where whitespace or the block ends.
    expect(linePhrasing('https://x.y', false, false)[0]?.type).toBe('html');
    expect(linePhrasing('https://x.y', true, true)[0]?.type).toBe('link');
  });
});

describe('value helpers', () => {
  it('normalizeValue writes a value as it reads back', () => {
    expect(normalizeValue('  _a_ __b__  \r\n\r\n x ')).toBe('*a* **b**\nx');
    expect(normalizeValue('# x')).toBe('\\# x');
  });

  it('literalToValue gives the Markdown that renders as the text', () => {
    expect(literalToValue('a*b* `x` <b> [x] #1')).toBe('a\\*b\\* \\`x\\` \\<b> [x] #1');
    expect(literalToValue('[x] #1')).toBe('\\[x] #1');
    expect(valueText(literalToValue('a*b* `x`'))).toBe('a*b* `x`');
  });
});
