// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDocument, featureSpec, type SpecDocument } from '../../core';
import { checkSpec } from '../../core/checks/check-spec';
import { findingsMarkdown } from '../../core/checks/findings-markdown';
import { createLiveDocument } from '../../lib/live-document';
import { dismissedChecksStore } from '../../lib/storage/dismissed-checks';
import { memoryKeyValueStore } from '../../lib/storage/key-value';
import { ChecksPanel } from './checks-panel';
import type { ChecksRunner } from './checks-runner';

afterEach(cleanup);

function docWith(requirement: string): SpecDocument {
  const doc = structuredClone(createDocument(featureSpec));
  doc.fields.functionalRequirements = [{ ref: 'FR-001', text: requirement }];
  return doc;
}

/** The real checks, on the main thread, counting the runs. */
function countingRunner() {
  const runner = {
    runs: 0,
    async check(doc: SpecDocument, ears: boolean) {
      runner.runs++;
      return checkSpec(featureSpec, doc, { ears });
    },
    async markdown(findings: Parameters<ChecksRunner['markdown']>[0]) {
      return findingsMarkdown(findings);
    },
    dispose() {},
  };
  return runner;
}

function setup(requirement = 'System MUST notify relevant admins') {
  const live = createLiveDocument('draft-1', docWith(requirement));
  const kv = memoryKeyValueStore();
  const store = dismissedChecksStore(kv);
  const runner = countingRunner();
  const onGoTo = vi.fn();
  render(<ChecksPanel live={live} onGoTo={onGoTo} store={store} runner={runner} />);
  return { live, kv, store, runner, onGoTo, region: screen.getByRole('region', { name: 'Checks' }) };
}

// Generous: the checks parse Markdown, and the machine running the suite may be busy.
describe('ChecksPanel', { timeout: 20_000 }, () => {
  it('lists findings with severity in words, the item ID and a link to the field', async () => {
    const { region, onGoTo } = setup();
    const item = await within(region).findByRole('listitem');
    expect(item).toHaveTextContent('Warning: FR-001 (Functional Requirements) Vague “relevant”');
    await userEvent.click(within(item).getByRole('link', { name: 'FR-001 (Functional Requirements)' }));
    expect(onGoTo).toHaveBeenCalledWith('functionalRequirements', 'fields.functionalRequirements.0.text');
  });

  it('checks again only after a pause, not on the change itself', async () => {
    const { live, runner, region } = setup();
    await within(region).findByRole('listitem');
    const before = runner.runs;
    live.set(docWith('System MUST notify the account owner'));
    expect(runner.runs).toBe(before);
    await waitFor(() => expect(within(region).queryAllByRole('listitem')).toHaveLength(0));
    expect(runner.runs).toBe(before + 1);
    expect(region).toHaveTextContent('No findings');
  });

  it('keeps a dismissal and EARS mode for the draft', async () => {
    const { region, store } = setup();
    const item = await within(region).findByRole('listitem');
    await userEvent.click(within(item).getByRole('button', { name: 'Dismiss' }));
    expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
    expect(region).toHaveTextContent('1 dismissed');
    await userEvent.click(within(region).getByRole('checkbox', { name: /EARS mode/ }));
    await waitFor(async () =>
      expect(await store.get('draft-1')).toEqual({
        dismissed: ['vague-term|FR-001|Functional Requirements|relevant'],
        ears: true,
      }),
    );
    // EARS mode finds its own suggestion for the same requirement.
    expect(await within(region).findByText(/Not an EARS pattern/)).toBeInTheDocument();
  });

  it('copies what it lists as Markdown', async () => {
    const writeText = vi.fn(async (_text: string) => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const { region } = setup();
    await within(region).findByRole('listitem');
    await userEvent.click(within(region).getByRole('button', { name: 'Copy checks as Markdown' }));
    await waitFor(() =>
      expect(within(region).getByRole('status')).toHaveTextContent('Checks copied as Markdown'),
    );
    expect(writeText.mock.calls[0]![0]).toContain(
      '- **Warning** FR-001 (Functional Requirements): Vague “relevant”',
    );
  });

  it('reads stored dismissals of the draft', async () => {
    const live = createLiveDocument('draft-2', docWith('System MUST notify relevant admins'));
    const store = dismissedChecksStore(
      memoryKeyValueStore({
        'draft-2': { dismissed: ['vague-term|FR-001|Functional Requirements|relevant'] },
      }),
    );
    render(<ChecksPanel live={live} onGoTo={() => {}} store={store} runner={countingRunner()} />);
    const region = screen.getByRole('region', { name: 'Checks' });
    expect(await within(region).findByText(/1 dismissed/)).toBeInTheDocument();
    expect(within(region).queryAllByRole('listitem')).toHaveLength(0);
  });
});
