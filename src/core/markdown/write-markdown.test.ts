import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import { templates } from '../templates';
import { comparableMdast } from './mdast-compare';
import { writeMarkdown } from './write-markdown';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe.each(templates.map((t) => [t.id, t] as const))('a new %s document', (id, template) => {
  it('written with guidance and placeholders is the template file (same mdast)', () => {
    const written = writeMarkdown(createDocument(template), {
      includeGuidance: true,
      emptyFields: 'placeholder',
    });
    expect(comparableMdast(written)).toEqual(comparableMdast(fixture(`${id}.md`)));
  });

  it('writes placeholders unescaped: `[Goal 1]`, not `\\[Goal 1]`', () => {
    const written = writeMarkdown(createDocument(template), {
      includeGuidance: true,
      emptyFields: 'placeholder',
    });
    expect(written).not.toContain('\\[');
  });
});
