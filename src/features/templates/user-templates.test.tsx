// @vitest-environment jsdom

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { builtInTemplates } from '../../core';
import { createTemplateRegistry } from '../../core/template/registry';
import { type KeyValueStore, memoryKeyValueStore } from '../../lib/storage/key-value';
import { createTemplateStore } from '../../lib/storage/template-store';
import { TemplatesProvider } from '../../lib/templates-context';
import { UserTemplates } from './user-templates';

// jsdom's <dialog> may lack showModal/close: open and close it as a plain element, with the close event.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
  this.dispatchEvent(new Event('close'));
};

afterEach(cleanup);

const decisionRecord = [
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
  '|----|--------|---------|',
  '| OPT-1 | {option} | {verdict} |',
  '',
  '## Decision',
  '',
  '{What was decided, and why.}',
  '',
  '### Consequences',
  '',
  '- {consequence}',
  '',
].join('\n');

function setup(kv: KeyValueStore = memoryKeyValueStore()) {
  const registry = createTemplateRegistry(builtInTemplates);
  const store = createTemplateStore(kv);
  render(
    <TemplatesProvider registry={registry}>
      <UserTemplates store={store} />
    </TemplatesProvider>,
  );
  return { registry, store, kv, user: userEvent.setup() };
}

const fileInput = () => screen.getByLabelText('Open template file') as HTMLInputElement;
const withoutHash = (id: string) => id.replace(/-[0-9a-z]+$/, '');
const userIds = (registry: { list(): readonly { id: string }[] }) =>
  registry
    .list()
    // Without the hash of the text each id ends with (see prepareUserTemplate).
    .map((t) => withoutHash(t.id))
    .filter((id) => id.startsWith('user-'));

describe('UserTemplates', { timeout: 30_000 }, () => {
  it('offers a file input named "Open template file" for Markdown', () => {
    setup();
    expect(screen.getByRole('heading', { name: 'Your own templates' })).toBeInTheDocument();
    expect(fileInput().accept).toBe('.md,.markdown,text/markdown,text/plain');
  });

  it('says why a bad template cannot be added, and adds nothing', async () => {
    const { registry, store, user } = setup();
    const before = registry.list();
    await user.upload(fileInput(), new File(['just a line, no heading\n'], 'notes.md'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/no headings/);
    expect(screen.queryByRole('region', { name: /^Add / })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Template from text' }));
    const textarea = screen.getByLabelText('Template Markdown');
    expect(textarea).toHaveFocus();
    fireEvent.change(textarea, { target: { value: '   \n' } });
    expect(screen.getByRole('button', { name: 'Preview template' })).toBeDisabled();
    fireEvent.change(textarea, { target: { value: 'x\u0000y' } });
    await user.click(screen.getByRole('button', { name: 'Preview template' }));
    expect(await screen.findByText(/not text/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/not text/);

    expect(registry.list()).toBe(before);
    expect((await store.list()).templates).toEqual([]);
  });

  it('lists the sections and fields derived from a good template, then adds it when confirmed', async () => {
    const { registry, store, user } = setup();
    await user.upload(fileInput(), new File([decisionRecord], 'adr.md', { type: 'text/markdown' }));
    const confirm = await screen.findByRole('region', { name: 'Add Decision?' });
    expect(within(confirm).getByRole('heading', { name: 'Add Decision?' })).toHaveFocus();
    for (const title of ['Context', 'Options', 'Decision', 'Consequences'])
      expect(within(confirm).getByText(title, { selector: '.user-templates-section-title' })).toBeVisible();
    expect(confirm).toHaveTextContent(/table with columns ID, Option, Verdict \(ID OPT-#\)/);
    // A subsection is nested inside its section's item.
    const decision = within(confirm).getByText('Decision', { selector: '.user-templates-section-title' });
    expect(within(decision.closest('li')!).getByText('Consequences')).toBeVisible();
    // Nothing is added before "Add template".
    expect(userIds(registry)).toEqual([]);

    await user.click(within(confirm).getByRole('button', { name: 'Add template' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('Added Decision. Start one with New Decision.'));
    expect(status).toHaveFocus();
    expect(userIds(registry)).toEqual(['user-decision']);
    expect(registry.list().find((t) => withoutHash(t.id) === 'user-decision')?.name).toBe('Decision');
    const stored = (await store.list()).templates;
    expect(stored.map((t) => [withoutHash(t.id), t.markdown])).toEqual([['user-decision', decisionRecord]]);
    expect(screen.queryByRole('region', { name: 'Add Decision?' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Remove Decision' })).toBeVisible();
  });

  it('cancels a confirmation without adding anything', async () => {
    const { registry, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Template from text' }));
    fireEvent.change(screen.getByLabelText('Template Markdown'), { target: { value: decisionRecord } });
    await user.click(screen.getByRole('button', { name: 'Preview template' }));
    const confirm = await screen.findByRole('region', { name: 'Add Decision?' });
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('region', { name: 'Add Decision?' })).toBeNull();
    expect(userIds(registry)).toEqual([]);
    expect(screen.getByRole('button', { name: 'Template from text' })).toHaveFocus();
  });

  it('removes a stored template from the store and the registry, saying drafts keep working', async () => {
    const { registry, store, user } = setup();
    await user.upload(fileInput(), new File([decisionRecord], 'adr.md'));
    await user.click(await screen.findByRole('button', { name: 'Add template' }));
    await screen.findByRole('button', { name: 'Remove Decision' });

    await user.click(screen.getByRole('button', { name: 'Remove Decision' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/Removed Decision/));
    expect(screen.getByRole('status')).toHaveTextContent(/Drafts made from it keep working/);
    expect(screen.queryByRole('button', { name: 'Remove Decision' })).toBeNull();
    expect(userIds(registry)).toEqual([]);
    expect((await store.list()).templates).toEqual([]);
  });

  it('still offers an ambiguous template, saying what was inferred', async () => {
    const { registry, user } = setup();
    const ambiguous = '---\n- not\n- a map\n---\n\n# Runbook\n\n## Alerts\n\n- [Alert]\n';
    await user.upload(fileInput(), new File([ambiguous], 'runbook.md'));
    const confirm = await screen.findByRole('region', { name: 'Add Runbook?' });
    expect(within(confirm).getByRole('heading', { name: 'What was inferred' })).toBeVisible();
    expect(confirm).toHaveTextContent('The front matter is not a YAML map: it is left out.');
    await user.click(within(confirm).getByRole('button', { name: 'Add template' }));
    await waitFor(() => expect(userIds(registry)).toEqual(['user-runbook']));
  });

  it('moves focus to the next template after a removal', async () => {
    const { user } = setup();
    const runbook =
      '# Runbook: [Service]\n\n## Alerts\n\n| Alert | Action |\n|---|---|\n| [Alert] | [Action] |\n';
    for (const [text, name] of [
      [decisionRecord, 'decision.md'],
      [runbook, 'runbook.md'],
    ] as const) {
      await user.upload(fileInput(), new File([text], name));
      await user.click(await screen.findByRole('button', { name: 'Add template' }));
    }
    await screen.findByRole('button', { name: 'Remove Runbook' });
    await user.click(screen.getByRole('button', { name: 'Remove Decision' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Remove Runbook' })).toHaveFocus());
    await user.click(screen.getByRole('button', { name: 'Remove Runbook' }));
    await waitFor(() => expect(screen.getByRole('status')).toHaveFocus());
  });

  it('lists the templates already stored, and a failed save still offers the template for this visit', async () => {
    const kv = memoryKeyValueStore();
    const failing: KeyValueStore = { ...kv, set: () => Promise.reject(new Error('QuotaExceededError')) };
    const { registry, user } = setup(failing);
    await user.upload(fileInput(), new File([decisionRecord], 'adr.md'));
    await user.click(await screen.findByRole('button', { name: 'Add template' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/will not be kept/);
    expect(userIds(registry)).toEqual(['user-decision']);
    expect(screen.getByText('(this visit only)')).toBeVisible();
  });

  it('shows the templates kept in the store when it opens', async () => {
    const kv = memoryKeyValueStore();
    const first = setup(kv);
    await first.user.upload(fileInput(), new File([decisionRecord], 'adr.md'));
    await first.user.click(await screen.findByRole('button', { name: 'Add template' }));
    await screen.findByRole('button', { name: 'Remove Decision' });
    cleanup();

    setup(kv);
    expect(await screen.findByRole('button', { name: 'Remove Decision' })).toBeVisible();
  });
});
