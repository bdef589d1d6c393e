import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { createDocument } from '../document/create-document';
import { writeMarkdown } from '../markdown/write-markdown';
import { comparable } from '../template/compile/untouched-markdown.test-helper';
import { itemFields } from '../template/item-fields';
import { applyOverlay } from '../template/overlay';
import type { Field } from '../template/types';
import { builtInTemplates, getTemplate, isTemplateId } from './index';
import { checklist, implementationPlan, tasks } from './spec-kit';
import checklistMarkdown from './spec-kit/checklist-template.md?raw';
import planMarkdown from './spec-kit/plan-template.md?raw';
import tasksMarkdown from './spec-kit/tasks-template.md?raw';

// The first compile and write load remark and zod: slow on a busy machine, so these tests get time.
vi.setConfig({ testTimeout: 60_000 });

const specKitMarkdown: Record<string, string> = {
  [implementationPlan.id]: planMarkdown,
  [tasks.id]: tasksMarkdown,
  [checklist.id]: checklistMarkdown,
};

const untouched = { includeGuidance: true, emptyFields: 'placeholder' } as const;
const byId = (fields: readonly Field[], id: string) => fields.find((f) => f.id === id);

describe.each([implementationPlan, tasks, checklist].map((t) => [t.id, t] as const))(
  'spec-kit %s',
  (id, template) => {
    it('is offered and resolved by id', () => {
      expect(builtInTemplates).toContain(template);
      expect(isTemplateId(id)).toBe(true);
      expect(getTemplate(id)).toBe(template);
    });

    it('is reproduced exactly by its untouched document (same mdast)', () => {
      const written = writeMarkdown(createDocument(template), untouched);
      expect(comparable(written)).toEqual(comparable(specKitMarkdown[id]!));
    });

    it('ships the same Markdown as its compile fixture', () => {
      const fixture = new URL(`../template/compile/fixtures/${id}/template.md`, import.meta.url);
      expect(specKitMarkdown[id]).toBe(readFileSync(fixture, 'utf8'));
    });
  },
);

describe('the spec-kit templates', () => {
  it('are named by their H1', () => {
    expect([implementationPlan.name, tasks.name, checklist.name]).toEqual([
      'Implementation Plan',
      'Tasks',
      'Checklist',
    ]);
  });

  it('give the plan its Technical Context fields and Complexity Tracking table', () => {
    const context = implementationPlan.sections.find((s) => s.title === 'Technical Context');
    const ids = context?.blocks
      .flatMap((b) => (b.type === 'paragraph' ? b.content : []))
      .flatMap((s) => (s.type === 'field' ? [s.field] : []));
    expect(ids?.map((f) => byId(implementationPlan.fields, f)?.label)).toEqual([
      'Language / Version',
      'Primary Dependencies',
      'Storage',
      'Testing',
      'Target Platform',
      'Project Type',
      'Performance Goals',
      'Constraints',
      'Scale/Scope',
    ]);
    const table = byId(implementationPlan.fields, 'complexityTracking');
    expect(table?.kind === 'table' && table.columns.map((c) => c.label)).toEqual([
      'Violation',
      'Why Needed',
      'Simpler Alternative Rejected Because',
    ]);
  });

  it('give tasks per phase, numbered T001 ..., and checklist items per category, numbered CHK001 ...', () => {
    const setup = byId(tasks.fields, 'phase1SetupSharedInfrastructure');
    expect(setup).toMatchObject({ kind: 'checklist', itemName: 'task', label: 'Setup tasks' });
    expect(setup?.kind === 'checklist' && setup.initialItems.map((i) => i.placeholder)).toEqual([
      'T001 Create project structure per implementation plan',
      'T002 Initialize [language] project with [framework] dependencies',
      'T003 [P] Configure linting and formatting tools',
    ]);
    const items = tasks.fields.filter((f) => f.kind === 'checklist');
    expect(items.length).toBe(9);
    // As many categories as a checklist has: one group, each category its heading and its own CHK items.
    const categories = byId(checklist.fields, 'categories');
    expect(categories).toMatchObject({ kind: 'group', itemName: 'category', titleField: 'category' });
    if (categories?.kind !== 'group') throw new Error('no categories group');
    expect(
      categories.initialItems.map((_, index) => {
        const items = itemFields(categories, index).find((f) => f.id === 'items');
        return items?.kind === 'checklist' && items.initialItems.map((i) => i.placeholder.slice(0, 6));
      }),
    ).toEqual([
      ['CHK001', 'CHK002', 'CHK003'],
      ['CHK004', 'CHK005', 'CHK006'],
    ]);
  });

  it('refuse an overlay that names what the template does not have', () => {
    expect(() => applyOverlay(tasks, { id: 'x', fields: { nowhere: { label: 'x' } } })).toThrow(
      /no field nowhere/,
    );
    expect(() => applyOverlay(tasks, { id: 'x', sections: { nowhere: {} } })).toThrow(/no section nowhere/);
  });
});
