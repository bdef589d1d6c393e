import { expect, test } from '@playwright/test';
import { encodeShareData } from '../src/features/share/share-link';
import { draftsList, storedDraft } from './drafts-helpers';

test('a share link opens the document read-only; "Edit a copy" makes a new draft each time', async ({
  page,
}) => {
  const { doc } = storedDraft('x', 'feature-spec', 'Photo upload', Date.now(), (d) => {
    d.fields.input = 'Users want to upload photos from their phone & share them — “quickly”.';
  });
  const data = encodeShareData(doc);
  await page.goto(`./#/shared/${data}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Photo upload');
  await expect(page.getByText('read-only')).toBeVisible();
  // Rendered by default; the Markdown tab holds the same text.
  await expect(
    page.getByRole('tabpanel', { name: 'Rendered' }).getByText('from their phone & share them — “quickly”.'),
  ).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);

  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  const firstId = page.url().split('/edit/')[1]?.split('/')[0];

  await page.goto(`./#/shared/${data}`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  const secondId = page.url().split('/edit/')[1]?.split('/')[0];
  expect(secondId).not.toBe(firstId);

  await page.goto('./#/');
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
});

test('a damaged or truncated share link gets a clear message, not a blank page', async ({ page }) => {
  const data = encodeShareData(storedDraft('x', 'technical-spec', 'Billing', Date.now()).doc);
  for (const bad of [
    data.slice(0, Math.floor(data.length / 2)),
    'garbage-link',
    `${data.slice(0, 30)}AAAA${data.slice(34)}`,
  ]) {
    await page.goto(`./#/shared/${bad}`);
    await expect(page.getByRole('alert')).toContainText('This share link is damaged or incomplete');
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Edit a copy' })).toHaveCount(0);
  }
});
