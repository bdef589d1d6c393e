import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { createDocument, technicalSpec } from '../src/core';
import { encodeShareData } from '../src/features/share/share-link';
import { pixel, startLocalServer } from './fixtures/hardening/local-server';

const slow = { timeout: 30_000 };

/** Every request the page makes to anything but the app itself. */
function outsideRequests(page: Page, appOrigin: string): string[] {
  const seen: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(appOrigin) && !request.url().startsWith('data:')) seen.push(request.url());
  });
  return seen;
}

test('remote images load only after "Load images from <host>", in the shared view and in the preview', async ({
  page,
  baseURL,
}) => {
  const images = await startLocalServer((_, response) => {
    // Never from a cache: every load the page asks for reaches this server.
    response.writeHead(200, { 'content-type': 'image/png', 'cache-control': 'no-store' });
    response.end(pixel);
  });
  try {
    const seen = outsideRequests(page, new URL(baseURL!).origin);
    const doc = createDocument(technicalSpec);
    doc.fields.title = 'With images';
    doc.fields.overview = [
      `Inline ![inline diagram](${images.origin}/inline.png) and by reference ![logo][logo].`,
      '',
      `[logo]: ${images.origin}/reference.png`,
      '',
      '| Screen | Picture |',
      '| --- | --- |',
      `| Home | ![home screen](${images.origin}/cell.png) |`,
    ].join('\n');
    await page.goto(`./#/shared/${encodeShareData(doc)}`);
    const rendered = page.getByRole('tabpanel', { name: 'Rendered' });
    await expect(rendered.getByRole('img', { name: /^Not loaded: / })).toHaveCount(3, slow);
    await expect(
      rendered.getByRole('img', { name: `Not loaded: “home screen” from ${images.host}` }),
    ).toBeVisible();
    expect(images.requests).toEqual([]);
    expect(seen).toEqual([]);

    const load = rendered.getByRole('button', { name: `Load images from ${images.host}` });
    await expect(load).toHaveCount(1);
    await load.click();
    await expect(rendered.locator('img')).toHaveCount(3);
    await expect
      .poll(() => [...images.requests].sort())
      .toEqual(['/cell.png', '/inline.png', '/reference.png']);

    // The editor's preview holds them back the same way.
    images.requests.length = 0;
    await page.getByRole('button', { name: 'Edit a copy' }).click();
    await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/, slow);
    // A new page: the images the shared view loaded are not in its memory.
    await page.reload();
    const preview = page.getByRole('region', { name: 'Preview' });
    await expect(preview.getByRole('img', { name: /^Not loaded: / })).toHaveCount(3, slow);
    expect(images.requests).toEqual([]);
    await preview.getByRole('button', { name: `Load images from ${images.host}` }).click();
    await expect.poll(() => images.requests.length).toBeGreaterThan(0);
  } finally {
    await images.close();
  }
});

test('the shared view renders the document, with Rendered and Markdown tabs, and downloads it', async ({
  page,
}) => {
  const doc = createDocument(technicalSpec);
  doc.fields.title = 'Payment Gateway';
  doc.fields.overview = 'Card payments with **strong** customer authentication.';
  await page.goto(`./#/shared/${encodeShareData(doc)}`);
  const tabs = page.getByRole('tablist', { name: 'Shared document format' });
  await expect(tabs.getByRole('tab', { name: 'Rendered' })).toHaveAttribute('aria-selected', 'true', slow);
  const rendered = page.getByRole('tabpanel', { name: 'Rendered' });
  await expect(rendered.getByRole('heading', { name: '1. Overview' })).toBeVisible();
  await expect(rendered.locator('strong')).toHaveText('strong');
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  await tabs.getByRole('tab', { name: 'Rendered' }).press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Markdown' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Markdown' })).toContainText(
    'Card payments with **strong** customer authentication.',
  );
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  expect(file.suggestedFilename()).toBe('Payment Gateway.md');
});

test('Open from URL opens a Markdown file from a server that allows it, and says why when it cannot', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const spec = '# Technical Specification: Fetched Spec\n\n## 1. Overview\n\nDownloaded from a link.\n';
  const server = await startLocalServer((request, response) => {
    const cors = { 'access-control-allow-origin': '*' };
    if (request.url === '/spec.md') {
      response.writeHead(200, { ...cors, 'content-type': 'text/plain; charset=utf-8' });
      response.end(spec);
    } else if (request.url === '/page.html') {
      response.writeHead(200, { ...cors, 'content-type': 'text/html' });
      response.end('<!doctype html><p>a page</p>');
    } else if (request.url === '/no-cors.md') {
      response.writeHead(200, { 'content-type': 'text/markdown' });
      response.end(spec);
    } else {
      response.writeHead(404, cors);
      response.end('not found');
    }
  });
  try {
    await page.goto('./');
    await page.getByRole('button', { name: 'Open from URL' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open from URL' });
    const address = dialog.getByRole('textbox', { name: 'Address of a Markdown file' });
    expect(server.requests).toEqual([]);
    expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations).toEqual([]);

    await address.fill(`${server.origin}/missing.md`);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('There is no file at this address', slow);

    await address.fill(`${server.origin}/no-cors.md`);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText(
      'does not allow other sites to read this file',
      slow,
    );

    await address.fill(`${server.origin}/page.html`);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    await expect(dialog.getByRole('alert')).toContainText('gives a web page, not a Markdown file', slow);

    await address.fill(`${server.origin}/spec.md`);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    // Opened at once, or after confirming the template when the reader is not sure.
    const choose = page.getByRole('button', { name: 'Open with this template' });
    await Promise.race([choose.waitFor(slow), page.waitForURL(/#\/edit\//, slow)]);
    if (await choose.isVisible()) await choose.click();
    await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/, slow);
    await expect(
      page.getByRole('region', { name: 'Preview' }).getByText('Downloaded from a link.'),
    ).toBeAttached(slow);
  } finally {
    await server.close();
  }
});

test('the app works under its Content-Security-Policy with no violation', async ({ page }) => {
  test.setTimeout(120_000);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as { cspViolations?: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await page.goto('./');
  await page.getByRole('link', { name: 'New Technical Specification' }).click();
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Under the policy');
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: '1. Overview' })).toBeVisible(slow);
  const doc = createDocument(technicalSpec);
  doc.fields.title = 'Shared under the policy';
  await page.goto(`./#/shared/${encodeShareData(doc)}`);
  await expect(
    page.getByRole('tabpanel', { name: 'Rendered' }).getByRole('heading', { name: '1. Overview' }),
  ).toBeVisible(slow);
  expect(await page.evaluate(() => (window as { cspViolations?: string[] }).cspViolations)).toEqual([]);
});
