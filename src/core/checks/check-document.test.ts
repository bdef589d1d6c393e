import { describe, expect, it } from 'vitest';
import { createDocument } from '../document/create-document';
import type { GroupItem, SpecDocument, TableRow } from '../document/spec-document';
import { featureSpec, technicalSpec } from '../templates';
import { checkDocument, checkedDocumentSchema, isValidIsoDate } from './check-document';
import { stepStatus, summarizeSteps, visibleIssues } from './step-status';

const paths = (doc: SpecDocument, template = featureSpec) =>
  checkDocument(template, doc).map((issue) => `${issue.code} ${issue.path}`);

function featureDoc(): SpecDocument {
  return structuredClone(createDocument(featureSpec));
}

function stories(doc: SpecDocument): GroupItem[] {
  return doc.fields.userStories as GroupItem[];
}

describe('checkDocument', () => {
  it('reports the required fields of a new feature spec, and nothing about untouched items', () => {
    const issues = paths(featureDoc());
    expect(issues).toEqual([
      'required fields.featureName',
      'required fields.featureBranch',
      'required fields.created',
      'required fields.input',
      'required fields.userStories',
      'required fields.functionalRequirements',
      'required fields.successCriteria',
    ]);
  });

  it('reports the required fields of a new technical spec', () => {
    const issues = paths(structuredClone(createDocument(technicalSpec)), technicalSpec);
    expect(issues).toEqual([
      'required fields.title',
      'required fields.date',
      'required fields.overview',
      'required fields.goals',
      'required fields.functionalRequirements',
      'required fields.architecture',
    ]);
  });

  it('checks every field of a started item, with a path into the item', () => {
    const doc = featureDoc();
    stories(doc)[1]!.title = 'Upload a file';
    const issues = checkDocument(featureSpec, doc).filter((i) => i.path.startsWith('fields.userStories'));
    expect(issues.map((i) => i.path)).toEqual([
      'fields.userStories.1.description',
      'fields.userStories.1.whyPriority',
      'fields.userStories.1.independentTest',
      'fields.userStories.1.scenarios',
    ]);
    expect(issues[3]!.message).toBe('Write at least one acceptance scenario.');
    expect(issues[0]!.message).toBe('Description is required.');
    const scenario = (stories(doc)[1]!.scenarios as GroupItem[])[0]!;
    scenario.given = 'a signed-in user';
    const nested = checkDocument(featureSpec, doc).filter((i) => i.path.includes('scenarios'));
    expect(nested.map((i) => i.path)).toEqual([
      'fields.userStories.1.scenarios.0.when',
      'fields.userStories.1.scenarios.0.then',
    ]);
    expect(nested[0]!.where).toBe('User story 2, acceptance scenario 1: When');
  });

  it('flags a user story without an acceptance scenario, started or not', () => {
    const doc = featureDoc();
    stories(doc)[2]!.scenarios = [];
    const issue = checkDocument(featureSpec, doc).find((i) => i.code === 'minItems');
    expect(issue).toMatchObject({
      path: 'fields.userStories.2.scenarios',
      fieldId: 'userStories',
      severity: 'error',
      message: 'User story 3 has no acceptance scenario: add at least 1.',
    });
  });

  it('checks the feature branch pattern and accepts prose dates where the template allows them', () => {
    const doc = featureDoc();
    doc.fields.featureBranch = 'user login';
    doc.fields.created = 'early March 2026';
    const issues = checkDocument(featureSpec, doc);
    expect(issues.find((i) => i.path === 'fields.featureBranch')).toMatchObject({ code: 'pattern' });
    expect(issues.find((i) => i.path === 'fields.created')).toBeUndefined();
    doc.fields.featureBranch = '001-user-login';
    expect(checkDocument(featureSpec, doc).find((i) => i.path === 'fields.featureBranch')).toBeUndefined();
  });

  it('requires an ISO date in the technical spec front matter', () => {
    const doc = structuredClone(createDocument(technicalSpec));
    doc.fields.date = '2026-02-30';
    expect(paths(doc, technicalSpec)).toContain('date fields.date');
    doc.fields.date = '2026-02-28';
    expect(paths(doc, technicalSpec)).not.toContain('date fields.date');
  });

  it('flags duplicate and malformed ids in groups and tables', () => {
    const doc = featureDoc();
    const frs = doc.fields.functionalRequirements as GroupItem[];
    frs[1]!.ref = 'FR-001';
    frs[2]!.ref = 'FR-3';
    const issues = paths(doc);
    expect(issues).toContain('duplicateId fields.functionalRequirements.0.ref');
    expect(issues).toContain('duplicateId fields.functionalRequirements.1.ref');
    expect(issues).toContain('idFormat fields.functionalRequirements.2.ref');

    const tech = structuredClone(createDocument(technicalSpec));
    const rows = tech.fields.functionalRequirements as TableRow[];
    rows[2]!.ref = 'FR-1';
    rows[1]!.ref = 'REQ-2';
    const techIssues = paths(tech, technicalSpec);
    expect(techIssues).toContain('duplicateId fields.functionalRequirements.0.ref');
    expect(techIssues).toContain('duplicateId fields.functionalRequirements.2.ref');
    expect(techIssues).toContain('idFormat fields.functionalRequirements.1.ref');
  });

  it('checks the required cells of a started table row only', () => {
    const doc = structuredClone(createDocument(technicalSpec));
    const rows = doc.fields.testCases as TableRow[];
    rows[0]!.scenario = 'Log in';
    const issues = paths(doc, technicalSpec).filter((p) => p.includes('testCases'));
    expect(issues).toEqual(['required fields.testCases.0.expected']);
  });

  it('warns at every [NEEDS CLARIFICATION marker past the third', () => {
    const doc = featureDoc();
    const frs = doc.fields.functionalRequirements as GroupItem[];
    for (const [i, fr] of frs.entries()) fr.text = `System MUST [NEEDS CLARIFICATION: point ${i}]`;
    const warnings = checkDocument(featureSpec, doc).filter((i) => i.severity === 'warning');
    expect(warnings.map((w) => w.path)).toEqual([
      'fields.functionalRequirements.3.text',
      'fields.functionalRequirements.4.text',
    ]);
    expect(warnings[0]!.message).toContain('5 [NEEDS CLARIFICATION] markers');
    frs[4]!.text = 'System MUST log';
    frs[3]!.text = 'System MUST log';
    expect(checkDocument(featureSpec, doc).filter((i) => i.severity === 'warning')).toEqual([]);
  });

  it('takes the clarification limit from the template, and has none when the template sets none', () => {
    const doc = featureDoc();
    const frs = doc.fields.functionalRequirements as GroupItem[];
    for (const [i, fr] of frs.entries()) fr.text = `System MUST [NEEDS CLARIFICATION: point ${i}]`;
    const warnings = (checks: typeof featureSpec.checks) =>
      checkDocument({ ...featureSpec, checks }, doc).filter((i) => i.severity === 'warning');
    expect(warnings({ maxClarifications: 1 }).map((w) => w.path)).toEqual([
      'fields.functionalRequirements.1.text',
      'fields.functionalRequirements.2.text',
      'fields.functionalRequirements.3.text',
      'fields.functionalRequirements.4.text',
    ]);
    expect(warnings({ maxClarifications: 1 })[0]!.message).toContain('at most 1.');
    expect(warnings({})).toEqual([]);
  });

  it('reads real calendar dates only', () => {
    expect(isValidIsoDate('2024-02-29')).toBe(true);
    expect(isValidIsoDate('2023-02-29')).toBe(false);
    expect(isValidIsoDate('2024-1-01')).toBe(false);
  });
});

describe('checkedDocumentSchema', () => {
  it('turns errors into zod issues at their path, leaving warnings out', () => {
    const doc = featureDoc();
    doc.fields.featureBranch = 'nope';
    const result = checkedDocumentSchema(featureSpec).safeParse(doc);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((i) => i.path.join('.') === 'fields.featureBranch');
    expect(issue?.message).toBe('Use ###-feature-name, for example 001-user-login.');
    const nested = result.error?.issues.find((i) => i.path.join('.') === 'fields.userStories');
    expect(nested).toBeDefined();
  });
});

describe('step summaries', () => {
  it('sorts issues to their step and says which steps the user changed', () => {
    const doc = featureDoc();
    doc.fields.featureBranch = 'bad';
    const summaries = summarizeSteps(featureSpec, doc, checkDocument(featureSpec, doc));
    expect(summaries.map((s) => s.stepId)).toEqual([
      'header',
      'implementationLanguageSection',
      'userScenariosSection',
      'requirementsSection',
      'successCriteriaSection',
    ]);
    const [header, language, scenarios] = summaries;
    expect(header!.touched).toBe(true);
    expect(header!.errors.map((e) => e.path)).toContain('fields.featureBranch');
    expect(language!.touched).toBe(false);
    expect(stepStatus(language!, false)).toBe('empty');
    expect(stepStatus(header!, false)).toBe('errors');
    // Untouched, not yet visited: its required fields are not reported.
    expect(stepStatus(scenarios!, false)).toBe('empty');
    expect(visibleIssues(scenarios!, false)).toEqual([]);
    expect(stepStatus(scenarios!, true)).toBe('errors');
  });

  it('says complete once every check of a changed step passes', () => {
    const doc = featureDoc();
    doc.fields.languagePreferences = 'TypeScript everywhere.';
    const summaries = summarizeSteps(featureSpec, doc, checkDocument(featureSpec, doc));
    expect(stepStatus(summaries[1]!, false)).toBe('complete');
    doc.fields.featureName = 'Login';
    const header = summarizeSteps(featureSpec, doc, checkDocument(featureSpec, doc))[0]!;
    expect(stepStatus(header, false)).toBe('inProgress');
  });
});
