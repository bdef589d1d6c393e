import { expect, type Page, test } from '@playwright/test';
import { createDocument, technicalSpec } from '../src/core';
import { encodeShareData } from '../src/features/share/share-link';
import { decompressionBombLink, deepList, emphasisBomb } from './fixtures/hardening/inputs';

// Requests of the app's own files reach page.route, not a service worker's cache: the config blocks service workers.

/**
 * Runs `action` while checking, over and over until `done` holds, that the page answers a round trip within a
 * second: its main thread is never blocked for longer, whatever the app is doing with the input.
 */
async function staysResponsive(page: Page, action: () => Promise<unknown>, done: () => Promise<boolean>) {
  const pending = action();
  let rounds = 0;
  for (;;) {
    const answered = await Promise.race([
      page.evaluate(() => true),
      new Promise<false>((resolve) => setTimeout(() => resolve(false), 1000)),
    ]);
    expect(answered, `the page did not answer within a second (round ${rounds})`).toBe(true);
    rounds += 1;
    if (await done()) break;
  }
  await pending;
  return rounds;
}

const fileInput = (page: Page) => page.getByTestId('open-markdown-file-input');

/**
 * Opens a harmless share link once, so the shared view's code is loaded and compiled before the measured part: only
 * the handling of the attack is timed, not the page's start-up on a loaded machine.
 */
async function warmUpSharedView(page: Page) {
  const doc = createDocument(technicalSpec);
  doc.fields.title = 'Warm-up';
  await page.goto(`./#/shared/${encodeShareData(doc)}`);
  await expect(page.getByRole('button', { name: 'Edit a copy' })).toBeVisible({ timeout: 30_000 });
  await page.goto('./#/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a spec');
}

/** Chooses the preselected template when the reader is not sure which one it is. */
async function acceptTemplate(page: Page) {
  await page.getByRole('button', { name: 'Open with this template' }).click({ timeout: 30_000 });
}

test('a pathological file is refused with a message while the page stays responsive', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a spec');
  const alert = page.getByRole('alert');
  await staysResponsive(
    page,
    () =>
      fileInput(page).setInputFiles({
        name: 'slow.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(emphasisBomb()),
      }),
    () => alert.isVisible(),
  );
  await expect(alert).toContainText('“slow.md” has a paragraph with more than 1,500 * and _ marks');
  await expect(page).not.toHaveURL(/#\/edit\//);

  await page.getByRole('button', { name: 'OK' }).click();
  await staysResponsive(
    page,
    () =>
      fileInput(page).setInputFiles({
        name: 'deep.md',
        mimeType: 'text/markdown',
        buffer: Buffer.from(deepList(200)),
      }),
    () => alert.isVisible(),
  );
  await expect(alert).toContainText('“deep.md” nests lists or quotes 33 levels deep');
});

test('a list nested to the limit opens, previews and downloads', async ({ page }) => {
  await page.goto('./');
  const text = `# Technical Specification: Deep\n\n## 1. Overview\n\n${deepList(30)}\n`;
  await fileInput(page).setInputFiles({
    name: 'deep.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(text),
  });
  await acceptTemplate(page);
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/, { timeout: 30_000 });
  const preview = page.getByRole('region', { name: 'Preview' });
  // Rendered (it may sit below the fold of the preview's scrolling box).
  await expect(preview.getByText('level 30', { exact: true })).toBeAttached({ timeout: 30_000 });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  const { readFile } = await import('node:fs/promises');
  expect(await readFile((await file.path())!, 'utf8')).toContain('- level 30');
});

test('a pathological share link shows a message while the page stays responsive', async ({ page }) => {
  const doc = createDocument(technicalSpec);
  doc.fields.title = 'Slow';
  doc.fields.overview = emphasisBomb();
  const data = encodeShareData(doc);
  expect(data.length).toBeLessThan(4_000);
  await warmUpSharedView(page);
  const alert = page.getByRole('alert');
  await staysResponsive(
    page,
    () => page.goto(`./#/shared/${data}`),
    () => alert.isVisible(),
  );
  await expect(alert).toContainText(
    'This shared document has a paragraph with more than 1,500 * and _ marks',
  );
});

test('a decompression bomb link and an overlong link are refused', async ({ page }) => {
  await warmUpSharedView(page);
  const alert = page.getByRole('alert');
  await staysResponsive(
    page,
    () => page.goto(`./#/shared/${decompressionBombLink()}`),
    () => alert.isVisible(),
  );
  await expect(alert).toContainText('This share link unpacks to more than 2,000,000 characters');
  await page.goto(`./#/shared/${'A'.repeat(40_000)}`);
  await expect(alert).toContainText('This share link is too long (40,000 characters');
});

test('a module that fails to load says so and keeps the pasted text', async ({ page }) => {
  await page.route(/import-worker-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./');
  const pasted = '# Technical Specification: Offline\n\n## 1. Overview\n\nKept.\n';
  await page.getByRole('button', { name: 'Open from text' }).click();
  await page.getByLabel(/Paste the Markdown/).fill(pasted);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText(
    'The part of Specwright that reads Markdown could not be loaded',
    { timeout: 30_000 },
  );
  await expect(page.getByRole('alert')).toContainText('your text is kept');
  await page.getByRole('button', { name: 'Open from text' }).click();
  await expect(page.getByLabel(/Paste the Markdown/)).toHaveValue(pasted);

  // Back online, the same text opens.
  await page.unroute(/import-worker-[\w-]+\.js$/);
  await page.getByRole('button', { name: 'Open', exact: true }).click();
  await acceptTemplate(page);
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/, { timeout: 30_000 });
  await expect(page.getByRole('region', { name: 'Preview' }).getByText('Kept.')).toBeVisible({
    timeout: 30_000,
  });
});
