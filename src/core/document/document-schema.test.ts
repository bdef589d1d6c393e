import { describe, expect, it } from 'vitest';
import { technicalSpec } from '../templates';
import { createDocument } from './create-document';
import { currentDocumentSchema, isUpgradeIssue } from './document-schema';
import { specDocumentSchema } from './spec-document';

const current = currentDocumentSchema(technicalSpec);
const any = specDocumentSchema(technicalSpec);

function withFields(fields: Record<string, unknown>, rest: Record<string, unknown> = {}): unknown {
  const doc = createDocument(technicalSpec);
  return { ...doc, ...rest, fields: { ...doc.fields, ...fields } };
}

function upgradeAsked(input: unknown): boolean {
  const parsed = current.safeParse(input);
  return !parsed.success && isUpgradeIssue(parsed.error.issues);
}

describe('the schema of documents that need no Markdown to validate', () => {
  it('reads a document of this version as the full schema does', () => {
    const doc = withFields({ title: '**Search**', goals: [{ text: 'Find `things`' }] });
    expect(current.parse(doc)).toEqual(any.parse(doc));
  });

  it('fits a document to its template when only text was removed from it', () => {
    const doc = withFields({ legacyNotes: 'Kept *as typed*.', legacyList: [] });
    expect(upgradeAsked(doc)).toBe(false);
    const parsed = current.parse(doc);
    expect(parsed).toEqual(any.parse(doc));
    expect(parsed.additional.removed_legacyNotes).toBe('Kept *as typed*.');
  });

  it('leaves to the full schema a version 1 document and one whose template lost a list', () => {
    const { version: _version, ...unversioned } = withFields({ title: 'a*b*' }) as Record<string, unknown>;
    expect(upgradeAsked(unversioned)).toBe(true);
    expect(any.parse(unversioned).fields.title).toBe('a\\*b\\*');
    const lostList = withFields({ legacyList: [{ text: 'one' }] });
    expect(upgradeAsked(lostList)).toBe(true);
    expect(any.parse(lostList).additional.removed_legacyList).toContain('"text": "one"');
  });

  it('rejects what is no document at all, without asking for the full schema', () => {
    for (const input of ['nope', null, { fields: 'nope' }, withFields({ goals: 'not a list' })]) {
      expect(current.safeParse(input).success).toBe(false);
      expect(upgradeAsked(input)).toBe(false);
    }
  });
});
