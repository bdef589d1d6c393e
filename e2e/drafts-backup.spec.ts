import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { draftCard, draftsList, openHomeWith, storedDraft } from './drafts-helpers';

test('back up all drafts to one file, then restore it: merged, never overwriting', async ({ page }) => {
  const now = Date.now();
  await openHomeWith(page, {
    a: storedDraft('a', 'technical-spec', 'Billing export', now - 2000),
    b: storedDraft('b', 'feature-spec', 'Photo upload', now - 1000),
  });
  const items = draftsList(page).getByRole('listitem');
  await expect(items).toHaveCount(2);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up all drafts' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^specwright-drafts-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = await readFile((await download.path())!, 'utf8');
  const file = JSON.parse(backup);
  expect(file.format).toBe('specwright-drafts');
  expect(file.drafts.map((d: { id: string }) => d.id).sort()).toEqual(['a', 'b']);
  await expect(page.getByRole('status')).toContainText('Backed up 2 drafts.');

  // Meanwhile: one draft deleted, the other changed.
  await draftCard(page, 'Billing export')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await draftCard(page, 'Photo upload')
    .getByRole('button', { name: /^Rename/ })
    .click();
  await page.getByLabel('New name').fill('Photo upload v2');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(draftCard(page, 'Photo upload v2')).toBeVisible();
  await expect(items).toHaveCount(1);

  const restore = async (name: string, text: string) => {
    const choosing = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Restore drafts' }).click();
    await (await choosing).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  };

  await restore('backup.json', backup);
  const report = page.getByRole('status');
  await expect(report).toContainText('Restored 2 drafts from backup.json.');
  await expect(report).toContainText('New: “Billing export”.');
  await expect(report).toContainText(
    'Restored as copies, because a different version is already here: “Photo upload”.',
  );
  await expect(items).toHaveCount(3);
  await expect(draftCard(page, 'Billing export')).toBeVisible();
  await expect(draftCard(page, 'Photo upload')).toBeVisible();
  // The newer version here was not overwritten.
  await expect(draftCard(page, 'Photo upload v2')).toBeVisible();
  await expect(draftCard(page, 'Photo upload v2').getByRole('link', { name: /^Open/ })).toHaveAttribute(
    'href',
    '#/edit/b/header',
  );

  // The same file again adds nothing.
  await restore('backup.json', backup);
  await expect(report).toContainText('Restored 0 drafts from backup.json. 2 drafts already here, unchanged.');
  await expect(items).toHaveCount(3);

  // Survives a reload.
  await page.reload();
  await expect(items).toHaveCount(3);

  // A file that is not a backup is refused with a reason; a damaged entry inside a backup is skipped.
  await restore('notes.json', '{"hello": "world"}');
  await expect(page.getByRole('alert')).toContainText('Nothing was restored from notes.json.');
  const partly = { ...file, drafts: [...file.drafts, { id: 'x', template: 'feature-spec', doc: 7 }] };
  await restore('partly.json', JSON.stringify(partly));
  await expect(report).toContainText('1 entry in the file could not be read and was skipped.');
  await expect(items).toHaveCount(3);
});
