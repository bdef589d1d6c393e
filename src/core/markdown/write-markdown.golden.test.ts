import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateTagSchema } from '../document/document-schema';
import { specDocumentSchema } from '../document/spec-document';
import { getTemplate } from '../templates';
import { type ExportOptions, writeMarkdown } from './write-markdown';

/**
 * Golden files: each case writes a stored document and compares the Markdown with the stored expectation.
 * `npm run fixtures:update` (UPDATE_FIXTURES=1) rewrites the expectations; review the diff, never hand-edit them.
 */
const cases: { input: string; output: string; options: ExportOptions }[] = [
  ...(['technical-spec', 'feature-spec'] as const).flatMap((id) => [
    {
      input: `filled-${id}.json`,
      output: `filled-${id}.md`,
      options: { includeGuidance: false, emptyFields: 'placeholder' } as const,
    },
    {
      input: `partial-${id}.json`,
      output: `partial-${id}.md`,
      options: { includeGuidance: true, emptyFields: 'placeholder' } as const,
    },
    {
      input: `partial-${id}.json`,
      output: `partial-${id}.omit.md`,
      options: { includeGuidance: false, emptyFields: 'omit' } as const,
    },
  ]),
];

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url);

describe('golden fixtures', () => {
  it.each(cases)('$input -> $output', ({ input, output, options }) => {
    const raw: unknown = JSON.parse(readFileSync(fixture(input), 'utf8'));
    const template = getTemplate(templateTagSchema.parse(raw).template);
    const doc = specDocumentSchema(template).parse(raw);
    const markdown = writeMarkdown(doc, options);
    if (process.env.UPDATE_FIXTURES) writeFileSync(fixture(output), markdown);
    expect(existsSync(fixture(output)), `${output} is missing: run npm run fixtures:update`).toBe(true);
    expect(markdown).toBe(readFileSync(fixture(output), 'utf8'));
  });
});
