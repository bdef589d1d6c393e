import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createDocument } from '../../document/create-document';
import { specDocumentSchema } from '../../document/spec-document';
import { activeTemplateRegistry } from '../../templates';
import { parseTemplateDescription } from '../description-schema';
import { compileTemplate } from './compile-template';
import { comparable, untouchedMarkdown } from './untouched-markdown.test-helper';

// The first compile and write load remark and zod: slow on a busy machine, so these tests get time.
vi.setConfig({ testTimeout: 60_000 });

// Fixtures: `fixtures/<case>/template.md` and the description it compiles to, `description.json`, regenerated with
// UPDATE_FIXTURES=1 (`npm run fixtures:update`); review the diff before committing, never edit it by hand.
const dir = new URL('./fixtures/', import.meta.url);
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(dir).sort();

describe.each(cases)('compiled template %s', (name) => {
  const template = readFileSync(new URL(`${name}/template.md`, dir), 'utf8');
  const expectedUrl = new URL(`${name}/description.json`, dir);
  const result = compileTemplate(template, { id: `fixture-${name}` });
  if (!result.ok) throw new Error(`${name}: ${result.messages.join('; ')}`);
  const description = result.description;

  it('compiles to its fixture description', () => {
    const text = `${JSON.stringify(description, null, 2)}\n`;
    if (update) writeFileSync(expectedUrl, text);
    expect(text).toBe(readFileSync(expectedUrl, 'utf8'));
  });

  it('has an untouched document that, written with guidance and placeholders, is the template (same mdast)', () => {
    expect(comparable(untouchedMarkdown(description))).toEqual(comparable(template));
  });

  it('is a description the schema accepts, whose new document its document schema accepts', () => {
    expect(parseTemplateDescription(JSON.parse(JSON.stringify(description))).ok).toBe(true);
    const registry = activeTemplateRegistry();
    registry.add(description);
    try {
      expect(specDocumentSchema(description).safeParse(createDocument(description)).success).toBe(true);
    } finally {
      registry.remove(description.id);
    }
  });
});

describe('the fixtures', () => {
  it('cover the shipped templates, spec-kit and at least eight other kinds', () => {
    for (const shipped of [
      'technical-spec',
      'feature-spec',
      'spec-kit-plan',
      'spec-kit-tasks',
      'spec-kit-checklist',
    ])
      expect(cases).toContain(shipped);
    expect(cases.length).toBeGreaterThanOrEqual(13);
  });
});
