import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { newDraft, openMenu, openSection } from './editor-helpers';

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const markdownText = (page: Page) => preview(page).getByRole('tabpanel', { name: 'Markdown' }).locator('pre');

test('the preview shows the document rendered and as Markdown, and follows typing', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  const region = preview(page);
  await expect(region.getByRole('tab', { name: 'Rendered' })).toHaveAttribute('aria-selected', 'true');
  await expect(region.getByRole('heading', { level: 3, name: '1. Overview' })).toBeVisible();
  await expect(region.getByText('Front matter')).toBeVisible();
  // The Markdown is written off the main thread.
  await expect
    .poll(() => page.workers().some((worker) => worker.url().includes('markdown-worker')))
    .toBe(true);

  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Payment Gateway');
  await expect(region.getByRole('tabpanel', { name: 'Rendered' })).toContainText('Payment Gateway');

  await openSection(page, 'Overview');
  await page
    .getByRole('textbox', { name: 'Overview' })
    .fill('Takes **cards** &copy; and\n\n| a | b |\n| - | - |\n| 1 | 2 |');
  await expect(region.locator('strong', { hasText: 'cards' })).toBeVisible();
  await expect(region.getByRole('table').filter({ hasText: '1' }).first()).toBeVisible();

  // Keyboard: arrows move between the tabs.
  await region.getByRole('tab', { name: 'Rendered' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(region.getByRole('tab', { name: 'Markdown' })).toBeFocused();
  // Written in the worker: character references decoded as on the page.
  await expect(markdownText(page)).toContainText('Takes **cards** © and');
  await expect(markdownText(page)).toContainText('## 1. Overview');
});

test('Download Markdown saves the Markdown view as a file named after the title', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  const download = async () => {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download Markdown' }).click(),
    ]);
    return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
  };

  const untitled = await download();
  expect(untitled.name).toBe('spec.md');
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded spec.md' })).toBeVisible();

  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Zahlungs-Gateway für Ärzte');
  await preview(page).getByRole('tab', { name: 'Markdown' }).click();
  await expect(markdownText(page)).toContainText('Zahlungs-Gateway für Ärzte');
  const titled = await download();
  expect(titled.name).toBe('zahlungs-gateway-fur-arzte.md');
  expect(titled.text).toContain('title: "Zahlungs-Gateway für Ärzte"');
  expect(titled.text).toBe(await markdownText(page).textContent());
});

test('Copy Markdown copies exactly the Markdown view and says so', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await newDraft(page, 'Feature Specification');
  await page.getByRole('textbox', { name: 'Feature name' }).fill('Photo upload');
  await preview(page).getByRole('tab', { name: 'Markdown' }).click();
  await expect(markdownText(page)).toContainText('# Feature Specification: Photo upload');
  // Copying is in the header's menu.
  await openMenu(page);
  await page.getByRole('button', { name: 'Copy Markdown' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Markdown copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await markdownText(page).textContent());
});

test('the export options change the Markdown view and the download alike, and are remembered', async ({
  page,
}) => {
  await newDraft(page, 'Feature Specification');
  // The Markdown view first: the open menu covers part of the preview.
  await preview(page).getByRole('tab', { name: 'Markdown' }).click();
  await openMenu(page);
  const guidance = page.getByRole('checkbox', { name: 'Include template guidance' });
  const empty = page.getByRole('combobox', { name: 'Empty fields' });
  await expect(guidance).not.toBeChecked();
  await expect(empty).toHaveValue('placeholder');
  const view = markdownText(page);
  await expect(view).toContainText('[FEATURE NAME]');
  await expect(view).not.toContainText('<!--');

  await guidance.check();
  await expect(view).toContainText('<!--');
  await empty.selectOption({ label: 'Leave out' });
  await expect(view).not.toContainText('[FEATURE NAME]');

  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(readFileSync((await file.path())!, 'utf8')).toBe(await view.textContent());

  await page.reload();
  await openMenu(page);
  await expect(page.getByRole('checkbox', { name: 'Include template guidance' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Empty fields' })).toHaveValue('omit');
});

test('the preview scrolls to the section being edited, and keeps it there', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  await openSection(page, 'Testing');
  const region = preview(page);
  await expect(region.getByRole('heading', { level: 3, name: '6. Testing' })).toBeInViewport();
  await expect(region.getByRole('heading', { level: 3, name: '1. Overview' })).not.toBeInViewport();

  await newDraft(page, 'Feature Specification');
  await openSection(page, 'Requirements');
  const heading = region.getByRole('heading', { level: 3, name: /^Requirements/ });
  await expect(heading).toBeInViewport();
  // Guidance adds text above the section: its heading stays where the reader is looking.
  await openMenu(page);
  await page.getByRole('checkbox', { name: 'Include template guidance' }).check();
  await expect(region.locator('.preview-rendered')).toContainText('Add more user stories as needed');
  await expect(heading).toBeInViewport();
  const box = await region.locator('.preview-scroll').boundingBox();
  const at = await heading.boundingBox();
  expect(Math.abs(at!.y - box!.y)).toBeLessThan(60);
});

test('on a phone the preview, once shown, is at the section being edited', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.getByText(/^Sections: /).click();
  await openSection(page, 'Implementation');
  // The preview was hidden behind its tab while the section changed.
  await page.getByRole('tab', { name: 'Preview', exact: true }).click();
  const region = preview(page);
  await expect(region.getByRole('heading', { level: 3, name: '5. Implementation' })).toBeInViewport();
  await expect(region.getByRole('button', { name: 'Download Markdown' })).toHaveCount(0);
});

test('the preview, the header and its menu have no accessibility violations', async ({ page }) => {
  await newDraft(page, 'Feature Specification');
  await openMenu(page);
  const region = preview(page);
  await expect(region.getByRole('heading', { level: 3, name: /Feature Specification/ })).toBeVisible();
  for (const tab of ['Rendered', 'Markdown']) {
    // The open menu lies over part of the preview: the tab is chosen without a pointer.
    await region.getByRole('tab', { name: tab }).dispatchEvent('click');
    const results = await new AxeBuilder({ page }).include('.preview').include('.editor-bar').analyze();
    expect(results.violations).toEqual([]);
  }
});
