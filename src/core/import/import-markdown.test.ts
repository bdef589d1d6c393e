import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
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
});
