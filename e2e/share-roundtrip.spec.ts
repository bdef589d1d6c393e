import { expect, test } from '@playwright/test';
import { draftsList } from './drafts-helpers';
import { editorLocation, newDraft, openMenu } from './editor-helpers';

test('Copy share link, open it in another browser, Edit a copy: a new draft there, nothing replaced', async ({
  page,
  browser,
}) => {
  await newDraft(page, 'Feature Specification');
  const original = editorLocation(page).docId;
  await page.getByLabel('Feature name').fill('Shared feature');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Shared feature');

  await openMenu(page);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#\/shared\/[A-Za-z0-9+\-$]+$/);
  // Nothing of the document is in the part of the address a server sees.
  expect(new URL(link).pathname + new URL(link).search).not.toContain('Shared');

  // Someone else's browser: its own storage.
  const other = await browser.newContext();
  const reader = await other.newPage();
  await reader.goto(link);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Shared feature');
  await expect(reader.getByText('read-only')).toBeVisible();
  await reader.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(reader).toHaveURL(/#\/edit\/[^/]+\/header$/);
  expect(editorLocation(reader).docId).not.toBe(original);
  await expect(reader.getByLabel('Feature name')).toHaveValue('Shared feature');
  await other.close();

  // Opening the link where the original lives makes a copy too; the original stays as it was.
  await page.goto(link);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  expect(editorLocation(page).docId).not.toBe(original);
  await page.goto('./');
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
});

test('a document too long for a link gets a message suggesting the file', async ({ page }) => {
  await newDraft(page, 'Feature Specification');
  // Text that barely compresses.
  let seed = 7;
  let noise = '';
  for (let i = 0; i < 60_000; i++) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    noise += String.fromCharCode(97 + (seed % 26));
  }
  await page.getByLabel('Feature name').fill(noise);
  // Published to the document (the editor publishes shortly after typing).
  await expect(page.getByRole('heading', { level: 1 })).toContainText(noise.slice(0, 40));
  await openMenu(page);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByText(/too long for a link/)).toContainText('Download Markdown');
  await expect(page.getByLabel('Share link')).toHaveCount(0);
});
