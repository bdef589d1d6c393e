import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import type { GroupItem, ListItem, SpecDocument, TableRow } from '../document/spec-document';
import { specDocumentSchema } from '../document/spec-document';
import type { TemplateId } from '../template/types';
import { getTemplate } from '../templates';
import { detectTemplate } from './detect-template';
import { readMarkdown } from './read-markdown';
import { withoutOrigin } from './reprint/reprint-markdown';
import { writeMarkdown } from './write-markdown';

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/real-world/${name}`, import.meta.url), 'utf8');

/** Words, unicode-aware and case-insensitive: runs of letters and digits (a CJK sentence is one word). */
const words = (text: string) =>
  new Set(
    text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean),
  );

/**
 * Opens a fixture as the app does (detected template), checks the document validates and downloads as the very
 * file, and checks that every word of the input is in what the template writes for the document read (no guidance,
 * empty fields left out), as a new document would be written. `structureWords` lists the words the template's own
 * text replaces there: heading words of renamed or renumbered sections, which the reader recognizes as the
 * template's sections and reports in a warning.
 */
function open(name: string, template: TemplateId, structureWords: readonly string[] = []) {
  const input = fixture(name);
  const detected = detectTemplate(input);
  expect(detected.template).toBe(template);
  const { doc, report } = readMarkdown(input, template);
  expect(specDocumentSchema(getTemplate(template)).safeParse(doc).success).toBe(true);
  expect(writeMarkdown(doc)).toBe(input);
  const output = writeMarkdown(withoutOrigin(doc), { includeGuidance: false, emptyFields: 'omit' });
  const written = words(output);
  const lost = [...words(input)].filter((w) => !written.has(w));
  expect(lost.sort()).toEqual([...structureWords].map((w) => w.toLowerCase()).sort());
  return { doc, report, output, detected };
}

const items = <T>(doc: SpecDocument, id: string) => doc.fields[id] as T[];

describe('feature specs', { timeout: 60_000 }, () => {
  it('Japanese, CRLF, colon inside bold, lines joined by nothing, full-width brackets', () => {
    const { doc, detected } = open('feature-japanese-crlf.md', 'feature-spec');
    expect(detected.confidence).toBe('strong');
    expect(doc.fields.featureName).toBe('写真アルバムの共有');
    expect(doc.fields.featureBranch).toBe('012-photo-album-share');
    expect(doc.fields.created).toBe('2025 年 9 月 5 日');
    expect(doc.fields.status).toBe('Draft（レビュー待ち）');
    expect(doc.fields.input).toBe('家族とアルバムを共有したい。リンクで招待できること。');
    const stories = items<GroupItem>(doc, 'userStories');
    expect(stories.map((s) => [s.number, s.title, s.priority])).toEqual([
      ['1', 'アルバムを共有する', 'P1'],
      ['2', 'コメントを書く', 'P2'],
    ]);
    const scenarios = stories[0]!.scenarios as GroupItem[];
    expect([scenarios[0]!.given, scenarios[0]!.then]).toEqual([
      'アルバムが存在する',
      '招待リンクが表示される',
    ]);
    // Translated keywords: kept as the scenario's text, in the author's words.
    expect(scenarios[1]!.text).toContain('**前提** 招待リンクを受け取った');
    const frs = items<GroupItem>(doc, 'functionalRequirements');
    expect(frs.map((f) => f.ref)).toEqual(['FR-IUX-001', 'FR-IUX-002', 'FR-IUX-003']);
    expect(frs[1]!.text).toBe(
      'システムは `read-only` 権限を付与しなければならない [NEEDS CLARIFICATION: 編集権限は必要か？]',
    );
    expect(frs[2]!.text).toContain('[メール](https://example.com/mail)');
    expect(items<GroupItem>(doc, 'keyEntities').map((e) => e.name)).toEqual(['Album', 'Invitation']);
    expect(items<GroupItem>(doc, 'successCriteria')).toHaveLength(2);
    expect(doc.additional.edgeCases).toMatch(/^## Clarifications/);
    expect(doc.additional.successCriteria).toMatch(/^## 🔍 Review Checklist/);
    expect(doc.additional.successCriteria).toContain('- [X] 要件はテスト可能である');
  });

  it('one-line header, extra header fields, US-n headings, bold-label scenarios, FR table, no Measurable Outcomes heading', () => {
    const { doc, report } = open('feature-collapsed-table.md', 'feature-spec', [
      'Spec', // `# Feature Spec 001:` is written as `# Feature Specification: 001: ...`
      'testable', // `(mandatory, testable)`: the template's note is `*(mandatory)*`
      'US', // `### US-1:` is written as `### User Story 1 -`
      'ID', // the FR table's header: the requirements are read into the FR list
      'Requirement',
    ]);
    expect(doc.fields.featureName).toBe('001: Bulk Invoice Export');
    expect(doc.fields.created).toBe('November 6, 2025');
    expect(doc.fields.status).toBe('In Review');
    expect(doc.additional.start).toContain('**Owner**: Dana Whitfield');
    expect(doc.additional.start).toContain('## Assumptions');
    const stories = items<GroupItem>(doc, 'userStories');
    expect(stories.map((s) => [s.number, s.title, s.priority])).toEqual([
      ['1', 'Export a filtered list', 'P0'],
      ['2', 'Export PDFs in a ZIP', 'P1-MVP'],
    ]);
    const [only, ...others] = stories[0]!.scenarios as GroupItem[];
    expect(others).toEqual([]);
    expect([only!.given, only!.when, only!.then, only!.text]).toEqual([
      'invoices exist for October',
      'the clerk exports October as CSV',
      'the file lists every October invoice',
      '',
    ]);
    expect((stories[1]!.scenarios as GroupItem[])[1]!.text).toBe(
      'The export can be cancelled while it runs and nothing is downloaded.',
    );
    const frs = items<GroupItem>(doc, 'functionalRequirements');
    expect(frs.map((f) => f.ref)).toEqual(['FR-01', 'FR-02', 'FR-03', 'FR-04']);
    expect(frs[3]!.text).toBe(
      'System MUST email a link when an export takes longer than [NEEDS CLARIFICATION: how long?] (Priority: P2)',
    );
    expect(items<GroupItem>(doc, 'successCriteria').map((s) => s.ref)).toEqual(['SC-001', 'SC-002']);
    // The code block's `#` lines and marker stay inside the kept Dependencies section.
    expect(doc.additional.successCriteria).toContain('# [NEEDS CLARIFICATION: retry policy]');
    expect(report.warnings.map((w) => w.message).join('\n')).toMatch(/Owner, Version/);
  });

  it('blank-line header, FRs grouped under #### headings and out of order, formatted requirement text', () => {
    const { doc, report } = open('feature-grouped-requirements.md', 'feature-spec');
    expect(doc.fields.featureBranch).toBe('044-offline-notes-sync');
    expect(doc.fields.status).toBe('Approved');
    const frs = items<GroupItem>(doc, 'functionalRequirements');
    expect(frs.map((f) => f.ref)).toEqual(['FR-003', 'FR-001', 'FR-002', 'FR-010']);
    expect(frs[0]!.text).toBe('System MUST keep unsynced edits in **durable** local storage');
    expect(frs[2]!.text).toBe(
      'System MUST sync using the [`/v2/sync`](https://api.example.com/docs) endpoint',
    );
    expect(doc.additional.functionalRequirements).toBe('#### Storage\n\n#### Sync');
    expect(report.warnings.some((w) => w.fieldId === 'functionalRequirements')).toBe(true);
    // Inline formatting is kept as Markdown, so there is nothing to warn about.
    expect(report.warnings.map((w) => w.message).join('\n')).not.toMatch(/inline formatting/);
    expect(items<GroupItem>(doc, 'userStories')[0]!.title).toBe('Edit notes offline');
    expect(doc.additional.successCriteria).toContain('| Clock skew between devices |');
  });

  it('the older layout: yaml header block, Primary User Story, Acceptance Scenarios heading, boilerplate', () => {
    const { doc } = open('feature-older-layout.md', 'feature-spec', ['yaml']);
    expect(doc.fields.featureBranch).toBe('007-team-calendar');
    expect(doc.fields.input).toBe('A shared calendar for each team');
    const [story] = items<GroupItem>(doc, 'userStories');
    expect(story!.title).toBe('Primary User Story');
    expect(story!.scenarios).toHaveLength(2);
    expect(items<ListItem>(doc, 'edgeCases')).toHaveLength(1);
    expect(doc.additional.start).toContain('# this line starts with a hash inside a code block');
    expect(doc.additional.keyEntities).toContain('## Review & Acceptance Checklist');
    expect(doc.additional.keyEntities).toContain('## Execution Status');
    expect(items<GroupItem>(doc, 'successCriteria')).toEqual([]);
  });

  it('blockquote header, Spanish keywords, an FR without bold and a note item in the FR list', () => {
    const { doc } = open('feature-blockquote-spanish.md', 'feature-spec');
    expect(doc.fields.status).toBe('Borrador');
    expect(doc.fields.input).toBe('Enviar recordatorios por SMS antes de cada cita');
    const frs = items<GroupItem>(doc, 'functionalRequirements');
    expect(frs.map((f) => f.ref)).toEqual(['FR-001', 'FR-002']);
    expect(frs[1]!.text).toBe('El sistema DEBE registrar cada envío');
    expect(doc.additional.functionalRequirements).toBe(
      '- Nota: los textos del SMS los revisa el equipo legal',
    );
    const scenarios = items<GroupItem>(doc, 'userStories')[0]!.scenarios as GroupItem[];
    expect(scenarios.map((s) => s.text)).toEqual([
      '**Dado** una cita mañana, **Cuando** pasan las 9:00, **Entonces** se envía un SMS',
      'El paciente puede responder CANCELAR para anular la cita',
    ]);
  });
});

describe('technical specs', { timeout: 60_000 }, () => {
  it('renamed and renumbered sections, extra front matter keys, other table columns, nested lists, code blocks', () => {
    const { doc, report } = open('technical-renamed-sections.md', 'technical-spec', [
      'doc', // `type: design-doc`: the template's type is written (reported)
      'Out', // renamed headings, written with the template's titles (reported)
      'Scope',
      'Statement',
      'Summary',
      'Strategy', // (`Technical Design` loses `Technical` too, but the word is in `type: technical-spec`)
    ]);
    expect(doc.fields.title).toBe('Rate Limiter for the Public API');
    expect(doc.fields.date).toBe('2025-11-02');
    expect(doc.fields.status).toBe('Review');
    expect(doc.fields.reviewers).toEqual([{ text: 'Priya' }, { text: 'Tom' }]);
    expect(doc.extraFrontMatter).toEqual({ project: 'gateway', updated: '2025-11-10' });
    expect(doc.fields.overview).toBe('We add a token-bucket rate limiter in front of the public API.');
    expect(doc.fields.problem).toMatch(/^Last quarter/);
    expect(doc.fields.architectureDiagram).toContain('client -> gateway -> [limiter] -> service');
    expect(doc.fields.approach).toContain('# not a heading: a comment line in a code block');
    expect(items<TableRow>(doc, 'nonFunctionalRequirements')[0]).toEqual({
      ref: 'NFR-1',
      requirement: 'Latency overhead',
      metric: '< 2 ms p99',
    });
    // A table with a column the template has not (Status) is kept whole.
    expect(items<TableRow>(doc, 'functionalRequirements')).toEqual([]);
    expect(doc.additional.functionalRequirementsSection).toContain(
      '| FR-1 | Limit requests per API key | Must | Done |',
    );
    // A nested list does not fit the Goals list: kept whole, where it was.
    expect(doc.additional.goalsSection).toContain('  - per API key');
    expect(items<{ checked: boolean }>(doc, 'acceptanceCriteria').map((c) => c.checked)).toEqual([
      true,
      false,
    ]);
    expect(items<{ text: string }>(doc, 'openQuestions')[0]!.text).toBe(
      'Should internal services bypass the limiter?',
    );
    expect(doc.additional.acceptanceCriteria).toMatch(/^## 9\. Risks/);
    expect(report.warnings.map((w) => w.message).join('\n')).toMatch(/design-doc/);
  });

  it('no front matter: H1 title and **Label:** lines, unnumbered sections, emoji heading, a footer that differs', () => {
    const { doc, output } = open('technical-no-front-matter.md', 'technical-spec');
    expect(doc.fields).toMatchObject({
      title: 'Search Indexing Pipeline 🔎',
      status: 'Draft',
      author: 'Lee Chen',
      date: 'November 6, 2025',
      version: '2.1',
    });
    // A `<br>` in a cell is inline HTML, kept as Markdown.
    expect(items<TableRow>(doc, 'functionalRequirements')[1]!.requirement).toBe(
      'Update the index incrementally<br>without downtime',
    );
    expect(doc.fields.architectureDiagram).toBe('kafka -> indexer -> opensearch');
    expect(items<TableRow>(doc, 'phases').map((p) => p.phase)).toEqual(['1', '2']);
    expect(doc.additional.rollbackPlan).toMatch(/^## Glossary/);
    expect(output).toContain('date: "November 6, 2025"');
  });

  it('malformed front matter: the body is opened and the front matter kept as a YAML block, with a warning', () => {
    const { doc, report } = open('technical-bad-front-matter.md', 'technical-spec', []);
    expect(doc.fields.overview).toBe('A spec whose front matter has a YAML error.');
    expect(doc.additional.start).toContain('title: "Unclosed quote');
    expect(report.warnings[0]!.message).toMatch(/front matter could not be read/);
  });

  it('recognizes the footer Specwright writes instead of keeping a second copy', () => {
    const input = fixture('technical-no-front-matter.md').replace(
      /\*Search Indexing Pipeline\*/,
      '*Search Indexing Pipeline 🔎*',
    );
    const { doc } = readMarkdown(input, 'technical-spec');
    expect(doc.additional.rollbackPlan).not.toContain('*Version 2.1');
  });
});

describe('the report', { timeout: 30_000 }, () => {
  it('lists recognized fields with counts, additional content with a summary, and warnings', () => {
    const { report } = readMarkdown(fixture('feature-collapsed-table.md'), 'feature-spec');
    expect(report.recognized).toContainEqual({
      fieldId: 'functionalRequirements',
      label: 'Functional Requirements',
      count: 4,
    });
    expect(report.recognized).toContainEqual({ fieldId: 'featureName', label: 'Feature name' });
    expect(report.additional).toContainEqual({ anchor: 'functionalRequirements', summary: 'Out of Scope' });
  });
});

describe('a large spec', () => {
  it('reads a 700-line spec with 140 requirements and 40 stories', () => {
    const frs = Array.from(
      { length: 140 },
      (_, i) =>
        `- **FR-${String(i + 1).padStart(3, '0')}**: System MUST do thing ${i} with \`code\` and [a link](https://x.y/${i})`,
    );
    const stories = Array.from(
      { length: 40 },
      (_, i) =>
        `### User Story ${i + 1} - Story ${i} (Priority: P${(i % 3) + 1})\n\nPlain words about story ${i}.\n\n**Why this priority**: Because.\n\n**Independent Test**: Run it.\n\n**Acceptance Scenarios**:\n\n1. **Given** a, **When** b, **Then** c\n2. **Given** d, **When** e, **Then** f\n\n---\n`,
    );
    const input = `# Feature Specification: Big\n\n**Feature Branch**: \`900-big\`\n\n## User Scenarios & Testing *(mandatory)*\n\n${stories.join('\n')}\n## Requirements *(mandatory)*\n\n### Functional Requirements\n\n${frs.join('\n')}\n`;
    expect(input.split('\n').length).toBeGreaterThan(600);
    const { doc } = readMarkdown(input, 'feature-spec');
    expect(items<GroupItem>(doc, 'functionalRequirements')).toHaveLength(140);
    expect(items<GroupItem>(doc, 'userStories')).toHaveLength(40);
  }, 60_000);
});

describe('section order and heading levels', { timeout: 60_000 }, () => {
  it('reads sections in any order, a level up or down, with status notes and emoji in headings', () => {
    const { doc, report } = open('feature-out-of-order.md', 'feature-spec');
    expect(doc.fields.created).toBe('2025-12-01');
    expect(items<GroupItem>(doc, 'successCriteria').map((s) => s.ref)).toEqual(['SC-001']);
    expect(items<GroupItem>(doc, 'functionalRequirements').map((f) => f.ref)).toEqual(['FR-002', 'FR-001']);
    const [story] = items<GroupItem>(doc, 'userStories');
    expect(story!.description).toBe('');
    expect(story!.whyPriority).toBe('Most requested feature.');
    expect((story!.scenarios as GroupItem[])[0]!.given).toBe('light mode');
    expect(doc.additional.successCriteria).toMatch(/^### Assumptions/);
    expect(report.warnings.some((w) => /Success Criteria — draft/.test(w.message))).toBe(true);
  });
});

describe('feature specs in another language', { timeout: 60_000 }, () => {
  it('reads translated headings by what they hold, and keeps them', () => {
    const input = readFileSync(
      new URL('./fixtures/roundtrip/feature-japanese-translated/input.md', import.meta.url),
      'utf8',
    );
    const { doc, report } = readMarkdown(input, 'feature-spec');
    const stories = doc.fields.userStories as GroupItem[];
    expect(stories.map((s) => [s.number, s.title, s.priority])).toEqual([
      ['1', '電車でメモを書く', 'P1'],
      ['2', '競合を解決する', 'P2'],
    ]);
    expect((doc.fields.functionalRequirements as GroupItem[]).map((r) => r.ref)).toEqual([
      'FR-001',
      'FR-002',
    ]);
    expect((doc.fields.successCriteria as GroupItem[]).map((r) => r.ref)).toEqual(['SC-001', 'SC-002']);
    expect(report.warnings.some((w) => w.message.includes('by what it holds'))).toBe(true);
    expect(writeMarkdown(doc)).toBe(input);
  });
});

describe("a header's own template text", () => {
  it('is recognized when read back, not kept as additional content (spec-kit tasks: **Prerequisites**: ...)', () => {
    const template = getTemplate('spec-kit-tasks' as TemplateId);
    const empty = withoutOrigin(readMarkdown('', template.id).doc);
    const doc: SpecDocument = {
      ...empty,
      fields: { ...empty.fields, featureName: 'Offline notes' },
      additional: {},
    };
    const written = writeMarkdown(doc);
    expect(written).toContain('**Prerequisites**: plan.md (required)');
    const read = readMarkdown(written, template.id);
    expect(read.report.additional).toEqual([]);
    expect(read.doc.fields.featureName).toBe('Offline notes');
  });

  it('with a placeholder inside code is a field: a plan’s own line is read into it (spec-kit plan: **Input**: ...)', () => {
    const template = getTemplate('spec-kit-plan' as TemplateId);
    const fresh = createDocument(template);
    expect(fresh.fields.input).toBe('Feature specification from `/specs/[###-feature-name]/spec.md`');
    const line = '**Input**: Feature specification from `/specs/001-offline-notes/spec.md`';
    const read = readMarkdown(`# Implementation Plan: Offline notes\n\n${line}\n`, template.id);
    expect(read.report.additional).toEqual([]);
    expect(read.doc.fields.input).toBe('Feature specification from `/specs/001-offline-notes/spec.md`');
    const edited = { ...read.doc, fields: { ...read.doc.fields, input: 'The spec in `specs/001/spec.md`' } };
    expect(writeMarkdown(edited)).toContain('**Input**: The spec in `specs/001/spec.md`\n');
  });
});

describe('a title heading of several fields', () => {
  it('gives each field its part (spec-kit checklist: # [CHECKLIST TYPE] Checklist: [FEATURE NAME])', () => {
    const template = getTemplate('spec-kit-checklist' as TemplateId);
    const read = readMarkdown('# UX Review Checklist: Offline `notes`\n', template.id);
    expect(read.doc.fields.checklistType).toBe('UX Review');
    expect(read.doc.fields.featureName).toBe('Offline `notes`');
  });

  it('gives the whole heading to the title field when the heading does not follow the template', () => {
    const template = getTemplate('spec-kit-checklist' as TemplateId);
    const read = readMarkdown('# Accessibility checks for Notes\n', template.id);
    expect(read.doc.fields.checklistType).toBe('Accessibility checks for Notes');
  });
});
