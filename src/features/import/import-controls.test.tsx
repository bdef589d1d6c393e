// @vitest-environment jsdom

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport, SpecDocument } from '../../core';
import { ImportControls } from './import-controls';
import { ImportReportPanel } from './import-report-panel';

// jsdom gives `import.meta.url` an http URL: fixtures are found from the project root, where vitest runs.
const fixture = (path: string) =>
  readFileSync(join(process.cwd(), 'src/core/markdown/fixtures', path), 'utf8');

// jsdom's <dialog> has no showModal: open it as a plain element so its content is in the page.
HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
  this.open = true;
};
HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
  this.open = false;
};

afterEach(cleanup);

function setup() {
  const onOpen = vi.fn<(doc: SpecDocument, report: ImportReport) => void>();
  render(<ImportControls onOpen={onOpen} />);
  const input = screen.getByTestId('open-markdown-file-input') as HTMLInputElement;
  return { onOpen, input, user: userEvent.setup() };
}

// Reading runs remark: generous timeouts, since CI machines are shared.
const slow = { timeout: 20_000 };

describe('ImportControls', { timeout: 60_000 }, () => {
  it('says an open is coming when a dialog or the picker opens, or a file is dragged in', async () => {
    const onPrepare = vi.fn();
    render(<ImportControls onOpen={vi.fn()} onPrepare={onPrepare} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Open from text' }));
    expect(onPrepare).toHaveBeenCalledTimes(1);
    await user.click(screen.getByRole('button', { name: 'Open Markdown file' }));
    expect(onPrepare).toHaveBeenCalledTimes(2);
    const drag = new Event('dragenter', { bubbles: true });
    Object.defineProperty(drag, 'dataTransfer', { value: { types: ['Files'] } });
    window.dispatchEvent(drag);
    expect(onPrepare).toHaveBeenCalledTimes(3);
  });

  it('opens a spec chosen with "Open Markdown file"', async () => {
    const { onOpen, input, user } = setup();
    expect(input.accept).toBe('.md,.markdown,.txt,text/markdown,text/plain');
    const file = new File([fixture('real-world/feature-grouped-requirements.md')], 'notes.md', {
      type: 'text/markdown',
    });
    await user.upload(input, file);
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1), slow);
    const [doc, report] = onOpen.mock.calls[0]!;
    expect(doc.template).toBe('feature-spec');
    expect(doc.fields.featureName).toBe('Offline Notes Sync');
    expect(report.recognized.length).toBeGreaterThan(5);
  });

  it('shows an alert for a bad file and does not open anything', async () => {
    const { onOpen, input, user } = setup();
    await user.upload(input, new File([new Uint8Array([0x89, 0x50, 0x00, 0x01])], 'logo.md'));
    expect(await screen.findByRole('alert', {}, slow)).toHaveTextContent(/binary file/);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('asks for the template when the file is not clearly a spec, with the best guess preselected', async () => {
    const { onOpen, input, user } = setup();
    await user.upload(input, new File(['# Notes\n\n## Overview\n\nText.\n\n## Goals\n\n- a\n'], 'notes.md'));
    const technical = await screen.findByRole('radio', { name: /Technical Specification/ }, slow);
    expect(technical).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /Feature Specification/ }));
    await user.click(screen.getByRole('button', { name: 'Open with this template' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]![0].template).toBe('feature-spec');
  });

  it('opens pasted text from "Open from text"', async () => {
    const { onOpen, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Open from text' }));
    fireEvent.change(screen.getByLabelText(/Paste the Markdown/), {
      target: { value: fixture('technical-spec.md') },
    });
    await user.click(screen.getByRole('button', { name: 'Open' }));
    expect(onOpen).toHaveBeenCalledTimes(1);
    expect(onOpen.mock.calls[0]![0].template).toBe('technical-spec');
  });

  it('opens a file dropped on the window', async () => {
    const { onOpen } = setup();
    const file = new File([fixture('technical-spec.md')], 'spec.md');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    window.dispatchEvent(drop);
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1), slow);
    expect(drop.defaultPrevented).toBe(true);
  });
});

describe('ImportReportPanel', () => {
  it('lists recognized fields, additional content and warnings, each linking to its place', async () => {
    const onGoToField = vi.fn();
    const onGoToAdditional = vi.fn();
    const report: ImportReport = {
      recognized: [{ fieldId: 'functionalRequirements', label: 'Functional Requirements', count: 4 }],
      additional: [{ anchor: 'successCriteria', summary: 'Risks' }],
      warnings: [{ message: 'The FR table was read as a list.', fieldId: 'functionalRequirements' }],
    };
    render(
      <ImportReportPanel
        report={report}
        template="feature-spec"
        onGoToField={onGoToField}
        onGoToAdditional={onGoToAdditional}
      />,
    );
    const user = userEvent.setup();
    expect(
      screen.getByText(/1 field recognized, 1 part kept as additional content, 1 warning/),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Functional Requirements' }));
    expect(onGoToField).toHaveBeenCalledWith('functionalRequirements');
    await user.click(screen.getByRole('button', { name: 'Risks' }));
    expect(onGoToAdditional).toHaveBeenCalledWith('successCriteria');
    expect(screen.getByRole('button', { name: 'Risks' }).closest('li')).toHaveTextContent(
      /^Risks after Success Criteria$/,
    );
    await user.click(screen.getByRole('button', { name: 'Go to field' }));
    expect(onGoToField).toHaveBeenCalledTimes(2);
  });
});
