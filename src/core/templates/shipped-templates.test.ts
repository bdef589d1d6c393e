import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createDocument } from '../document/create-document';
import { writeMarkdown } from '../markdown/write-markdown';
import { comparable } from '../template/compile/untouched-markdown.test-helper';
import { compileShipped } from './compile-shipped';
import { builtInTemplates } from './index';
import { shippedSources } from './shipped-sources';

// The first compile and write load remark and zod: slow on a busy machine, so these tests get time.
vi.setConfig({ testTimeout: 60_000 });

const untouched = { includeGuidance: true, emptyFields: 'placeholder' } as const;

describe.each(shippedSources.map((s) => [s.file, s] as const))('the shipped template %s', (file, source) => {
  const markdown = readFileSync(new URL(`./${file}`, import.meta.url), 'utf8');
  const json = new URL(`./${file.replace(/\.md$/, '.description.json')}`, import.meta.url);
  const shipped = builtInTemplates.find((t) => t.id === source.overlay.id);

  it('ships what its Markdown and overlay compile to (UPDATE_FIXTURES=1 writes it)', () => {
    const compiled = compileShipped(markdown, source.overlay);
    if (process.env.UPDATE_FIXTURES === '1') writeFileSync(json, `${JSON.stringify(compiled, null, 2)}\n`);
    // Compared as data: the formatter lays the JSON out its own way.
    expect(JSON.parse(readFileSync(json, 'utf8'))).toEqual(compiled);
    expect(shipped).toEqual(compiled);
  });

  it('is reproduced exactly by its untouched document (same mdast)', () => {
    const written = writeMarkdown(createDocument(shipped!), untouched);
    expect(comparable(written)).toEqual(comparable(markdown));
  });
});
