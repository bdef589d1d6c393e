import { expect, test } from '@playwright/test';
import { encodeShareData } from '../src/features/share/share-link';
import { draftCard, storedDraft } from './drafts-helpers';

const warning = /Your work is not being saved/;

test('IndexedDB unavailable: a warning, and the app keeps working in memory', async ({ page }) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is blocked', 'SecurityError');
    };
  });
  await page.goto('./');
  const alert = page.getByRole('alert').filter({ hasText: warning });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('does not let Specwright store drafts');
  await expect(alert).toContainText('Download Markdown');

  // A draft can still be made; it lives in memory for this page.
  const { doc } = storedDraft('x', 'feature-spec', 'Offline idea', Date.now());
  await page.goto(`./#/shared/${encodeShareData(doc)}`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  await page.goto('./#/');
  await expect(draftCard(page, 'Offline idea')).toBeVisible();
  await expect(alert).toBeVisible();
});

test('storage full: a warning when a write fails, and the drafts stay usable', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('./');
  await expect(page.getByText('No drafts yet.')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: warning })).toHaveCount(0);

  const { doc } = storedDraft('x', 'technical-spec', 'Big spec', Date.now());
  await page.goto(`./#/shared/${encodeShareData(doc)}`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  await page.goto('./#/');
  const alert = page.getByRole('alert').filter({ hasText: warning });
  await expect(alert).toContainText('storage for this site is full');
  await expect(draftCard(page, 'Big spec')).toBeVisible();
});
