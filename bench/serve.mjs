// A static server for the built app (/) and the bench core bundle (/__bench/), uncompressed: the benchmark gzips
// response bodies itself, so the figures do not depend on a server's settings.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const blankPage =
  '<!doctype html><html><head><meta charset="utf-8"><title>bench</title></head><body></body></html>';

// The limit: one plain input whose value a plain element shows as it changes. Nothing a page adds can be faster.
const plainPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain input</title></head><body>
<main><label>Text <input name="plain"></label></main>
<section role="region" aria-label="Preview"><p id="shown"></p></section>
<script>
const input = document.querySelector('input');
const shown = document.getElementById('shown');
input.addEventListener('input', () => { shown.textContent = input.value; });
</script></body></html>`;

/**
 * Serves `appDir` at /, `coreDir` at /__bench/ (with the plain-input page at /__bench/plain.html) and `peerDir`
 * (when built) at /__peer/, on a free port of 127.0.0.1.
 */
export function serve(appDir, coreDir, peerDir) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const page = { '/__bench/blank.html': blankPage, '/__bench/plain.html': plainPage }[url.pathname];
    if (page) {
      res.writeHead(200, { 'content-type': types['.html'] });
      res.end(page);
      return;
    }
    const [base, rel] = url.pathname.startsWith('/__bench/')
      ? [coreDir, url.pathname.slice('/__bench/'.length)]
      : url.pathname.startsWith('/__peer/') && peerDir
        ? [peerDir, url.pathname.slice('/__peer/'.length) || 'index.html']
        : [appDir, url.pathname.slice(1) || 'index.html'];
    const file = path.join(base, path.normalize(decodeURIComponent(rel)));
    if (!file.startsWith(base)) {
      res.writeHead(403).end();
      return;
    }
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new Error('not a file');
      res.writeHead(200, {
        'content-type': types[path.extname(file)] ?? 'application/octet-stream',
        'content-length': info.size,
        'cache-control': 'no-store',
      });
      createReadStream(file).pipe(res);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) });
    });
  });
}
