import { expect, type Page, test } from '@playwright/test';
import { readStore } from './drafts-helpers';
import { editorLocation, newDraft } from './editor-helpers';

const saved = 'All changes saved in this browser';

function storedTitle(records: Record<string, unknown>, id: string): unknown {
  return (records[id] as { doc?: { fields?: { title?: unknown } } } | undefined)?.doc?.fields?.title;
}

test('type then reload: every change is in IndexedDB within half a second, and comes back', async ({
  page,
}) => {
  await newDraft(page, 'Technical Specification');
  const { docId } = editorLocation(page);
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Billing export');
  // The editor publishes 200 ms after a keystroke, the drafts feature saves 250 ms later at most.
  await page.waitForTimeout(800);
  expect(storedTitle(await readStore(page), docId)).toBe('Billing export');
  await expect(page.getByText(saved)).toBeVisible();

  await page
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('Billing export, typed just before the reload');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    'Billing export, typed just before the reload',
  );

  // The home page lists it by its title.
  await page.goto('./');
  await expect(
    page
      .getByRole('list', { name: 'Drafts' })
      .getByRole('heading', { name: 'Billing export, typed just before the reload' }),
  ).toBeVisible();
});

test('type then close the page at once: nothing typed is lost', async ({ page, context }) => {
  await newDraft(page, 'Feature Specification');
  const url = page.url();
  await page.getByLabel('Feature name').fill('Closed mid-sentence');
  await page.close({ runBeforeUnload: true });

  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByLabel('Feature name')).toHaveValue('Closed mid-sentence');
});

async function titleField(page: Page) {
  return page.getByRole('textbox', { name: 'Title', exact: true });
}

test('two tabs on one draft: the second follows read-only until it takes over; nothing is overwritten', async ({
  page,
  context,
}) => {
  await newDraft(page, 'Technical Specification');
  const url = page.url();
  const { docId } = editorLocation(page);
  await (await titleField(page)).fill('Alpha');
  await expect(page.getByText(saved)).toBeVisible();

  const second = await context.newPage();
  await second.goto(url);
  const lock = (p: Page) =>
    p.getByRole('alert').filter({ hasText: 'This draft is being edited in another tab.' });
  await expect(lock(second)).toBeVisible();
  await expect(await titleField(second)).toHaveValue('Alpha');
  await expect(second.locator('[inert]')).toHaveCount(1);
  await expect(lock(page)).toHaveCount(0);

  // The first tab edits; the second follows live (its title, preview and checks show the other tab's work).
  await (await titleField(page)).fill('Alpha beta');
  await expect(second.getByRole('heading', { level: 1 })).toHaveText('Alpha beta');

  // The second takes over: it starts afresh from the latest version; the first becomes read-only and follows.
  await second.getByRole('button', { name: 'Take over editing' }).click();
  await expect(lock(page)).toBeVisible();
  await expect(lock(second)).toHaveCount(0);
  await expect(await titleField(second)).toHaveValue('Alpha beta');
  await expect(page.locator('[inert]')).toHaveCount(1);
  await (await titleField(second)).fill('Gamma');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gamma');
  await expect(second.getByText(saved)).toBeVisible();
  await expect.poll(async () => storedTitle(await readStore(second), docId)).toBe('Gamma');

  // Reloading the read-only tab keeps it read-only (the other still edits), with the latest version.
  await page.reload();
  await expect(lock(page)).toBeVisible();
  await expect(await titleField(page)).toHaveValue('Gamma');

  // Once the editing tab is gone, taking over works without it.
  await second.close({ runBeforeUnload: true });
  await page.getByRole('button', { name: 'Take over editing' }).click();
  await expect(lock(page)).toHaveCount(0, { timeout: 10_000 });
  await expect(await titleField(page)).toHaveValue('Gamma');
  await (await titleField(page)).fill('Delta');
  await expect.poll(async () => storedTitle(await readStore(page), docId)).toBe('Delta');
});

test('IndexedDB unavailable: the editor works, warns that nothing is saved, and offers a download', async ({
  page,
}) => {
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('IndexedDB is blocked', 'SecurityError');
    };
  });
  await newDraft(page, 'Technical Specification');
  const alert = page.getByRole('alert').filter({ hasText: 'Your work is not being saved' });
  await expect(alert).toBeVisible();
  await expect(alert).toContainText('Download Markdown');
  await (await titleField(page)).fill('Kept in memory');
  // localStorage still works here: the latest version is kept there, and the page says so.
  await expect(page.getByText('Not saved: kept in this browser’s backup area')).toBeVisible();
  await expect(alert).toContainText('SecurityError: IndexedDB is blocked');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kept in memory');

  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download a backup of this draft' }).click();
  expect((await downloading).suggestedFilename()).toBe('Kept in memory.specwright.json');
});

test('storage full: the editor keeps working and says work is not being saved', async ({ page }) => {
  await page.addInitScript(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await newDraft(page, 'Feature Specification');
  const alert = page.getByRole('alert').filter({ hasText: 'Your work is not being saved' });
  await expect(alert).toContainText('storage for this site is full');
  await page.getByLabel('Feature name').fill('Too big to save');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Too big to save');
  await expect(alert).toBeVisible();
});
