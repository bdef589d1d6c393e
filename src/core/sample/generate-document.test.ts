import { describe, expect, it } from 'vitest';
import type { GroupItem, TableRow } from '../document/spec-document';
import { specDocumentSchema } from '../document/spec-document';
import { featureSpec, technicalSpec, templates } from '../templates';
import { documentSizes, generateDocument } from './generate-document';

const sizes = ['small', 'large', 'huge'] as const;

describe('generateDocument', () => {
  it('gives the same document for the same seed, and another for another seed', () => {
    expect(generateDocument(featureSpec, 'small', 7)).toEqual(generateDocument(featureSpec, 'small', 7));
    expect(generateDocument(featureSpec, 'small', 7)).not.toEqual(generateDocument(featureSpec, 'small', 8));
  });

  it.each(sizes)('has the %s feature spec sizes', (size) => {
    const doc = generateDocument(featureSpec, size);
    const stories = doc.fields.userStories as GroupItem[];
    expect(stories).toHaveLength(documentSizes[size].userStories);
    for (const story of stories) {
      expect(story.scenarios).toHaveLength(documentSizes[size].scenariosPerStory);
    }
    const requirements = doc.fields.functionalRequirements as GroupItem[];
    expect(requirements).toHaveLength(documentSizes[size].requirements);
    expect(requirements.at(-1)?.ref).toBe(`FR-${String(documentSizes[size].requirements).padStart(3, '0')}`);
  });

  it.each(sizes)('has the %s technical spec sizes: requirements and every other table', (size) => {
    const doc = generateDocument(technicalSpec, size);
    for (const field of technicalSpec.fields) {
      if (field.kind !== 'table') continue;
      const expected =
        field.id === 'functionalRequirements'
          ? documentSizes[size].requirements
          : documentSizes[size].tableRows;
      expect(doc.fields[field.id] as TableRow[], field.id).toHaveLength(expected);
    }
  });

  it.each(templates.flatMap((t) => sizes.map((s) => [t.id, s, t] as const)))(
    'makes a %s %s document the schema accepts',
    (_id, size, template) => {
      const doc = generateDocument(template, size, 3);
      expect(specDocumentSchema(template).safeParse(doc).success).toBe(true);
    },
  );

  it('writes realistic text: filled fields, inline code, clarification markers, valid branch names', () => {
    const doc = generateDocument(featureSpec, 'large');
    const json = JSON.stringify(doc);
    expect(json).toContain('[NEEDS CLARIFICATION: ');
    expect(json).toMatch(/`[^`]+`/);
    expect(doc.fields.featureBranch).toMatch(/^\d{3}-[a-z0-9][a-z0-9-]*$/);
    const lengths = (doc.fields.functionalRequirements as GroupItem[]).map((r) => String(r.text).length);
    expect(Math.max(...lengths) - Math.min(...lengths)).toBeGreaterThan(30);
  });
});
