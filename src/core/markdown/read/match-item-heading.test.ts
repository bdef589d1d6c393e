import { describe, expect, it } from 'vitest';
import type { GroupField, Segment } from '../../template/types';
import { featureSpec } from '../../templates';
import { matchItemHeading } from './match-item-heading';
import { titleCandidates } from './match-title';

const text = (value: string): Segment => ({ type: 'text', value });
const field = (id: string): Segment => ({ type: 'field', field: id });

/** A made-up risk register: `### Risk R-{n}: {title} [Severity: {severity}]`, severity a choice. */
function riskGroup(content: readonly Segment[], aliases?: readonly string[]): GroupField {
  return {
    id: 'risks',
    kind: 'group',
    label: 'Risks',
    itemName: 'risk',
    placeholder: '',
    required: false,
    ...(aliases ? { aliases } : {}),
    idField: { field: 'ref', scheme: { prefix: 'R-', digits: 1, regex: '^R-\\d+$' } },
    titleField: 'summary',
    fields: [
      { id: 'ref', kind: 'text', label: 'Ref', placeholder: 'R-{n}', required: true },
      { id: 'summary', kind: 'text', label: 'Summary', placeholder: '[Summary]', required: true },
      {
        id: 'severity',
        kind: 'choice',
        label: 'Severity',
        placeholder: 'S{n}',
        options: ['Low', 'Medium', 'High'],
        required: true,
      },
      { id: 'notes', kind: 'markdown', label: 'Notes', placeholder: '', required: false },
    ],
    layout: {
      type: 'blocks',
      blocks: [
        { type: 'heading', depth: 3, content },
        { type: 'field', field: 'notes' },
      ],
    },
    initialItems: [],
  };
}

const risk = riskGroup(
  [
    text('Risk '),
    field('ref'),
    text(': '),
    field('summary'),
    text(' [Severity: '),
    field('severity'),
    text(']'),
  ],
  ['Hazard', 'Main Risk'],
);

const read = (group: GroupField, heading: string) =>
  matchItemHeading(group, heading, titleCandidates(heading));

describe('matchItemHeading, by what the layout heading says', () => {
  it.each([
    ['Risk R-1: Vendor lock-in [Severity: High]', 'R-1', 'Vendor lock-in', 'High'],
    // Separators and brackets are interchangeable, case does not matter.
    ['risk R-2 — Data loss (severity：medium)', 'R-2', 'Data loss', 'medium'],
    ['Risk R-3 – 停電（Severity: Low）', 'R-3', '停電', 'Low'],
    // With the template's words, a choice holds any value; without them, one of its own.
    ['Risk R-4: Churn [Severity: Catastrophic]', 'R-4', 'Churn', 'Catastrophic'],
    ['Risk R-5: Churn (High)', 'R-5', 'Churn', 'High'],
    ['Risk R-6: Churn [S2]', 'R-6', 'Churn', 'S2'],
    // Trailing parts may be missing.
    ['Risk R-7: Churn', 'R-7', 'Churn', ''],
    ['Risk R-8', 'R-8', '', ''],
    // An alias names the item too.
    ['Hazard R-9: Fire (High)', 'R-9', 'Fire', 'High'],
    ['Risk R-1.2 Sub-risk [Severity: Low]', 'R-1.2', 'Sub-risk', 'Low'],
  ])('%s', (heading, ref, summary, severity) => {
    expect(read(risk, heading)).toEqual({ ref, summary, severity });
  });

  it('reads a heading in other words when it ends with one of the last choice’s values', () => {
    expect(read(risk, 'Risiko R-3 - Stromausfall (Schwere: High)')).toEqual({
      ref: 'R-3',
      summary: 'Stromausfall',
      severity: 'High',
    });
    expect(read(risk, 'リスク R-4：停電（深刻度：S1）')).toEqual({
      ref: 'R-4',
      summary: '停電',
      severity: 'S1',
    });
  });

  it('does not read other headings', () => {
    expect(read(risk, 'Risks')).toBeUndefined();
    expect(read(risk, 'Risk register')).toBeUndefined();
    expect(read(risk, 'Mitigation plan (draft)')).toBeUndefined();
    // Other words need the last choice's value and the template's separators.
    expect(read(risk, 'Risiko R-3 - Stromausfall (Schwere: katastrophal)')).toBeUndefined();
    expect(read(risk, 'Phase 2 Rollout')).toBeUndefined();
  });

  it('reads an alias that is the whole heading as one item titled with it', () => {
    expect(read(risk, 'Main Risk')).toEqual({ ref: '', summary: 'Main Risk', severity: '' });
  });

  it('reads any order of fields, with the id last', () => {
    const trailingId = riskGroup([field('summary'), text(' (#'), field('ref'), text(')')]);
    expect(read(trailingId, 'Outage (#R-12)')).toEqual({ summary: 'Outage', ref: 'R-12' });
  });

  it('reads ids without a prefix, and keeps them as written', () => {
    const plain: GroupField = {
      ...risk,
      idField: { field: 'ref', scheme: { prefix: '', digits: 1, regex: '^\\d+$' } },
    };
    expect(read(plain, 'Risk 3a: Churn')).toEqual({ ref: '3a', summary: 'Churn', severity: '' });
    expect(read(plain, 'Risk 12')).toEqual({ ref: '12', summary: '', severity: '' });
  });
});

describe('matchItemHeading on the feature spec’s user stories (real-world headings)', () => {
  const stories = featureSpec.fields.find((f) => f.id === 'userStories') as GroupField;
  it.each([
    ['User Story 1 - Export an account (Priority: P1)', '1', 'Export an account', 'P1'],
    ['User Story 1 — Edit notes offline (Priority: P1)', '1', 'Edit notes offline', 'P1'],
    ['User Story 1 – アルバムを共有する（Priority: P1）', '1', 'アルバムを共有する', 'P1'],
    ['User Story 2：コメントを書く（Priority: P2）', '2', 'コメントを書く', 'P2'],
    ['US-1: Export a filtered list (P0)', '1', 'Export a filtered list', 'P0'],
    ['US-2: Export PDFs in a ZIP (P1-MVP)', '2', 'Export PDFs in a ZIP', 'P1-MVP'],
    ['User Story 2 - (Priority: P2)', '2', '', 'P2'],
    ['User Story 4 - Schedule an export', '4', 'Schedule an export', ''],
    [
      'User Story 3 - Choose columns \\<b>not bold\\</b> (Priority: P3)',
      '3',
      'Choose columns \\<b>not bold\\</b>',
      'P3',
    ],
    ['ユーザーストーリー 1 - 電車でメモを書く (優先度: P1)', '1', '電車でメモを書く', 'P1'],
    ['用户故事 1 - 导出筛选后的列表（优先级：P1）', '1', '导出筛选后的列表', 'P1'],
  ])('%s', (heading, number, title, priority) => {
    expect(read(stories, heading)).toEqual({ number, title, priority });
  });

  it('reads the older `Primary User Story` as one story titled with its heading', () => {
    expect(read(stories, 'Primary User Story')).toEqual({
      number: '',
      title: 'Primary User Story',
      priority: '',
    });
  });

  it('does not read other headings of the template', () => {
    for (const heading of ['Edge Cases', 'Acceptance Scenarios', 'User Scenarios & Testing *(mandatory)*'])
      expect(read(stories, heading)).toBeUndefined();
  });
});
