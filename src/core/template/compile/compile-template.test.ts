import { describe, expect, it, vi } from 'vitest';
import { createDocument } from '../../document/create-document';
import { readMarkdown } from '../../markdown/read-markdown';
import { writeMarkdown } from '../../markdown/write-markdown';
import { activeTemplateRegistry } from '../../templates';
import { itemFields } from '../item-fields';
import type { Field, GroupField, TemplateDescription } from '../types';
import { templateSteps } from '../walk';
import { type CompileResult, compileTemplate } from './compile-template';
import { comparable, untouchedMarkdown } from './untouched-markdown.test-helper';

// The first compile and write load remark and zod: slow on a busy machine, so these tests get time.
vi.setConfig({ testTimeout: 60_000 });

function compiled(markdown: string): TemplateDescription {
  const result: CompileResult = compileTemplate(markdown);
  if (!result.ok) throw new Error(result.messages.join('\n'));
  expect(comparable(untouchedMarkdown(result.description))).toEqual(comparable(markdown));
  return result.description;
}

const field = (t: TemplateDescription, id: string): Field => {
  const found = t.fields.find((f) => f.id === id);
  if (!found) throw new Error(`no field ${id} in ${t.fields.map((f) => f.id).join(', ')}`);
  return found;
};

describe('compileTemplate', () => {
  it('names the template after its H1 without placeholders, and titles documents with the H1 field', () => {
    const t = compiled('# Implementation Plan: [FEATURE]\n\n## Summary\n\n[Summary]\n');
    expect(t.name).toBe('Implementation Plan');
    expect(t.id).toBe('implementation-plan');
    expect(field(t, t.titleField)).toMatchObject({
      kind: 'text',
      placeholder: '[FEATURE]',
      label: 'Feature',
    });
    expect(t.sections.map((s) => s.title)).toEqual(['Summary']);
  });

  it('makes a section title’s placeholder a field written in the heading, read back from it', () => {
    const t = compiled(
      '# Postmortem: [Title]\n\n## Contributing Factor 1: [Name]\n\n[How it contributed]\n\n## Contributing Factor 2: [Name]\n\n[How it contributed]\n',
    );
    expect(t.sections.map((s) => [s.title, s.titleField])).toEqual([
      ['Contributing Factor 1: [Name]', { field: 'name', placeholder: '[Name]' }],
      ['Contributing Factor 2: [Name]', { field: 'name2', placeholder: '[Name]' }],
    ]);
    expect(templateSteps(t).map((s) => s.fieldIds)).toEqual([
      ['title'],
      ['name', 'contributingFactor1Name'],
      ['name2', 'contributingFactor2Name'],
    ]);
    const registry = activeTemplateRegistry();
    registry.add(t);
    try {
      const doc = createDocument(t);
      doc.fields.title = 'Search outage';
      doc.fields.name = 'Cache `TTL` too long';
      const markdown = writeMarkdown(doc, { includeGuidance: false, emptyFields: 'omit' });
      expect(markdown).toContain('## Contributing Factor 1: Cache `TTL` too long\n');
      // Left out with the other empty parts; written with its placeholder when empty fields are.
      expect(markdown).not.toContain('Contributing Factor 2');
      expect(writeMarkdown(doc)).toContain('## Contributing Factor 2: [Name]\n');
      const read = readMarkdown(markdown, t.id).doc.fields;
      expect([read.name, read.name2]).toEqual(['Cache `TTL` too long', '']);
    } finally {
      registry.remove(t.id);
    }
  });

  it('makes front matter keys fields, `type` a constant, keeping double quotes', () => {
    const t = compiled('---\ntype: adr\ntitle: "[Title]"\nstatus: Draft\n---\n\n## Context\n\n[Context]\n');
    expect(t.frontMatter?.keys).toEqual([
      { key: 'type', const: 'adr' },
      { key: 'title', field: 'title', quoted: true },
      { key: 'status', field: 'status' },
    ]);
    expect(field(t, 'status')).toMatchObject({ kind: 'text', defaultValue: 'Draft' });
    expect(t.header.fields).toEqual(['title', 'status']);
  });

  it('makes `**Label**: value` lines labelled fields, a choice for {a | b}, a date for [DATE]', () => {
    const t = compiled(
      '# X: [Name]\n\n**Owner**: [PM]  \n**Created**: [DATE]  \n**Status**: {Draft | Final}\n\n## A\n\nText.\n',
    );
    expect(t.fields.map((f) => [f.label, f.kind])).toEqual([
      ['Name', 'text'],
      ['Owner', 'text'],
      ['Created', 'date'],
      ['Status', 'choice'],
    ]);
    expect(field(t, 'status')).toMatchObject({ options: ['Draft', 'Final'] });
  });

  it('makes tables repeatable rows, an FR-1 or CHK001 column an id scheme', () => {
    const t = compiled(
      '# T\n\n## Requirements\n\n| ID | Requirement |\n|----|----|\n| FR-1 | [Req] |\n| FR-2 | [Other] |\n\n' +
        '## Checks\n\n| Check | What |\n|---|---|\n| CHK001 | [a] |\n',
    );
    const requirements = field(t, 'requirements');
    expect(requirements.kind === 'table' && requirements.columns[0]).toMatchObject({
      key: 'ref',
      id: { prefix: 'FR-', digits: 1 },
    });
    const checks = field(t, 'checks');
    expect(checks.kind === 'table' && checks.columns[0]?.id).toMatchObject({ prefix: 'CHK', digits: 3 });
  });

  it('makes task lists checklists, bullet lists of placeholders lists, fenced code code fields', () => {
    const t = compiled(
      '# T\n\n## Goals\n\n- [Goal 1]\n- [Goal 2]\n\n## Checks\n\n- [ ] CHK001 First\n- [ ] CHK002 Second\n\n' +
        '## Diagram\n\n```\n[diagram]\n```\n',
    );
    expect(field(t, 'goals')).toMatchObject({
      kind: 'list',
      initialItems: [{ placeholder: '[Goal 1]' }, { placeholder: '[Goal 2]' }],
    });
    expect(field(t, 'checks')).toMatchObject({ kind: 'checklist', placeholder: 'CHK{nnn} [Item]' });
    expect(field(t, 'diagram')).toMatchObject({ kind: 'code', placeholder: '[diagram]' });
  });

  it('makes a block repeated with a number a group, with nested repeatable parts counted per item', () => {
    const story = (n: number, scenarios: number) =>
      `### User Story ${n} - [Title] (Priority: P${n})\n\n[Describe]\n\n**Acceptance Scenarios**:\n\n` +
      Array.from(
        { length: scenarios },
        (_, i) => `${i + 1}. **Given** [state], **When** [action], **Then** [outcome]`,
      ).join('\n') +
      '\n\n---\n\n';
    const t = compiled(
      `# Spec: [Name]\n\n## Stories\n\n${story(1, 2)}${story(2, 1)}${story(3, 1)}## Other\n\n[Other]\n`,
    );
    const group = t.fields.find((f): f is GroupField => f.kind === 'group');
    expect(group).toMatchObject({
      label: 'User Stories',
      itemName: 'user story',
      idField: { field: 'number', scheme: { prefix: '', digits: 1 } },
      titleField: 'title',
      layout: { type: 'blocks', separator: 'thematicBreak' },
    });
    // A new story has one scenario, as most stories of the template have; the first says it has two.
    expect(group?.initialItems.map((i) => i.counts)).toEqual([
      { acceptanceScenarios: 2 },
      undefined,
      undefined,
    ]);
    const scenarios = group?.fields.find((f) => f.kind === 'group');
    expect(scenarios?.kind === 'group' && scenarios.initialItems.length).toBe(1);
    // `P1`, `P2` ... follow the story's number, letters included.
    const priority = group?.fields.find((f) => f.label === 'Priority');
    expect(priority?.placeholder).toBe('P{n}');
    expect(scenarios?.kind === 'group' && scenarios.fields.map((f) => f.label)).toEqual([
      'Given',
      'When',
      'Then',
    ]);
  });

  it('numbers a repeated block by its number wherever the heading has it: `### [Name] (TC-1)`', () => {
    const t = compiled(
      '# Plan: [Name]\n\n## Cases\n\n### [Case name] (TC-1)\n\n[Steps]\n\n### [Case name] (TC-2)\n\n[Steps]\n',
    );
    const group = t.fields.find((f): f is GroupField => f.kind === 'group');
    const id = group?.fields.find((f) => f.id === group.idField?.field);
    expect(id).toMatchObject({ placeholder: '{n}', required: true });
    expect(group?.titleField).toBe(group?.fields.find((f) => f.placeholder === '[Case name]')?.id);
  });

  it('makes a repeated block a group when its lists differ per item, each item keeping its own list', () => {
    // `compiled` checks that the untouched document is the template: phase 2 keeps T003, T004, not phase 1's items.
    const t = compiled(
      '# Tasks: [Name]\n\n## Phases\n\n### Phase 1: [Goal]\n\n- [ ] T001 Set up the project\n- [ ] T002 Configure linting\n\n' +
        '### Phase 2: [Goal]\n\n- [ ] T003 Write the model\n- [ ] T004 Write the service\n- [ ] T005 Wire it up\n',
    );
    const group = t.fields.find((f): f is GroupField => f.kind === 'group');
    expect(group).toMatchObject({ label: 'Phases', idField: { field: 'number' } });
    if (!group) throw new Error('no group');
    const tasksOf = (index: number) =>
      itemFields(group, index).flatMap((f) =>
        f.kind === 'checklist' ? f.initialItems.map((i) => i.placeholder) : [],
      );
    expect(tasksOf(0)).toEqual(['T001 Set up the project', 'T002 Configure linting']);
    expect(tasksOf(1)).toEqual(['T003 Write the model', 'T004 Write the service', 'T005 Wire it up']);
    // A new document starts each phase with as many tasks as the template shows there.
    const phases = createDocument(t).fields[group.id] as { [id: string]: unknown[] }[];
    expect(phases.map((phase) => Object.values(phase).find(Array.isArray)?.length)).toEqual([2, 3]);
  });

  it('makes headings numbered only inside a placeholder (`## [Category 1]`) a group without ids', () => {
    const t = compiled(
      '# Checklist: [Name]\n\n## [Category 1]\n\n- [ ] CHK001 First\n\n## [Category 2]\n\n- [ ] CHK002 Second\n',
    );
    const group = t.fields.find((f): f is GroupField => f.kind === 'group');
    expect(group).toMatchObject({ label: 'Categories', itemName: 'category' });
    expect(group?.idField).toBeUndefined();
    expect(group?.fields.find((f) => f.id === group.titleField)?.placeholder).toBe('[Category {n}]');
  });

  it('keeps reference links that are defined in another part of the template as links', () => {
    // `compiled` checks that the untouched document is the template (same mdast): references and all.
    const t = compiled(
      '# Spec: [Name]\n\n## Context\n\nSee [the RFC][rfc] and ![badge][img].\n\n[Context]\n\n' +
        '## Links\n\n[rfc]: https://example.com/rfc\n[img]: https://example.com/b.svg\n',
    );
    expect(t.sections.map((s) => s.title)).toEqual(['Context', 'Links']);
  });

  it('numbers items the template numbers: `[Component 1]`, `[Component 2]` is `[Component {n}]`', () => {
    const t = compiled(
      '# Spec: [Name]\n\n## Parts\n\n| Component | Role |\n|---|---|\n| [Component 1] | [What it does] |\n' +
        '| [Component 2] | [What it does] |\n\n## Checks\n\n- [ ] [Criterion 1]\n- [ ] [Criterion 2]\n',
    );
    const table = t.fields.find((f) => f.kind === 'table');
    expect(table?.kind === 'table' && table.columns[0]?.placeholder).toBe('[Component {n}]');
    expect(table?.kind === 'table' && table.initialItems).toEqual([{}, {}]);
    expect(t.fields.find((f) => f.kind === 'checklist')?.placeholder).toBe('[Criterion {n}]');
  });

  it('makes a literal among labelled lines a pre-filled field, and `$ARGUMENTS` a placeholder', () => {
    const t = compiled(
      '# Feature: [NAME]\n\n**Created**: [DATE]  \n**Status**: Draft  \n**Input**: "$ARGUMENTS"\n\n## Body\n\n[Body]\n',
    );
    expect(field(t, 'status')).toMatchObject({ kind: 'text', defaultValue: 'Draft' });
    expect(field(t, 'input')).toMatchObject({ kind: 'text', placeholder: '$ARGUMENTS' });
  });

  it('makes `---` after every section the separator, and a last line repeating front matter the footer', () => {
    const t = compiled(
      '---\ntitle: "[Title]"\nversion: "1.0"\ndate: "[YYYY-MM-DD]"\n---\n\n## One\n\n[One]\n\n---\n\n' +
        '## Two\n\n[Two]\n\n---\n\n*[Document Title]*\n*Version 1.0 | [YYYY-MM-DD]*\n',
    );
    expect(t.sectionSeparator).toBe('thematicBreak');
    expect(t.footer?.lines).toEqual([
      [{ type: 'field', field: 'title', placeholder: '[Document Title]' }],
      [
        { type: 'text', value: 'Version ' },
        { type: 'field', field: 'version' },
        { type: 'text', value: ' | ' },
        { type: 'field', field: 'date' },
      ],
    ]);
    expect(field(t, 'date')).toMatchObject({ kind: 'date', iso: true });
  });

  it('keeps a footer that stands for no front matter field as template text', () => {
    const t = compiled('---\ntitle: "[Title]"\n---\n\n## One\n\n[One]\n\n---\n\n*Made by [Team]*\n');
    expect(t.footer).toBeUndefined();
  });

  it('reads a plain note that says whether a part is needed, and an instruction to add more as guidance', () => {
    const t = compiled(
      '# Spec: [Name]\n\n## Rules (mandatory)\n\n[Rules]\n\n## Source Code (repository root)\n\n[Tree]\n\n' +
        '[Add more sections as needed]\n',
    );
    expect(t.sections.map((s) => [s.title, s.note?.text])).toEqual([
      ['Rules', '(mandatory)'],
      ['Source Code (repository root)', undefined],
    ]);
    expect(t.sections[0]?.required).toBe(true);
    expect(t.sections[1]?.blocks.at(-1)).toEqual({
      type: 'markdown',
      markdown: '[Add more sections as needed]',
    });
  });

  it('makes HTML comments and instructions guidance, and gives a part with only guidance a field', () => {
    const t = compiled(
      '# P\n\n## Summary\n\n<!-- One paragraph. -->\n\n## Notes\n\nThis stays.\n\n*Fill ONLY if needed.*\n',
    );
    const [summary, notes] = t.sections;
    expect(summary?.blocks).toEqual([
      { type: 'markdown', markdown: '<!-- One paragraph. -->' },
      { type: 'field', field: 'summary' },
    ]);
    expect(notes?.blocks).toEqual([
      { type: 'markdown', markdown: 'This stays.', role: 'structure' },
      { type: 'markdown', markdown: '*Fill ONLY if needed.*' },
    ]);
  });

  it.each([
    ['', 'The template is empty.'],
    ['Just a paragraph.\n', 'The template has no headings: there is nothing to make sections of.'],
    ['# A\u0000\u0001binary', 'The template is not text (it looks like a binary file).'],
    [`# A\n\n${'\u0003\u0004x'.repeat(20)}`, 'The template is not text (it looks like a binary file).'],
    [`# Big\n\n${'x'.repeat(1_000_001)}`, 'The template is over 1 MB: that is not a template.'],
  ])('rejects a bad template with a clear message (%#)', (markdown, message) => {
    expect(compileTemplate(markdown)).toEqual({ ok: false, messages: [message] });
  });

  it('compiles a template with a stray control character (an emoji mangled in an old copy of spec-kit)', () => {
    const result = compileTemplate('# Spec: [NAME]\n\n## Guidelines\n\n- \u0005 Focus on WHAT users need\n');
    expect(result.ok).toBe(true);
  });

  it('compiles a short template in which every guideline lost its emoji to a control character', () => {
    const lines = ['WHAT', 'WHY', 'HOW', 'WHO', 'WHEN', 'WHERE', 'LIMITS', 'RISKS'].map(
      (w) => `- \u0005 Say ${w}\n`,
    );
    const result = compileTemplate(`# Spec: [NAME]\n\n## Guidelines\n\n${lines.join('')}`);
    expect(result.ok).toBe(true);
  });
});
