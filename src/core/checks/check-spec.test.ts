import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import type { GroupItem, SpecDocument, TableRow } from '../document/spec-document';
import { readMarkdown } from '../markdown/read-markdown';
import type { TemplateId } from '../template/types';
import { featureSpec, getTemplate, technicalSpec } from '../templates';
import { checkSpec } from './check-spec';
import { type CasePlace, textRuleCases } from './check-spec.cases';
import { checkRuleIds } from './rules';

/** A scenario item (built from entries: a `then` key in an object literal reads as a thenable to the linter). */
const scenario = (given: string, when: string, outcome: string, text = ''): GroupItem =>
  Object.fromEntries([
    ['given', given],
    ['when', when],
    ['then', outcome],
    ['text', text],
  ]);

const story = (n: number, overrides: Partial<Record<string, unknown>> = {}): GroupItem =>
  ({
    number: String(n),
    title: `Story ${n}`,
    priority: `P${n}`,
    description: 'An admin exports the account.',
    whyPriority: 'Audits need it.',
    independentTest: 'Export a seeded account and compare the file.',
    scenarios: [scenario('an account', 'the admin exports it', 'a file downloads')],
    ...overrides,
  }) as GroupItem;

/** A small, clean feature spec: one story, two requirements, one criterion. */
function featureDoc(): SpecDocument {
  const doc = structuredClone(createDocument(featureSpec));
  doc.fields.featureName = 'Bulk export';
  doc.fields.userStories = [story(1)];
  doc.fields.edgeCases = [];
  doc.fields.functionalRequirements = [
    { ref: 'FR-001', text: 'System MUST export every record of an account as CSV.' },
    { ref: 'FR-002', text: 'System MUST email the owner when an export finishes.' },
  ];
  doc.fields.keyEntities = [];
  doc.fields.successCriteria = [{ ref: 'SC-001', text: 'Admins export an account in under 2 minutes.' }];
  return doc;
}

function techDoc(): SpecDocument {
  const doc = structuredClone(createDocument(technicalSpec));
  doc.fields.functionalRequirements = [
    { ref: 'FR-1', requirement: 'Users can export as CSV', priority: 'Must' },
  ];
  doc.fields.nonFunctionalRequirements = [{ ref: 'NFR-1', requirement: 'Performance', metric: '< 200 ms' }];
  return doc;
}

function placed(place: CasePlace, text: string): { doc: SpecDocument; tech: boolean } {
  if (place === 'tech-requirement' || place === 'tech-metric') {
    const doc = techDoc();
    if (place === 'tech-requirement')
      (doc.fields.functionalRequirements as TableRow[])[0]!.requirement = text;
    else (doc.fields.nonFunctionalRequirements as TableRow[])[0]!.metric = text;
    return { doc, tech: true };
  }
  const doc = featureDoc();
  if (place === 'requirement') (doc.fields.functionalRequirements as GroupItem[])[0]!.text = text;
  else if (place === 'criterion') (doc.fields.successCriteria as GroupItem[])[0]!.text = text;
  else doc.fields.edgeCases = [{ text }];
  return { doc, tech: false };
}

const rulesOf = (doc: SpecDocument, template = featureSpec, ears = false) =>
  checkSpec(template, doc, { ears }).map((finding) => finding.rule);

describe('checkSpec: text rules (fixtures)', () => {
  for (const { rule, place, positive, negative } of textRuleCases) {
    for (const text of positive) {
      it(`${rule} fires on ${JSON.stringify(text)} (${place})`, () => {
        const { doc, tech } = placed(place, text);
        expect(rulesOf(doc, tech ? technicalSpec : featureSpec)).toContain(rule);
      });
    }
    for (const text of negative) {
      it(`${rule} stays quiet on ${JSON.stringify(text)} (${place})`, () => {
        const { doc, tech } = placed(place, text);
        expect(rulesOf(doc, tech ? technicalSpec : featureSpec)).not.toContain(rule);
      });
    }
  }
});

describe('checkSpec: the rest', () => {
  it('names the item by its ID, quotes what it found, and focuses the value', () => {
    const { doc } = placed('requirement', 'System MUST notify relevant admins');
    const finding = checkSpec(featureSpec, doc).find((f) => f.rule === 'vague-term')!;
    expect(finding).toMatchObject({
      subject: 'FR-001',
      severity: 'warning',
      path: 'fields.functionalRequirements.0.text',
      fieldId: 'functionalRequirements',
    });
    expect(finding.message).toBe('Vague “relevant”: say exactly which, or how many.');
  });

  it('lists each clarification with its question, and past the template limit it is an error', () => {
    const doc = featureDoc();
    doc.fields.functionalRequirements = [1, 2, 3, 4].map((n) => ({
      ref: `FR-00${n}`,
      text: `System MUST do ${n} [NEEDS CLARIFICATION: which ${n}?]`,
    }));
    const findings = checkSpec(featureSpec, doc);
    expect(findings.filter((f) => f.rule === 'clarification').map((f) => f.message)).toEqual([
      'Open question to resolve: which 1?',
      'Open question to resolve: which 2?',
      'Open question to resolve: which 3?',
      'Open question to resolve: which 4?',
    ]);
    const limit = findings.filter((f) => f.rule === 'clarification-limit');
    expect(limit).toHaveLength(1);
    expect(limit[0]).toMatchObject({ severity: 'error', subject: 'FR-004' });
    doc.fields.functionalRequirements = doc.fields.functionalRequirements.slice(0, 3);
    expect(rulesOf(doc)).not.toContain('clarification-limit');
  });

  it('has no clarification limit for a template that sets none', () => {
    const doc = featureDoc();
    doc.fields.functionalRequirements = [1, 2, 3, 4].map((n) => ({
      ref: `FR-00${n}`,
      text: `System MUST do ${n} [NEEDS CLARIFICATION: which ${n}?]`,
    }));
    expect(rulesOf(doc, { ...featureSpec, checks: {} })).not.toContain('clarification-limit');
  });

  it('flags a story without Why this priority, Independent Test or scenarios', () => {
    const doc = featureDoc();
    doc.fields.userStories = [
      story(1, { whyPriority: '' }),
      story(2, { independentTest: '' }),
      story(3, { scenarios: [] }),
      story(4),
    ];
    const found = checkSpec(featureSpec, doc).map((f) => `${f.rule} ${f.subject} ${f.path}`);
    expect(found).toEqual([
      'story-why User Story 1 fields.userStories.0.whyPriority',
      'story-test User Story 2 fields.userStories.1.independentTest',
      'story-scenarios User Story 3 fields.userStories.2.scenarios',
    ]);
  });

  it('flags a scenario without Given, When or Then, in its fields or as free text', () => {
    const doc = featureDoc();
    doc.fields.userStories = [
      story(1, {
        scenarios: [
          scenario('an account', '', 'a file downloads'),
          scenario('', '', '', 'Given an account, When exported, a file downloads'),
          scenario('', '', '', 'Given an account, when exported, then a file downloads'),
        ],
      }),
    ];
    const found = checkSpec(featureSpec, doc).filter((f) => f.rule === 'scenario-incomplete');
    expect(found.map((f) => [f.subject, f.message, f.path])).toEqual([
      [
        'User Story 1, acceptance scenario 1',
        'The scenario has no When: write Given, When and Then.',
        'fields.userStories.0.scenarios.0.when',
      ],
      [
        'User Story 1, acceptance scenario 2',
        'The scenario has no Then: write Given, When and Then.',
        'fields.userStories.0.scenarios.1.text',
      ],
    ]);
  });

  it('names an item of a list inside a group under the group’s item (spec-kit checklist: its category)', () => {
    const checklist = getTemplate('spec-kit-checklist' as TemplateId);
    const doc = createDocument(checklist);
    doc.fields.featureName = 'Offline notes';
    doc.fields.categories = [
      { category: 'Clarity', items: [{ text: 'CHK001 Terms are defined', checked: true }] },
      {
        category: 'Coverage',
        items: [
          { text: 'CHK002 Empty notes are covered', checked: false },
          { text: 'CHK003 TODO', checked: false },
        ],
      },
    ];
    const found = checkSpec(checklist, doc).filter((f) => f.rule === 'placeholder');
    expect(found.map((f) => [f.subject, f.path])).toEqual([
      ['Category 2, item 2', 'fields.categories.1.items.1.text'],
    ]);
  });

  it('flags a cited ID nobody declares, duplicates, and gaps (a suggestion)', () => {
    const doc = featureDoc();
    doc.fields.functionalRequirements = [
      { ref: 'FR-001', text: 'System MUST export as CSV (see FR-099 and FR-002).' },
      { ref: 'FR-002', text: 'System MUST email the owner.' },
      { ref: 'FR-002', text: 'System MUST log the export.' },
      { ref: 'FR-005', text: 'System MUST keep the file.' },
    ];
    const found = checkSpec(featureSpec, doc).map((f) => `${f.rule} ${f.severity} ${f.subject} ${f.message}`);
    expect(found).toEqual([
      'unknown-reference error FR-001 FR-099 is cited but no item declares it.',
      'duplicate-id error FR-002 FR-002 is used more than once: each ID must be unique.',
      'duplicate-id error FR-002 FR-002 is used more than once: each ID must be unique.',
      'id-gap suggestion FR-005 FR-003 to FR-004 are missing before this one: a gap in the numbering (fine if removed on purpose).',
    ]);
  });

  it('never reads a cited ID inside code', () => {
    const doc = featureDoc();
    doc.fields.edgeCases = [{ text: 'The log line says `FR-099`' }];
    expect(rulesOf(doc)).not.toContain('unknown-reference');
  });

  it('checks EARS patterns only when asked', () => {
    const { doc } = placed('requirement', 'System MUST email the owner when an export finishes.');
    expect(rulesOf(doc)).not.toContain('ears');
    expect(rulesOf(doc, featureSpec, true)).toContain('ears');
    for (const ears of [
      'The system shall export every record as CSV.',
      'When an export finishes, the system shall email the owner.',
      'While an export runs, the system shall show its progress.',
      'If an export fails, then the system shall email the owner.',
      'Where scheduling is enabled, the system shall run weekly exports.',
      'While the account is active, when Monday starts, the system shall export it.',
    ]) {
      const { doc: good } = placed('requirement', ears);
      const flagged = checkSpec(featureSpec, good, { ears: true }).filter((f) => f.rule === 'ears');
      expect(
        flagged.map((f) => f.subject),
        ears,
      ).not.toContain('FR-001');
    }
  });

  it('finds nothing in a new document of either template', () => {
    expect(checkSpec(featureSpec, createDocument(featureSpec), { ears: true })).toEqual([]);
    expect(checkSpec(technicalSpec, createDocument(technicalSpec), { ears: true })).toEqual([]);
  });

  it('finds nothing in the feature template’s worked examples of success criteria', () => {
    const doc = featureDoc();
    doc.fields.successCriteria = [
      'Users can complete account creation in under 2 minutes',
      'System handles 1000 concurrent users without degradation',
      '90% of users successfully complete primary task on first attempt',
      'Reduce support tickets related to password resets by 50%',
    ].map((text, i) => ({ ref: `SC-00${i + 1}`, text }));
    expect(checkSpec(featureSpec, doc)).toEqual([]);
  });

  it('applies rules by role: a template with other ids and labels gets the same findings', () => {
    const renamed = structuredClone(featureSpec);
    (renamed as { id: string }).id = 'feature-spec';
    const frs = renamed.fields.find((f) => f.id === 'functionalRequirements')!;
    (frs as { label: string }).label = 'Requirements';
    const { doc } = placed('requirement', 'System MUST notify relevant admins');
    expect(rulesOf(doc, renamed)).toContain('vague-term');
  });
});

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('checkSpec: whole specs', () => {
  it('reports every planted defect of a hand-written spec', () => {
    const { doc } = readMarkdown(fixture('planted-defects.md'), 'feature-spec');
    const findings = checkSpec(featureSpec, doc, { ears: true });
    const rules = new Set(findings.map((f) => f.rule));
    expect([...checkRuleIds].filter((rule) => !rules.has(rule))).toEqual([]);
  });

  it('finds nothing to warn about in a clean, well-written spec', () => {
    const { doc } = readMarkdown(fixture('clean-feature-spec.md'), 'feature-spec');
    expect(checkSpec(featureSpec, doc).map((f) => `${f.rule} ${f.subject}: ${f.message}`)).toEqual([]);
  });

  it('finds nothing to warn about in a clean technical spec', () => {
    const { doc } = readMarkdown(fixture('clean-technical-spec.md'), 'technical-spec');
    expect(checkSpec(technicalSpec, doc).map((f) => `${f.rule} ${f.subject}: ${f.message}`)).toEqual([]);
  });
});
