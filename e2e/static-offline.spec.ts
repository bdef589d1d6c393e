import { expect, test } from '@playwright/test';
import { encodeShareData } from '../src/features/share/share-link';
import { draftsList, storedDraft } from './drafts-helpers';

// This test is about the service worker, which the other tests block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('after one visit the app starts and works with the network off', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a spec');
  // The service worker has installed (precached the app) and controls the page.
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null, undefined, {
    timeout: 30_000,
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a spec');

  // Lazily loaded routes come from the cache too: a new document can be created and written.
  await page.getByRole('link', { name: 'New Technical Specification' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Written offline');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Written offline');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Written offline');

  // A shared document opens offline too.
  const { doc } = storedDraft('x', 'technical-spec', 'Shared offline', Date.now());
  await page.goto(`./#/shared/${encodeShareData(doc)}`);
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  await page.goto('./#/');
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
  await context.setOffline(false);
});
