import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { draftCard, draftsList, openHomeWith, readStore, storedDraft } from './drafts-helpers';

test('the home page lists drafts newest first; rename, duplicate, delete with undo', async ({ page }) => {
  const now = Date.now();
  await openHomeWith(page, {
    old: storedDraft('old', 'technical-spec', 'Billing export', now - 86_400_000),
    new: storedDraft('new', 'feature-spec', 'Photo upload', now - 60_000),
  });

  const items = draftsList(page).getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).getByRole('heading')).toHaveText('Photo upload');
  await expect(items.nth(0)).toContainText('Feature Specification');
  await expect(items.nth(1).getByRole('heading')).toHaveText('Billing export');
  await expect(items.nth(1)).toContainText('Technical Specification');
  await expect(items.nth(1).locator('time')).toHaveAttribute(
    'datetime',
    new Date(now - 86_400_000).toISOString(),
  );
  await expect(
    draftCard(page, 'Billing export').getByRole('link', { name: 'Open Billing export' }),
  ).toHaveAttribute('href', '#/edit/old/header');
  // Whatever the browser answered, the page says it in words.
  await expect(page.locator('.persistence')).toHaveText(/Your browser|This browser/);

  // Rename: the document's title field changes with it.
  await draftCard(page, 'Billing export').getByRole('button', { name: 'Rename Billing export' }).click();
  await page.getByLabel('New name').fill('Billing export v2');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(draftCard(page, 'Billing export v2')).toBeVisible();
  await expect(items.nth(0).getByRole('heading')).toHaveText('Billing export v2');
  const stored = (await readStore(page)).old as { doc: { fields: { title: string } } };
  expect(stored.doc.fields.title).toBe('Billing export v2');

  // Duplicate.
  await draftCard(page, 'Photo upload').getByRole('button', { name: 'Duplicate Photo upload' }).click();
  await expect(draftCard(page, 'Photo upload (copy)')).toBeVisible();
  await expect(items).toHaveCount(3);

  // Delete, then undo.
  await draftCard(page, 'Photo upload').getByRole('button', { name: 'Delete Photo upload' }).click();
  await expect(page.getByRole('status')).toContainText('Deleted “Photo upload”');
  await expect(items).toHaveCount(2);
  expect(Object.keys(await readStore(page))).not.toContain('new');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(items).toHaveCount(3);
  await expect(draftCard(page, 'Photo upload')).toBeVisible();
  expect(Object.keys(await readStore(page))).toContain('new');

  // Survives a reload.
  await page.reload();
  await expect(items).toHaveCount(3);
});

test('with no drafts, the home page says so', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Back up all drafts' })).toBeDisabled();
});

test('the drafts list, its messages and a damaged draft have no accessibility violations', async ({
  page,
}) => {
  await openHomeWith(page, {
    a: storedDraft('a', 'technical-spec', 'Billing export', Date.now()),
    broken: { id: 'broken', doc: 1 },
  });
  await expect(page.getByRole('alert')).toContainText('could not be read');
  await draftCard(page, 'Billing export')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(page.getByRole('button', { name: 'Undo' })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
