import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTemplate } from './compile-template';
import { comparable, untouchedMarkdown } from './untouched-markdown.test-helper';

// Random templates of the things real ones are made of. Text is drawn from a small vocabulary with Markdown's
// awkward characters in it, so that the compiler's decisions (field, group, verbatim) all get exercised.

const word = fc.constantFrom(
  'alpha',
  'Beta',
  'goal',
  'Plan',
  'x*y',
  'a_b',
  'C#',
  '1.',
  'ok?',
  'é',
  '`tick`',
  '#',
);
const placeholder = fc.oneof(
  word.map((w) => `[${w}]`),
  word.map((w) => `{${w}}`),
  fc.constantFrom(
    '{{NAME}}',
    'TODO',
    '(fill me in)',
    '{a | b}',
    '[X]',
    '<name>',
    '[e.g., "quoted [nested]"]',
  ),
);
const piece = fc.oneof({ weight: 3, arbitrary: word }, { weight: 2, arbitrary: placeholder });
const line = fc.array(piece, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const items = (prefix: (i: number) => string) =>
  fc
    .array(line, { minLength: 1, maxLength: 3 })
    .map((lines) => lines.map((l, i) => `${prefix(i)}${l}`).join('\n'));

const heading = fc.tuple(fc.constantFrom('##', '###', '####'), line).map(([h, l]) => `${h} ${l}`);
const paragraph = fc.oneof(
  line,
  fc.tuple(word, line).map(([label, value]) => `**${label}**: ${value}`),
  fc.tuple(word, line, word, line).map(([a, b, c, d]) => `**${a}**: ${b}  \n**${c}**: ${d}`),
);
const cells = (n: number) =>
  fc.array(
    line.map((l) => l.replaceAll('|', '\\|')),
    { minLength: n, maxLength: n },
  );
const table = fc.integer({ min: 1, max: 3 }).chain((columns) =>
  fc
    .tuple(cells(columns), fc.array(cells(columns), { minLength: 1, maxLength: 3 }), fc.boolean())
    .map(([head, rows, ids]) => {
      const row = (c: string[], i: number) => `| ${ids ? `FR-${i + 1} | ` : ''}${c.join(' | ')} |`;
      return [
        `| ${ids ? 'ID | ' : ''}${head.join(' | ')} |`,
        `|${ids ? '---|' : ''}${head.map(() => '---').join('|')}|`,
        ...rows.map(row),
      ].join('\n');
    }),
);
const repeated = fc
  .tuple(
    fc.integer({ min: 2, max: 3 }),
    word,
    fc.boolean(),
    fc.array(fc.integer({ min: 1, max: 3 }), { maxLength: 3 }),
  )
  .map(([count, noun, separated, scenarioCounts]) =>
    Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      const scenarios = Array.from(
        { length: scenarioCounts[i] ?? 1 },
        (_, j) => `${j + 1}. **Given** [state], **When** [action ${j + 1}]`,
      ).join('\n');
      return `### ${noun} ${n} - [Title] (Priority: P${n})\n\n[Describe ${noun}]\n\n${scenarios}${separated ? '\n\n---' : ''}`;
    }).join('\n\n'),
  );
const block = fc.oneof(
  heading,
  paragraph,
  items(() => '- '),
  items(() => '- [ ] '),
  items((i) => `${i + 1}. `),
  items((i) => `- **REQ-${String(i + 1).padStart(3, '0')}**: `),
  table,
  line.map((l) => `\`\`\`\n${l}\n\`\`\``),
  line.map((l) => `<!-- ${l.replaceAll('-->', '')} -->`),
  line.map((l) => `> ${l}`),
  fc.constant('---'),
  repeated,
);
const template = fc
  .tuple(line, fc.array(block, { minLength: 1, maxLength: 10 }))
  .map(([title, blocks]) => `# ${title}\n\n${blocks.join('\n\n')}\n`);

describe('compileTemplate, on random templates', () => {
  it('compiles them, and their untouched document has the template’s mdast', () => {
    fc.assert(
      fc.property(template, (markdown) => {
        const result = compileTemplate(markdown);
        if (!result.ok) throw new Error(result.messages.join('\n'));
        expect(comparable(untouchedMarkdown(result.description))).toEqual(comparable(markdown));
      }),
      { numRuns: 50 },
    );
  }, 300_000);
});
