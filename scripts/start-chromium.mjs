import { chromium } from 'playwright-core';
import { chromiumArgs } from './chromium-path.mjs';

/**
 * Proves that a Chromium really starts: launches it headless with the flags the tests use, opens about:blank and
 * closes it. Resolves to its version; rejects with why it did not start.
 */
export async function startChromium(executablePath, { env, timeout = 60_000 } = {}) {
  const browser = await chromium.launch({
    executablePath,
    args: chromiumArgs,
    headless: true,
    timeout,
    ...(env ? { env: { ...process.env, ...env } } : {}),
  });
  try {
    const page = await browser.newPage();
    await page.goto('about:blank');
    return browser.version();
  } finally {
    await browser.close();
  }
}
