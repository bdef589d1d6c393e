// @vitest-environment jsdom
import { act, cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { createDocument, technicalSpec } from '../../core';
import { writeMarkdown } from '../../core/markdown/write-markdown';
import { createAppServices } from '../../lib/app-services';
import { createExportOptionsStore } from '../../lib/export-options';
import { createLiveDocument } from '../../lib/live-document';
import { ServicesProvider } from '../../lib/services-context';

// The app's services with export options of their own (kept in no storage), shared by the tests of this file.
const exportOptionsStore = createExportOptionsStore();
const services = { ...createAppServices(), exportOptions: exportOptionsStore };

import { PreviewPanel } from './preview-panel';

function setup(sectionId?: string) {
  const doc = createDocument(technicalSpec);
  doc.fields.title = 'Payments <img src=x onerror="window.__xss=1">';
  doc.fields.overview = 'Intro <script>window.__xss=2</script> and [link](javascript:alert(1))';
  const live = createLiveDocument('d1', doc);
  const view = render(
    <ServicesProvider services={services}>
      <PreviewPanel live={live} sectionId={sectionId} />
    </ServicesProvider>,
  );
  return { live, view };
}

afterEach(() => {
  cleanup();
  act(() => exportOptionsStore.set({ includeGuidance: false, emptyFields: 'placeholder' }));
});

describe('PreviewPanel', { timeout: 30_000 }, () => {
  it('is a region named Preview with Rendered and Markdown tabs', async () => {
    setup();
    const region = screen.getByRole('region', { name: 'Preview' });
    const tabs = within(region).getAllByRole('tab');
    expect(tabs.map((tab) => tab.textContent)).toEqual(['Rendered', 'Markdown']);
    expect(within(region).getByRole('tab', { name: 'Rendered' })).toHaveAttribute('aria-selected', 'true');
    expect(
      await within(region).findByRole('heading', { name: '1. Overview' }, { timeout: 15_000 }),
    ).toBeInTheDocument();
  });

  it('switches tabs with the arrow keys, and shows exactly what a download writes', async () => {
    const { live } = setup();
    const user = userEvent.setup();
    await screen.findByRole('heading', { name: '1. Overview' }, { timeout: 15_000 });
    await user.click(screen.getByRole('tab', { name: 'Rendered' }));
    await user.keyboard('{ArrowRight}');
    const markdownTab = screen.getByRole('tab', { name: 'Markdown' });
    expect(markdownTab).toHaveAttribute('aria-selected', 'true');
    expect(markdownTab).toHaveFocus();
    const panel = screen.getByRole('tabpanel', { name: 'Markdown' });
    await waitFor(
      () =>
        expect(panel.querySelector('pre')?.textContent).toBe(
          writeMarkdown(live.get(), exportOptionsStore.get()),
        ),
      { timeout: 10_000 },
    );

    act(() => exportOptionsStore.set({ includeGuidance: true, emptyFields: 'omit' }));
    await waitFor(
      () =>
        expect(panel.querySelector('pre')?.textContent).toBe(
          writeMarkdown(live.get(), { includeGuidance: true, emptyFields: 'omit' }),
        ),
      { timeout: 10_000 },
    );
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('tab', { name: 'Rendered' })).toHaveAttribute('aria-selected', 'true');
  });

  it('follows the live document', async () => {
    const { live } = setup();
    await screen.findByRole('heading', { name: '1. Overview' }, { timeout: 15_000 });
    act(() =>
      live.set({ ...live.get(), fields: { ...live.get().fields, overview: 'A **brand new** overview' } }),
    );
    expect(await screen.findByText('brand new', {}, { timeout: 10_000 })).toContainHTML(
      '<strong>brand new</strong>',
    );
  });

  it('renders user text without running any of it', async () => {
    const { view } = setup();
    await screen.findByRole('heading', { name: '1. Overview' }, { timeout: 15_000 });
    const { container } = view;
    expect(container.querySelector('script, img, [onerror], [href^="javascript" i]')).toBeNull();
    expect(container.innerHTML).not.toMatch(/<script|<img|javascript:/i);
    // A text field is Markdown: its inline HTML is never rendered as HTML; the front matter shows it as YAML text.
    expect(container.textContent).toContain('Payments <img src=x onerror=\\"window.__xss=1\\">');
    expect((window as { __xss?: unknown }).__xss).toBeUndefined();
  });

  it('marks the heading of each section so the view can scroll to it', async () => {
    const { view } = setup('designSection');
    await screen.findByRole('heading', { name: '1. Overview' }, { timeout: 15_000 });
    const anchor = view.container.querySelector('[data-section-id="designSection"]');
    expect(anchor?.nextElementSibling?.textContent).toBe('4. Design');
  });
});
