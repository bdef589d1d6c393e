// @vitest-environment jsdom
import { act, cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocument, technicalSpec } from '../../core';
import { writeMarkdown } from '../../core/markdown/write-markdown';
import { createAppServices } from '../../lib/app-services';
import { createAppExportOptions } from '../../lib/export-options';
import { createLiveDocument } from '../../lib/live-document';
import { ServicesProvider } from '../../lib/services-context';

// The app's services, their export options kept in jsdom's localStorage as the app keeps them.
const exportOptionsStore = createAppExportOptions();
const services = { ...createAppServices(), exportOptions: exportOptionsStore };

import { ExportBar } from './export-bar';

let saved: { name: string; blob: Blob }[] = [];

beforeEach(() => {
  saved = [];
  // jsdom has no object URLs and does not download: record what would be saved (toolchain trap 6).
  const blobs = new Map<string, Blob>();
  URL.createObjectURL = vi.fn((blob: Blob) => {
    const url = `blob:test/${blobs.size}`;
    blobs.set(url, blob);
    return url;
  });
  URL.revokeObjectURL = vi.fn();
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ name: this.download, blob: blobs.get(this.href)! });
  });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
  act(() => exportOptionsStore.set({ includeGuidance: false, emptyFields: 'placeholder' }));
});

function setup(title = '') {
  const doc = createDocument(technicalSpec);
  doc.fields.title = title;
  const live = createLiveDocument('d1', doc);
  render(
    <ServicesProvider services={services}>
      <ExportBar live={live} />
    </ServicesProvider>,
  );
  return live;
}

describe('ExportBar', { timeout: 30_000 }, () => {
  it('downloads the Markdown as a file named after the title', async () => {
    const live = setup('Straße Payments API');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    expect(
      await screen.findByText('Downloaded strasse-payments-api.md', {}, { timeout: 10_000 }),
    ).toHaveAttribute('role', 'status');
    expect(saved).toHaveLength(1);
    expect(saved[0]!.name).toBe('strasse-payments-api.md');
    expect(await saved[0]!.blob.text()).toBe(writeMarkdown(live.get(), exportOptionsStore.get()));
  });

  it('names an untitled document spec.md', async () => {
    setup();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Download Markdown' }));
    await screen.findByText('Downloaded spec.md', {}, { timeout: 10_000 });
    expect(saved[0]!.name).toBe('spec.md');
  });

  it('offers the export options, off and placeholders by default, and writes with them', async () => {
    const live = setup('X');
    const user = userEvent.setup();
    const guidance = screen.getByRole('checkbox', { name: 'Include template guidance' });
    const empty = screen.getByRole('combobox', { name: 'Empty fields' });
    expect(guidance).not.toBeChecked();
    expect(empty).toHaveDisplayValue('Template placeholder');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Template placeholder',
      'Leave out',
    ]);

    await user.click(guidance);
    await user.selectOptions(empty, 'Leave out');
    expect(exportOptionsStore.get()).toEqual({ includeGuidance: true, emptyFields: 'omit' });
    expect(JSON.parse(localStorage.getItem('specwright.exportOptions') ?? '{}')).toEqual({
      includeGuidance: true,
      emptyFields: 'omit',
    });

    await user.click(screen.getByRole('button', { name: 'Download Markdown' }));
    await screen.findByText('Downloaded x.md', {}, { timeout: 10_000 });
    const text = await saved[0]!.blob.text();
    expect(text).toBe(writeMarkdown(live.get(), { includeGuidance: true, emptyFields: 'omit' }));
    expect(text).not.toBe(writeMarkdown(live.get(), { includeGuidance: false, emptyFields: 'placeholder' }));
  });

  it('copies the Markdown and says so', async () => {
    const live = setup('Copy me');
    const user = userEvent.setup();
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(await screen.findByText('Markdown copied', {}, { timeout: 10_000 })).toHaveAttribute(
      'role',
      'status',
    );
    expect(writeText).toHaveBeenCalledWith(writeMarkdown(live.get(), exportOptionsStore.get()));
  });

  it('explains when the clipboard is unavailable or refused', async () => {
    setup();
    const user = userEvent.setup();
    Object.defineProperty(navigator, 'clipboard', { value: undefined, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(
      await screen.findByText(/Copying is not available in this browser/, {}, { timeout: 10_000 }),
    ).toHaveAttribute('role', 'status');

    Object.defineProperty(navigator, 'clipboard', {
      value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
      configurable: true,
    });
    await user.click(screen.getByRole('button', { name: 'Copy Markdown' }));
    expect(
      await screen.findByText(/The browser did not allow copying/, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
  });
});
