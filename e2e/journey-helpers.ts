import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator, type Page } from '@playwright/test';

/** Goes to the next section with the "Next: <title>" link at the end of the current one. */
export async function next(page: Page, title: string) {
  await page.getByRole('link', { name: `Next: ${title}`, exact: true }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(escapeRegExp(title)) })).toBeVisible();
}

/** A textbox (or combobox, for choices) of a scope by its exact accessible name. */
export function box(scope: Page | Locator, name: string): Locator {
  return scope
    .getByRole('textbox', { name, exact: true })
    .or(scope.getByRole('combobox', { name, exact: true }));
}

/** Fills the cells (or fields) of a row or item, by label. */
export async function fillAll(scope: Locator, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) await box(scope, name).fill(value);
}

/** Removes an item with its "Remove ..." button, undoes it from the toast, checks it is back, and removes it again. */
export async function removeWithUndo(
  page: Page,
  scope: Page | Locator,
  itemName: string,
  check: () => Promise<void>,
) {
  const toast = page.getByRole('status', { name: 'Notifications' });
  await scope.getByRole('button', { name: `Remove ${itemName}`, exact: true }).click();
  await expect(toast).toContainText(`Removed ${itemName}.`);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await check();
  await scope.getByRole('button', { name: `Remove ${itemName}`, exact: true }).click();
  await expect(toast).toContainText(`Removed ${itemName}.`);
}

/** The preview's Markdown view (the exact text a download produces). */
export async function markdownView(page: Page): Promise<Locator> {
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('tab', { name: 'Markdown' }).click();
  return preview.getByRole('tabpanel', { name: 'Markdown' }).locator('pre');
}

/** Clicks "Download Markdown" and returns the downloaded file's name and text. */
export async function downloadMarkdown(page: Page): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  const path = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') };
}

/**
 * Compares a download with its golden file in e2e/fixtures. With UPDATE_FIXTURES=1 the golden file is written from
 * the download instead (review it by eye before committing).
 */
export function expectGolden(text: string, fixture: string) {
  const path = fileURLToPath(new URL(`./fixtures/${fixture}`, import.meta.url));
  if (process.env.UPDATE_FIXTURES === '1') {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    return;
  }
  expect(existsSync(path), `${path} is missing: run once with UPDATE_FIXTURES=1 and review it`).toBe(true);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
