import { describe, expect, it } from 'vitest';
import { createDocument, featureSpec, technicalSpec } from '../../core';
import { createTemplateRegistry } from '../../core/template/registry';
import { isTemplateId } from '../../core/templates';
import type { Draft } from '../document-store';
import { backupFileName, createBackup, mergeDrafts } from './backup';
import { renameDocument } from './draft-record';
import { parseBackup } from './parse-backup';
import { prepareUserTemplate } from './prepare-user-template';

function draft(id: string, title: string, template = technicalSpec): Draft {
  const doc = renameDocument(createDocument(template), title);
  return { id, template: template.id, title, createdAt: 1, updatedAt: 2, revision: 1, doc };
}

let counter = 0;
const newId = () => `new-${++counter}`;

describe('backup file', () => {
  it('round-trips every draft through JSON', () => {
    const drafts = [draft('a', 'One'), draft('b', 'Two', featureSpec)];
    const parsed = parseBackup(JSON.stringify(createBackup(drafts, new Date('2026-01-02T03:04:05Z'))));
    expect(parsed).toEqual({ ok: true, drafts, skipped: [], templates: [], skippedTemplates: [] });
    expect(backupFileName(new Date('2026-01-02T03:04:05Z'))).toBe('specwright-drafts-2026-01-02.json');
  });

  it('carries the user templates, and a draft of a template that is not here opens with the copy it carries', () => {
    const markdown = '# Decision Record: {title}\n\n## Context\n\n{context}\n\n## Decision\n\n{decision}\n';
    const prepared = prepareUserTemplate(markdown, createTemplateRegistry([]));
    if (!prepared.ok) throw new Error(prepared.messages.join());
    const template = prepared.description;
    // Never registered in this page: the template was removed, or the backup comes from another browser.
    expect(isTemplateId(template.id)).toBe(false);
    const made = draft('adr', 'Use Postgres', template);
    expect(made.doc.templateCopy).toEqual(template);
    const userTemplate = { id: template.id, markdown, description: template, addedAt: 5 };
    const text = JSON.stringify(createBackup([made], new Date('2026-01-02T03:04:05Z'), [userTemplate]));
    const parsed = parseBackup(text);
    expect(parsed).toMatchObject({ ok: true, skipped: [], templates: [userTemplate], skippedTemplates: [] });
    expect(parsed.ok && parsed.drafts[0]?.doc).toEqual(made.doc);
    expect(isTemplateId(template.id)).toBe(true);

    // A copy that is not the draft's template is refused, and so is a damaged one.
    const forged = JSON.parse(text);
    forged.drafts[0].doc.templateCopy = { ...template, id: 'user-other' };
    forged.templates[0].description = { ...template, titleField: 'nowhere' };
    const refused = parseBackup(JSON.stringify(forged));
    expect(refused.ok && refused.skipped.map((s) => s.reason)).toEqual([
      expect.stringContaining('templateCopy: is the copy of another template'),
    ]);
    expect(refused.ok && refused.skippedTemplates).toHaveLength(1);
  });

  it('refuses a file that is not JSON or not a backup', () => {
    expect(parseBackup('not json')).toEqual({ ok: false, reason: expect.stringContaining('not JSON') });
    expect(parseBackup('{"drafts": []}')).toEqual({
      ok: false,
      reason: expect.stringContaining('not a Specwright'),
    });
    expect(parseBackup(JSON.stringify({ ...createBackup([]), version: 2 })).ok).toBe(false);
  });

  it('skips a damaged draft inside a backup and keeps the others', () => {
    const file = createBackup([draft('a', 'One')]);
    file.drafts.push({ id: 'b', template: 'technical-spec', doc: {} }, 'junk');
    const parsed = parseBackup(JSON.stringify(file));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.drafts.map((d) => d.id)).toEqual(['a']);
    expect(parsed.skipped.map((s) => s.index)).toEqual([1, 2]);
  });
});

describe('mergeDrafts', () => {
  it('adds new ids, skips identical drafts, and restores a different draft with a taken id as a copy', () => {
    const here = [draft('a', 'One'), draft('b', 'Two')];
    const incoming = [
      { ...draft('a', 'One'), updatedAt: 99 },
      draft('b', 'Two, edited elsewhere'),
      draft('c', 'Three'),
    ];
    const plan = mergeDrafts(here, incoming, newId);
    expect(plan.unchanged.map((d) => d.id)).toEqual(['a']);
    expect(plan.added.map((d) => d.id)).toEqual(['c']);
    expect(plan.copied).toHaveLength(1);
    expect(plan.copied[0]?.original.id).toBe('b');
    expect(plan.copied[0]?.copy.id).not.toBe('b');
    expect(plan.copied[0]?.copy.title).toBe('Two, edited elsewhere');
    // Nothing written under an id that is already here.
    expect(plan.toWrite.map((d) => d.id)).not.toContain('a');
    expect(plan.toWrite.map((d) => d.id)).not.toContain('b');
    expect(plan.toWrite).toHaveLength(2);
  });

  it('restoring the same file twice adds nothing the second time', () => {
    const here = [draft('b', 'Two')];
    const incoming = [draft('b', 'Two, edited elsewhere')];
    const first = mergeDrafts(here, incoming, newId);
    const second = mergeDrafts([...here, ...first.toWrite], incoming, newId);
    expect(second.toWrite).toEqual([]);
    expect(second.unchanged).toHaveLength(1);
  });

  it('never writes over a damaged record: a draft restored under its id becomes a copy', () => {
    const plan = mergeDrafts([], [draft('broken', 'Two')], newId, ['broken']);
    expect(plan.copied).toHaveLength(1);
    expect(plan.toWrite.map((d) => d.id)).not.toContain('broken');
  });

  it('never reuses an id for a copy', () => {
    const ids = ['b', 'b', 'fresh'];
    const plan = mergeDrafts([draft('b', 'Two')], [draft('b', 'Other')], () => ids.shift() ?? 'x');
    expect(plan.copied[0]?.copy.id).toBe('fresh');
  });
});
