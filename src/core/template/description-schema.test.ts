import { describe, expect, it } from 'vitest';
import { featureSpec, technicalSpec } from '../templates';
import { parseTemplateDescription } from './description-schema';
import type { TemplateDescription } from './types';

/** A deep copy as plain JSON: what a description coming from outside looks like. */
const json = (value: unknown): Record<string, unknown> => JSON.parse(JSON.stringify(value));

const minimal = (): Record<string, unknown> => ({
  id: 'mini',
  name: 'Mini',
  summary: '',
  fields: [{ id: 'title', kind: 'text', label: 'Title', placeholder: '[Title]', required: true }],
  header: {
    id: 'header',
    title: 'Title',
    fields: [],
    blocks: [{ type: 'heading', depth: 1, content: [{ type: 'field', field: 'title' }] }],
  },
  sections: [],
  titleField: 'title',
});

function messages(value: unknown): string[] {
  const result = parseTemplateDescription(value);
  return result.ok ? [] : result.messages;
}

describe('parseTemplateDescription', () => {
  it.each([technicalSpec, featureSpec] as TemplateDescription[])('accepts the shipped $id as JSON', (t) => {
    const result = parseTemplateDescription(json(t));
    expect(result.ok ? [] : result.messages).toEqual([]);
    expect(result.ok && result.description).toEqual(json(t));
  });

  it('accepts a minimal description', () => {
    expect(messages(minimal())).toEqual([]);
  });

  it('rejects what is not a description, with a message', () => {
    expect(messages(null).length).toBeGreaterThan(0);
    expect(messages('x').length).toBeGreaterThan(0);
    expect(messages({ ...minimal(), fields: 'none' })[0]).toMatch(/^fields: /);
  });

  it('rejects a field id that is not an identifier, and a duplicate one', () => {
    const bad = minimal();
    (bad.fields as Record<string, unknown>[])[0]!.id = 'feature name';
    expect(messages(bad).join('\n')).toMatch(/fields\.0\.id: must be an identifier/);
    const twice = minimal();
    twice.fields = [...(twice.fields as unknown[]), ...(twice.fields as unknown[])];
    expect(messages(twice)).toContain('fields: field id "title" used twice');
  });

  it('rejects an invalid or overlong pattern', () => {
    const bad = minimal();
    (bad.fields as Record<string, unknown>[])[0]!.pattern = { regex: '([a-z', message: 'x' };
    expect(messages(bad).join('\n')).toMatch(/pattern\.regex: is not a valid regular expression/);
    (bad.fields as Record<string, unknown>[])[0]!.pattern = { regex: 'a'.repeat(501), message: 'x' };
    expect(messages(bad).length).toBeGreaterThan(0);
  });

  it('rejects references to fields that do not exist, at every level', () => {
    const block = minimal();
    (block.header as { blocks: unknown[] }).blocks.push({ type: 'field', field: 'missing' });
    expect(messages(block)).toContain('header: refers to no field "missing"');

    const title = { ...minimal(), titleField: 'name' };
    expect(messages(title)).toContain('titleField: no field "name"');

    const feature = json(featureSpec);
    const stories = (
      feature.fields as { id: string; layout: { blocks: { type: string; field?: string }[] } }[]
    ).find((f) => f.id === 'userStories')!;
    stories.layout.blocks.push({ type: 'field', field: 'nowhere' });
    expect(messages(feature)).toContain('fields.userStories.layout: refers to no field "nowhere"');
  });

  it('rejects a subsection id used twice or equal to a field id', () => {
    const tech = json(technicalSpec);
    (tech.sections as { id: string }[])[1]!.id = 'overviewSection';
    expect(messages(tech).join('\n')).toMatch(/"overviewSection": id used twice/);
  });

  it('rejects unknown keys and kinds rather than ignoring them', () => {
    expect(messages({ ...minimal(), extra: 1 }).length).toBeGreaterThan(0);
    const kind = minimal();
    (kind.fields as Record<string, unknown>[])[0]!.kind = 'spreadsheet';
    expect(messages(kind).length).toBeGreaterThan(0);
  });

  it('bounds nesting without overflowing the stack', () => {
    let deep: unknown = { type: 'text', value: 'x' };
    for (let i = 0; i < 10_000; i += 1) deep = { type: 'strong', children: [deep] };
    const bad = minimal();
    (bad.header as { blocks: unknown[] }).blocks.push({ type: 'paragraph', content: [deep] });
    expect(messages(bad)).toEqual(['nested more than 64 deep']);
  });

  it('bounds nested groups', () => {
    let group: Record<string, unknown> = {
      id: 'leaf',
      kind: 'text',
      label: 'x',
      placeholder: '',
      required: false,
    };
    for (let i = 0; i < 6; i += 1) {
      group = {
        id: `g${i}`,
        kind: 'group',
        label: 'g',
        itemName: 'g',
        placeholder: '',
        required: false,
        fields: [group],
        layout: { type: 'blocks', blocks: [{ type: 'field', field: group.id }] },
        initialItems: [],
      };
    }
    const bad = minimal();
    (bad.fields as unknown[]).push(group);
    (bad.header as { blocks: unknown[] }).blocks.push({ type: 'field', field: group.id });
    expect(messages(bad).join('\n')).toMatch(/groups nested more than 4 deep/);
  });
});
