// @vitest-environment jsdom

import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../core';
import { createTemplateRegistry } from '../../core/template/registry';
import type { TemplatesLoaded } from '../../lib/templates';
import { TemplatesProvider } from '../../lib/templates-context';
import { TeamTemplateProblems } from './team-template-problems';

afterEach(cleanup);

function renderWith(loaded: Promise<TemplatesLoaded>) {
  render(
    <TemplatesProvider registry={createTemplateRegistry(builtInTemplates)} loaded={loaded}>
      <TeamTemplateProblems />
    </TemplatesProvider>,
  );
  return screen.findByRole('status', { name: 'Team templates not offered' });
}

describe('TeamTemplateProblems', () => {
  it('lists each entry of the team index that is not offered, and why, once the templates have loaded', async () => {
    const status = await renderWith(
      Promise.resolve({
        teamProblems: [
          { entry: 'templates/missing.md', reason: 'could not be read (is the file there?)' },
          { entry: 'templates/notes.md', reason: 'is not a template: The template has no headings.' },
        ],
      }),
    );
    expect(await within(status).findByText('2 of your team’s templates are not offered:')).toBeTruthy();
    const items = within(status)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(items).toEqual([
      'templates/missing.md could not be read (is the file there?).',
      'templates/notes.md is not a template: The template has no headings.',
    ]);
  });

  it('says nothing when every team template is offered', async () => {
    const loaded = Promise.resolve({ teamProblems: [] });
    render(
      <TemplatesProvider registry={createTemplateRegistry(builtInTemplates)} loaded={loaded}>
        <TeamTemplateProblems />
      </TemplatesProvider>,
    );
    await loaded;
    await Promise.resolve();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
