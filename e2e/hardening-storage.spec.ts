import { writeFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { draftCard, draftsList, openHomeWith, readStore, seedStore, storedDraft } from './drafts-helpers';
import {
  absurdTimestampDrafts,
  backupOf,
  deepFrontMatterDraft,
  oversizedBackup,
} from './fixtures/hardening/backups';

// Issue 14: nothing read from storage or a backup can lock the app, and storage never says it kept what it did not.

async function restoreFile(page: Page, name: string, text: string) {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore drafts' }).click();
  await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/**
 * IndexedDB writes fail with QuotaExceededError in this tab once `sessionStorage['fail-idb-after']` is set: after
 * that many more successful writes (0: at once). sessionStorage is per tab: another tab stores normally.
 */
async function quotaAfter(page: Page) {
  await page.addInitScript(() => {
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof put>) {
      const left = sessionStorage.getItem('fail-idb-after');
      if (left !== null) {
        if (Number(left) <= 0) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        sessionStorage.setItem('fail-idb-after', String(Number(left) - 1));
      }
      return put.apply(this, args);
    };
  });
}

test('a backup with absurd timestamps is skipped, and the home page stays usable after a reload', async ({
  page,
}) => {
  await openHomeWith(page, { good: storedDraft('good', 'technical-spec', 'Still here', Date.now()) });
  await restoreFile(page, 'absurd.json', backupOf(absurdTimestampDrafts()));
  await expect(page.getByRole('status')).toContainText('Restored 0 drafts from absurd.json.');
  await expect(page.getByRole('status')).toContainText(
    '3 entries in the file could not be read and were skipped.',
  );

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(1);
  await expect(draftCard(page, 'Still here')).toBeVisible();
  await expect(page.getByRole('link', { name: 'New Feature Specification' })).toBeVisible();

  // The same records already in storage (an older version let them in): set aside, everything else usable.
  const [future, past] = absurdTimestampDrafts();
  await seedStore(page, { 'far-future': future, 'far-past': past });
  await page.reload();
  await expect(draftCard(page, 'Still here')).toBeVisible();
  const damaged = page.getByRole('alert').filter({ hasText: '2 stored drafts could not be read' });
  await expect(damaged).toContainText('far-future');
  await expect(damaged.getByRole('button', { name: 'Download raw content of draft far-past' })).toBeVisible();
  await draftCard(page, 'Still here').getByRole('link', { name: /^Open/ }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Still here');
});

test('storage failing, then the tab closed after a pause: the draft is there next time', async ({
  context,
}) => {
  const page = await context.newPage();
  await quotaAfter(page);
  await openHomeWith(page, { f: storedDraft('f', 'feature-spec', 'Before', Date.now()) });
  await page.goto('./#/edit/f/header');
  await expect(page.getByLabel('Feature name')).toHaveValue('Before');
  await page.evaluate(() => sessionStorage.setItem('fail-idb-after', '0'));

  await page.getByLabel('Feature name').fill('Typed while storage fails');
  const warning = page.getByRole('alert').filter({ hasText: 'Your work is not being saved' });
  await expect(warning).toContainText('storage for this site is full');
  await expect(warning).toContainText('QuotaExceededError');
  await expect(warning).toContainText('come back when you open Specwright again');
  await expect(page.getByText('Not saved: kept in this browser’s backup area')).toBeVisible();
  expect((await new AxeBuilder({ page }).include('.storage-warning').analyze()).violations).toEqual([]);
  // A pause longer than the autosave, then the tab is closed without any chance to save on the way out.
  await page.waitForTimeout(1500);
  await page.close();

  const next = await context.newPage();
  await next.goto('./#/edit/f/header');
  await expect(next.getByLabel('Feature name')).toHaveValue('Typed while storage fails');
  await expect
    .poll(async () => ((await readStore(next)).f as { title?: string } | undefined)?.title)
    .toBe('Typed while storage fails');
  await expect(next.getByRole('alert').filter({ hasText: 'Your work is not being saved' })).toHaveCount(0);
});

test('a restore under quota reports exactly what it stored, and what it could not read', async ({ page }) => {
  await quotaAfter(page);
  await openHomeWith(page, {});
  const drafts = ['One', 'Two', 'Three', 'Four', 'Five'].map((title, i) =>
    storedDraft(`d${i}`, 'technical-spec', title, Date.now() - i * 1000),
  );
  // Two more writes fit, then the storage is full.
  await page.evaluate(() => sessionStorage.setItem('fail-idb-after', '2'));
  await restoreFile(page, 'quota.json', backupOf([...drafts, deepFrontMatterDraft()]));

  const alert = page.getByRole('alert').filter({ hasText: 'quota.json' });
  await expect(alert).toContainText('Restored 2 of 5 drafts from quota.json.');
  await expect(alert).toContainText('New: “One”, “Two”.');
  await expect(alert).toContainText(
    'Not stored, because the browser’s storage for this site is full: “Three”, “Four”, “Five”.',
  );
  await expect(alert).toContainText('1 entry in the file could not be read and was skipped.');
  await expect(alert).toContainText('nested more than 64 levels deep');
  await expect(alert).not.toContainText('private window');
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
  expect(Object.keys(await readStore(page)).sort()).toEqual(['d0', 'd1']);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await page.reload();
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
});

test('an oversized backup is refused with a message, before it is read', async ({ page }, testInfo) => {
  await openHomeWith(page, { kept: storedDraft('kept', 'feature-spec', 'Kept as it was', Date.now()) });
  const path = testInfo.outputPath('huge.json');
  await writeFile(path, oversizedBackup());
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore drafts' }).click();
  await (await choosing).setFiles(path);
  const alert = page.getByRole('alert').filter({ hasText: 'huge.json' });
  await expect(alert).toContainText('Nothing was restored from huge.json.');
  await expect(alert).toContainText('more than the 20.0 MB a Specwright backup may be');
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(1);
  expect(Object.keys(await readStore(page))).toEqual(['kept']);

  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations).toEqual([]);
});
