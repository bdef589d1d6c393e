import { expect, test } from '@playwright/test';
import { serveSubpath } from '../scripts/serve-subpath.mjs';
import { encodeShareData } from '../src/features/share/share-link';
import { draftsList, storedDraft } from './drafts-helpers';

// The build served under a sub-path by a plain static server with no rewrites, as on a shared host.
let server: { url: string; close: () => Promise<void> };

test.beforeAll(async () => {
  server = await serveSubpath({ dir: process.env.E2E_DIST ?? 'dist', prefix: '/tools/specs/' });
});

test.afterAll(async () => {
  await server?.close();
});

test('the build works from a sub-path with no server rewrites', async ({ page, request }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  // Nothing is served at the root: the app must not reach for it.
  expect((await request.get(new URL('/', server.url).href)).status()).toBe(404);

  await page.goto(server.url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a spec');
  await expect(page.getByRole('heading', { name: 'Drafts' })).toBeVisible();

  // A new document is created, written and reloaded there.
  await page.getByRole('link', { name: 'New Feature Specification' }).click();
  await expect(page).toHaveURL(new RegExp(`^${server.url}#/edit/[^/]+/header$`));
  await page.getByLabel('Feature name').fill('Hosted feature');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hosted feature');
  await page.reload();
  await expect(page.getByLabel('Feature name')).toHaveValue('Hosted feature');

  // A shared document opens there, and becomes a draft there.
  const { doc } = storedDraft('x', 'technical-spec', 'Hosted spec', Date.now());
  await page.goto(`${server.url}#/shared/${encodeShareData(doc)}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hosted spec');
  await page.getByRole('button', { name: 'Edit a copy' }).click();
  await expect(page).toHaveURL(new RegExp(`^${server.url}#/edit/[^/]+/header$`));
  await page.goto(server.url);
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
  await page.reload();
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);

  // The manifest and the service worker resolve under the sub-path too.
  const manifest = await request.get(new URL('manifest.webmanifest', server.url).href);
  expect(manifest.ok()).toBe(true);
  expect((await request.get(new URL('sw.js', server.url).href)).ok()).toBe(true);
  expect(failures).toEqual([]);
});
