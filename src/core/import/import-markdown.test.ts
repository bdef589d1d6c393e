import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { writeMarkdown } from '../markdown/write-markdown';
import { compileTemplate } from '../template/compile/compile-template';
import { builtInTemplates } from '../templates';
import { importMarkdown, importText } from './import-markdown';

const fixture = (path: string) =>
  readFileSync(new URL(`../markdown/fixtures/${path}`, import.meta.url), 'utf8');

describe('importMarkdown', { timeout: 30_000 }, () => {
  it('opens a spec whose template is clear', () => {
    const outcome = importMarkdown(fixture('real-world/feature-grouped-requirements.md'));
    expect(outcome.status).toBe('opened');
    if (outcome.status === 'opened') expect(outcome.doc.template).toBe('feature-spec');
  });

  it('asks for a template when the file is not a spec, and opens it once one is chosen', () => {
    const outcome = importMarkdown(fixture('real-world/not-a-spec.md'));
    expect(outcome).toMatchObject({
      status: 'choose-template',
      message: expect.stringMatching(/does not look like a specification/),
    });
    if (outcome.status !== 'choose-template') return;
    const chosen = importText(outcome.text, 'technical-spec');
    expect(chosen.status).toBe('opened');
    if (chosen.status === 'opened') expect(chosen.doc.additional.start).toContain('## Installation');
  });

  it('passes bad input messages through', () => {
    expect(importMarkdown({ name: 'x.md', size: 0, bytes: new Uint8Array() })).toMatchObject({
      status: 'error',
    });
  });

  it('opens a file written from a template on offer that the core did not know (a user’s), in its form', () => {
    const template = [
      '# Decision: {title}',
      '',
      '**Status**: {proposed | accepted | rejected}',
      '',
      '## Context',
      '',
      '{Describe the forces at play.}',
      '',
      '## Options',
      '',
      '| ID | Option | Verdict |',
      '| - | - | - |',
      '| OPT-1 | {option} | {verdict} |',
      '',
      '## Decision',
      '',
      '{What was decided, and why.}',
      '',
    ].join('\n');
    const compiled = compileTemplate(template, { id: 'user-decision-test' });
    if (!compiled.ok) throw new Error(compiled.messages.join(' '));
    const file = template
      .replace('{title}', 'Queue the exports')
      .replace('{Describe the forces at play.}', 'Exports block the page.')
      .replace('{option} | {verdict}', 'A worker | Chosen');
    // Only the shipped templates to choose from (what a worker knows): not this one.
    const unaware = importMarkdown(file);
    expect(unaware.status === 'opened' ? unaware.doc.template : 'none').not.toBe('user-decision-test');

    const outcome = importMarkdown(file, undefined, [...builtInTemplates, compiled.description]);
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(outcome.detection?.confidence).toBe('strong');
    const { doc } = outcome;
    expect(doc.template).toBe('user-decision-test');
    // It carries its template, as a document made from it does.
    expect(doc.templateCopy).toEqual(compiled.description);
    expect(Object.values(doc.fields)).toEqual(
      expect.arrayContaining(['Queue the exports', 'Exports block the page.']),
    );
    expect(doc.additional).toEqual({});
    // Unedited, it is written back as the file was.
    expect(writeMarkdown(doc)).toBe(file);
  });
});
