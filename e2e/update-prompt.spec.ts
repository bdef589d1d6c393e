import { appendFileSync, cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from '@playwright/test';
import { startLocalServer } from './fixtures/hardening/local-server';

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
};

// This test is about the service worker, which the other tests block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });

test('a new version waits for "Reload" and never reloads a tab with a document open', async ({ browser }) => {
  test.setTimeout(120_000);
  // A copy of the build on its own server, so the test can publish a "new version" of the service worker.
  const root = mkdtempSync(join(tmpdir(), 'specwright-update-'));
  cpSync('dist', root, { recursive: true });
  const server = await startLocalServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
    try {
      const body = readFileSync(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
      response.end(body);
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  const context = await browser.newContext({ serviceWorkers: 'allow' });
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await page.waitForFunction(() => navigator.serviceWorker?.controller != null, undefined, {
      timeout: 30_000,
    });
    await page.getByRole('link', { name: 'New Technical Specification' }).click();
    const title = page.getByRole('textbox', { name: 'Title', exact: true });
    await title.fill('Work in progress');
    await page.evaluate(() => {
      (window as { sameDocument?: boolean }).sameDocument = true;
    });

    appendFileSync(join(root, 'sw.js'), '\n// a new version\n');
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
    await expect(prompt).toBeVisible({ timeout: 30_000 });
    // Installed and waiting, and this tab was left alone: same document, same text.
    expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await expect(title).toHaveValue('Work in progress');

    await prompt.getByRole('button', { name: 'Reload' }).click();
    await page.waitForFunction(() => !(window as { sameDocument?: boolean }).sameDocument, undefined, {
      timeout: 30_000,
    });
    await expect(title).toHaveValue('Work in progress', { timeout: 30_000 });
    await expect(page.getByRole('status').filter({ hasText: 'A new version is ready' })).toHaveCount(0);
  } finally {
    await context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  }
});
