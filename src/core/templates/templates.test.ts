import { describe, expect, it } from 'vitest';
import { createDocument, nextId } from '../document/create-document';
import { specDocumentSchema } from '../document/spec-document';
import { compileTemplate } from '../template/compile/compile-template';
import { parseTemplateDescription } from '../template/description-schema';
import type { Block, Field, Segment, TemplateDescription } from '../template/types';
import { allSubsections, blockFieldIds, templateSteps } from '../template/walk';
import { builtInTemplates, getTemplate } from './index';

function referencedFields(template: TemplateDescription): string[] {
  const refs: string[] = [];
  const segments = (list: readonly Segment[]) => {
    for (const s of list) {
      if (s.type === 'field' || s.type === 'inlineCode') refs.push(s.field);
      if (s.type === 'strong' || s.type === 'emphasis') segments(s.children);
    }
  };
  const blocks = (list: readonly Block[]) => {
    for (const b of list) {
      if (b.type === 'field') refs.push(b.field);
      if (b.type === 'heading' || b.type === 'paragraph') segments(b.content);
      if (b.type === 'subsection') {
        if (b.titleField) refs.push(b.titleField.field);
        blocks(b.blocks);
      }
    }
  };
  blocks(template.header.blocks);
  blocks(template.sections);
  return refs;
}

function itemFieldsReferenced(field: Field): void {
  if (field.kind !== 'group') return;
  const ids = new Set(field.fields.map((f) => f.id));
  const refs =
    field.layout.type === 'blocks'
      ? blockFieldIds(field.layout.blocks)
      : field.layout.patterns.flatMap((p) => blockFieldIds([{ type: 'paragraph', content: p }]));
  for (const ref of refs) expect(ids, `${field.id} layout refers to ${ref}`).toContain(ref);
  for (const f of field.fields) itemFieldsReferenced(f);
}

describe.each(builtInTemplates.map((t) => [t.id, t] as const))('template %s', (_id, template) => {
  it('places every body field exactly once and refers only to fields it has', () => {
    const ids = template.fields.map((f) => f.id);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = referencedFields(template);
    const frontMatterFields = (template.frontMatter?.keys ?? []).flatMap((k) =>
      'field' in k ? [k.field] : [],
    );
    for (const ref of refs) expect(ids).toContain(ref);
    for (const id of ids) {
      const placed = refs.filter((r) => r === id).length + (frontMatterFields.includes(id) ? 1 : 0);
      expect(placed, `field ${id} is placed ${placed} times`).toBe(1);
    }
    for (const field of template.fields) itemFieldsReferenced(field);
  });

  it('gives every subsection an id distinct from every field id', () => {
    const ids = [...allSubsections(template).map((s) => s.id), ...template.fields.map((f) => f.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has form steps that together edit every field', () => {
    const stepped = templateSteps(template).flatMap((s) => s.fieldIds);
    expect(new Set(stepped)).toEqual(new Set(template.fields.map((f) => f.id)));
  });

  it('creates a new document its own schema accepts', () => {
    const doc = createDocument(template);
    expect(specDocumentSchema(template).safeParse(doc).success).toBe(true);
    expect(specDocumentSchema(template).safeParse({ ...doc, fields: {} }).success).toBe(false);
  });

  it('never uses `id` as an item key (react-hook-form field arrays reserve it)', () => {
    const keys = (field: Field): string[] =>
      field.kind === 'table'
        ? field.columns.map((c) => c.key)
        : field.kind === 'group'
          ? [...field.fields.map((f) => f.id), ...field.fields.flatMap(keys)]
          : [];
    expect(template.fields.flatMap(keys)).not.toContain('id');
  });
});

describe('new documents', () => {
  it('number initial items as the templates do', () => {
    const tech = createDocument(getTemplate('technical-spec'));
    expect(tech.fields.functionalRequirements).toEqual([
      { ref: 'FR-1', requirement: '', priority: 'Must' },
      { ref: 'FR-2', requirement: '', priority: 'Should' },
      { ref: 'FR-3', requirement: '', priority: 'Could' },
    ]);
    expect((tech.fields.phases as { phase: string }[]).map((r) => r.phase)).toEqual(['1', '2']);
    const feature = createDocument(getTemplate('feature-spec'));
    const stories = feature.fields.userStories as {
      number: string;
      priority: string;
      scenarios: unknown[];
    }[];
    expect(stories.map((s) => [s.number, s.priority, s.scenarios.length])).toEqual([
      ['1', 'P1', 2],
      ['2', 'P2', 1],
      ['3', 'P3', 1],
    ]);
    expect((feature.fields.functionalRequirements as { ref: string }[]).map((r) => r.ref)).toEqual([
      'FR-001',
      'FR-002',
      'FR-003',
      'FR-004',
      'FR-005',
    ]);
    expect(feature.fields.status).toBe('Draft');
  });

  it('give a new item the next number after the highest, never reusing a removed one', () => {
    const scheme = { prefix: 'FR-', digits: 3, regex: '' };
    expect(nextId(scheme, ['FR-001', 'FR-007', 'FR-003'])).toBe('FR-008');
    expect(nextId(scheme, [])).toBe('FR-001');
    expect(nextId(scheme, ['FR-IUX-001', 'FR-002'])).toBe('FR-003');
  });
});

describe('template versions', () => {
  it('every shipped template has one, and a new document records it', () => {
    for (const template of builtInTemplates) {
      expect(template.version, template.id).toEqual(expect.any(Number));
      expect(createDocument(template).templateVersion).toBe(template.version);
    }
  });

  it('a new document of a template without one records none', () => {
    const compiled = compileTemplate('# Notes: {title}\n\n## Body\n\n{text}\n', { id: 'user-notes-x' });
    if (!compiled.ok) throw new Error(compiled.messages.join(' '));
    const { version: _, ...unversioned } = compiled.description;
    expect('templateVersion' in createDocument(unversioned)).toBe(false);
    // A copy carrying its version is a valid description.
    expect(parseTemplateDescription({ ...unversioned, version: 'k3x9a' }).ok).toBe(true);
    expect(parseTemplateDescription({ ...unversioned, version: { major: 1 } }).ok).toBe(false);
  });

  it('the document schema keeps the recorded version, and accepts drafts from before versions', () => {
    const template = getTemplate('technical-spec');
    const schema = specDocumentSchema(template);
    const doc = { ...createDocument(template), templateVersion: 0 };
    expect(schema.parse(doc).templateVersion).toBe(0);
    expect(schema.parse({ ...doc, templateVersion: 'a1b2' }).templateVersion).toBe('a1b2');
    const { templateVersion: _, ...before } = doc;
    const parsed = schema.parse(before);
    expect(parsed.templateVersion).toBeUndefined();
    expect(schema.safeParse({ ...doc, templateVersion: [1] }).success).toBe(false);
  });
});
