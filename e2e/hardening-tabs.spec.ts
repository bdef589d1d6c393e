import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { draftCard, openHomeWith, readStore, storedDraft } from './drafts-helpers';
import { editorLocation, newDraft } from './editor-helpers';
import { forgedEditing, malformedMessages } from './fixtures/hardening/tab-messages';

// Issue 14: no keystroke lost between tabs, and no tab that can be made to save what another page sent.

const saved = 'All changes saved in this browser';

type StoredDraft = { doc?: { fields?: Record<string, unknown> } };

function storedField(records: Record<string, unknown>, id: string, field: string): unknown {
  return (records[id] as StoredDraft | undefined)?.doc?.fields?.[field];
}

function lock(page: Page) {
  return page.getByRole('alert').filter({ hasText: 'This draft is being edited in another tab.' });
}

function titleField(page: Page) {
  return page.getByRole('textbox', { name: 'Title', exact: true });
}

/**
 * Makes this page's messages to the other tabs arrive late (a busy or throttled tab), from the moment
 * `window.__tabDelayMs` is set.
 */
async function slowTabMessages(page: Page) {
  await page.addInitScript(() => {
    const post = BroadcastChannel.prototype.postMessage;
    BroadcastChannel.prototype.postMessage = function (this: BroadcastChannel, message: unknown) {
      const delay = (window as unknown as { __tabDelayMs?: number }).__tabDelayMs;
      if (!delay) return post.call(this, message);
      setTimeout(() => post.call(this, message), delay);
    };
  });
}

test('take-over race: the editing tab types and closes at once; the tab taking over keeps every keystroke', async ({
  context,
}) => {
  const first = await context.newPage();
  await slowTabMessages(first);
  await newDraft(first, 'Technical Specification');
  const url = first.url();
  const { docId } = editorLocation(first);
  await titleField(first).fill('Start');
  await expect(first.getByText(saved)).toBeVisible();

  const second = await context.newPage();
  await second.goto(url);
  await expect(lock(second)).toBeVisible();
  await expect(titleField(second)).toHaveValue('Start');

  // The second tab's copy lags behind (the first tab's updates are late), then the first tab closes at once.
  await first.evaluate(() => {
    (window as unknown as { __tabDelayMs: number }).__tabDelayMs = 5000;
  });
  await titleField(first).press('End');
  await first.keyboard.type(' then more words');
  await first.close({ runBeforeUnload: true });
  await expect(titleField(second)).toHaveValue('Start');

  await second.getByRole('button', { name: 'Take over editing' }).click();
  await expect(lock(second)).toHaveCount(0, { timeout: 10_000 });
  await expect(titleField(second)).toHaveValue('Start then more words');
  // Nothing older was saved over it, then or since.
  await second.waitForTimeout(1000);
  expect(storedField(await readStore(second), docId, 'title')).toBe('Start then more words');
  await titleField(second).press('End');
  await second.keyboard.type('!');
  await expect
    .poll(async () => storedField(await readStore(second), docId, 'title'))
    .toBe('Start then more words!');
});

test('two tabs opening one draft together: what the second one typed at once is kept, and it edits', async ({
  context,
}) => {
  const first = await context.newPage();
  await slowTabMessages(first);
  await openHomeWith(first, { race: storedDraft('race', 'technical-spec', 'Opened twice', Date.now()) });
  await first.goto('./#/edit/race/header');
  await expect(titleField(first)).toHaveValue('Opened twice');
  // The first tab answers late: the second is editable for a moment, and its user types in it.
  await first.evaluate(() => {
    (window as unknown as { __tabDelayMs: number }).__tabDelayMs = 1500;
  });

  const second = await context.newPage();
  await second.goto('./#/edit/race/header');
  await titleField(second).fill('Typed at once');

  // The tab whose user typed keeps editing; the other follows it, read-only.
  await expect(lock(first)).toBeVisible();
  await expect(titleField(first)).toHaveValue('Typed at once');
  await second.waitForTimeout(2000);
  await expect(lock(second)).toHaveCount(0);
  await expect(titleField(second)).toHaveValue('Typed at once');
  expect(storedField(await readStore(second), 'race', 'title')).toBe('Typed at once');
});

test('undo of a delete never overwrites what a second tab saved since: both are kept', async ({
  context,
}) => {
  const home = await context.newPage();
  await openHomeWith(home, { x: storedDraft('x', 'technical-spec', 'Original', Date.now()) });
  const editor = await context.newPage();
  await editor.goto('./#/edit/x/header');
  await expect(titleField(editor)).toHaveValue('Original');

  await home.bringToFront();
  await draftCard(home, 'Original')
    .getByRole('button', { name: /^Delete/ })
    .click();
  await expect(home.getByRole('status')).toContainText('Deleted “Original”.');

  // The tab that has it open goes on typing: the draft is saved again.
  await titleField(editor).fill('Newer work');
  await expect.poll(async () => storedField(await readStore(editor), 'x', 'title')).toBe('Newer work');

  await home.getByRole('button', { name: 'Undo' }).click();
  await expect(home.getByRole('status')).toContainText('came back beside it as a copy');
  const records = await readStore(home);
  expect(storedField(records, 'x', 'title')).toBe('Newer work');
  const titles = Object.values(records).map((r) => (r as StoredDraft).doc?.fields?.title);
  expect(titles.sort()).toEqual(['Newer work', 'Original']);
  await expect(draftCard(home, 'Newer work')).toBeVisible();
  await expect(draftCard(home, 'Original')).toBeVisible();
});

test('a rename on the home page goes through the tab editing the draft, whose next save keeps it', async ({
  context,
}) => {
  const home = await context.newPage();
  await openHomeWith(home, { r: storedDraft('r', 'technical-spec', 'Before', Date.now()) });
  const editor = await context.newPage();
  await editor.goto('./#/edit/r/header');
  await expect(titleField(editor)).toHaveValue('Before');

  await home.bringToFront();
  await draftCard(home, 'Before')
    .getByRole('button', { name: /^Rename/ })
    .click();
  await home.getByLabel('New name').fill('Renamed at home');
  await home.getByRole('button', { name: 'Save name' }).click();
  await expect(home.getByRole('status')).toContainText('Renamed to “Renamed at home”.');
  await expect(draftCard(home, 'Renamed at home')).toBeVisible();

  // The editing tab shows the new name, and its next save (of another field) keeps it.
  await expect(titleField(editor)).toHaveValue('Renamed at home');
  await editor.getByRole('textbox', { name: 'Author' }).fill('Ada');
  await expect.poll(async () => storedField(await readStore(editor), 'r', 'author')).toBe('Ada');
  expect(storedField(await readStore(editor), 'r', 'title')).toBe('Renamed at home');
});

test('forged tab messages are ignored, and a take-over never saves a document another page sent', async ({
  context,
}) => {
  const editor = await context.newPage();
  await newDraft(editor, 'Technical Specification');
  const { docId } = editorLocation(editor);
  await titleField(editor).fill('Mine');
  await expect(editor.getByText(saved)).toBeVisible();
  const doc = (await readStore(editor))[docId] as { doc: unknown };

  // Another page of the same origin posts malformed messages: the editing tab goes on as if nothing came.
  const forger = await context.newPage();
  await forger.goto('./');
  const post = (messages: unknown[]) =>
    forger.evaluate((list) => {
      const channel = new BroadcastChannel('specwright-draft-tabs');
      for (const message of list) channel.postMessage(message);
      channel.close();
    }, messages);
  await post(malformedMessages(docId));
  await editor.waitForTimeout(500);
  await expect(lock(editor)).toHaveCount(0);
  await expect(titleField(editor)).toHaveValue('Mine');
  await titleField(editor).fill('Mine, still editable');
  await expect
    .poll(async () => storedField(await readStore(editor), docId, 'title'))
    .toBe('Mine, still editable');

  // A well-formed one, with a valid document, makes the tab follow (it cannot be told from a tab), but taking
  // over starts from what is stored: the forged document is never saved.
  const forgedDoc = structuredClone((doc as { doc: { fields: Record<string, unknown> } }).doc);
  forgedDoc.fields.title = 'Forged';
  await post([forgedEditing(docId, forgedDoc)]);
  await expect(lock(editor)).toBeVisible();
  await expect(titleField(editor)).toHaveValue('Forged');
  await editor.getByRole('button', { name: 'Take over editing' }).click();
  await expect(lock(editor)).toHaveCount(0, { timeout: 10_000 });
  await expect(titleField(editor)).toHaveValue('Mine, still editable');
  expect(storedField(await readStore(editor), docId, 'title')).toBe('Mine, still editable');

  const axe = await new AxeBuilder({ page: editor }).analyze();
  expect(axe.violations).toEqual([]);
});
