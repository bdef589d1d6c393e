// Records the JavaScript and CSS a page loads, with each body's size gzipped here (zlib, level 9), so the figures
// do not depend on how a host compresses.
import { gzipSync } from 'node:zlib';

/** Starts recording the page's JS and CSS responses. */
export function recordAssets(page) {
  const assets = [];
  const pending = new Set();
  page.on('response', (response) => {
    const type = response.request().resourceType();
    const url = response.url();
    const isAsset =
      type === 'script' || type === 'stylesheet' || /\.(m?js|css)(\?|$)/.test(new URL(url).pathname);
    if (!isAsset || response.status() >= 400) return;
    const task = response
      .body()
      .then((body) => {
        assets.push({
          url,
          kind: type === 'stylesheet' || url.endsWith('.css') ? 'css' : 'js',
          bytes: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        });
      })
      .catch(() => {})
      .finally(() => pending.delete(task));
    pending.add(task);
  });
  return {
    /** Every asset recorded so far (waits for bodies still being read). */
    async list() {
      await Promise.all([...pending]);
      return [...assets];
    },
  };
}

/** Sum of gzipped sizes, in KB (1 KB = 1024 bytes). */
export function totalKb(assets) {
  return assets.reduce((sum, a) => sum + a.gzip, 0) / 1024;
}
