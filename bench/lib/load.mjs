// Load: JS + CSS of the home page, and of everything until a new document's editor accepts input.
import { recordAssets, totalKb } from './assets.mjs';

/** A text input (or textarea) of the main region that can take input now. */
export const editableSelector = [
  'main input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit]):not([disabled]):not([readonly])',
  'main textarea:not([disabled]):not([readonly])',
  'main [contenteditable=true]',
].join(', ');

/** Measures the home page: JS + CSS gzipped, loaded until `load` and then network idle. */
export async function measureHome(browser, baseUrl) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    return await loadHome(await context.newPage(), baseUrl);
  } finally {
    await context.close();
  }
}

/**
 * The home page of someone who has drafts: a new document is opened first (the app keeps it as a draft), then the
 * home page is loaded in a new page of the same profile, with the HTTP cache off so every asset is counted.
 */
export async function measureHomeWithDrafts(browser, baseUrl, templateId = 'feature-spec') {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const first = await context.newPage();
    await first.goto(`${baseUrl}/#/new/${templateId}`, { waitUntil: 'load' });
    await first.waitForFunction(() => location.hash.startsWith('#/edit/'), null, { timeout: 15_000 });
    await first.waitForTimeout(1000);
    await first.close();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    return await loadHome(page, baseUrl, () =>
      page.getByRole('list', { name: 'Drafts' }).getByRole('listitem').first().waitFor({ timeout: 15_000 }),
    );
  } finally {
    await context.close();
  }
}

/** Loads the home page in `page` and counts its JS + CSS until `load`, `ready` (if given), then network idle. */
async function loadHome(page, baseUrl, ready = async () => {}) {
  const assets = recordAssets(page);
  await page.goto(`${baseUrl}/`, { waitUntil: 'load' });
  await ready();
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(300);
  const list = await assets.list();
  return { kb: totalKb(list), assets: list };
}

/**
 * Opens `#/new/feature-spec` in a fresh context and waits until a text field of the editor is enabled and visible.
 * The time is read in the page (performance.now() from navigation start); the assets counted are those whose
 * resource timing ended by then.
 */
export async function measureNewEditor(browser, baseUrl, templateId = 'feature-spec') {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.addInitScript((selector) => {
      const check = () => {
        if (window.__benchReady !== undefined) return true;
        for (const el of document.querySelectorAll(selector)) {
          if (el.offsetParent !== null || el.getClientRects().length > 0) {
            window.__benchReady = performance.now();
            window.__benchReadyHash = location.hash;
            return true;
          }
        }
        return false;
      };
      const observer = new MutationObserver(() => {
        if (check()) observer.disconnect();
      });
      document.addEventListener('DOMContentLoaded', () => {
        if (!check()) observer.observe(document.body, { childList: true, subtree: true, attributes: true });
      });
    }, editableSelector);
    const assets = recordAssets(page);
    await page.goto(`${baseUrl}/#/new/${templateId}`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(() => window.__benchReady !== undefined, null, { timeout: 15_000 });
    } catch {
      const hash = await page.evaluate(() => location.hash);
      return { na: `no editable text field appeared within 15 s (at ${hash || '#/'})` };
    }
    const { ready, hash, loadedBefore } = await page.evaluate(() => ({
      ready: window.__benchReady,
      hash: window.__benchReadyHash,
      loadedBefore: performance
        .getEntriesByType('resource')
        .filter((e) => e.responseEnd <= window.__benchReady)
        .map((e) => e.name),
    }));
    const before = new Set(loadedBefore);
    const list = (await assets.list()).filter((a) => before.has(a.url));
    return { kb: totalKb(list), ms: ready, hash, assets: list };
  } finally {
    await context.close();
  }
}
