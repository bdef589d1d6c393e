import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { chromiumCandidates, systemChromiumPaths } from './chromium-candidates.mjs';
import { readRecordedChromium, recordChromium } from './chromium-record.mjs';
import { findChromium, launchFailure } from './find-chromium.mjs';
import { inspectExecutable } from './inspect-executable.mjs';
import { startChromium } from './start-chromium.mjs';

const scratch = mkdtempSync(path.join(tmpdir(), 'find-chromium-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function file(name, content, mode) {
  const at = path.join(scratch, name);
  writeFileSync(at, content);
  chmodSync(at, mode);
  return at;
}

/** Fake browsers: `starts` maps a path to its version; any other path fails to start like a broken binary. */
function fakeStart(starts) {
  const calls = [];
  const start = async (executablePath, options) => {
    calls.push({ executablePath, env: options.env });
    const version = starts[executablePath];
    if (typeof version === 'function') return version(options);
    if (version) return version;
    throw new Error(
      `browserType.launch: Target page, context or browser has been closed\nBrowser logs:\n\n<launched> pid=1\n[pid=1][err] ${executablePath}: cannot execute binary file`,
    );
  };
  return { start, calls };
}

const candidate = (label, at, extra = {}) => ({ label, path: () => at, ...extra });
const everythingThere = () => 'ok';

async function find(candidates, starts, inspect = everythingThere) {
  const lines = [];
  const { start, calls } = fakeStart(starts);
  const choice = await findChromium({ candidates, start, inspect, log: (line) => lines.push(line) });
  return { choice, lines, calls };
}

describe('findChromium', () => {
  it('keeps the first candidate in order that starts, and tries nothing after it', async () => {
    let prepared = false;
    const { choice, lines, calls } = await find(
      [
        candidate('system Chromium', '/usr/bin/chromium'),
        candidate("Playwright's Chromium", '/cache/chrome'),
        {
          label: 'npm',
          path: () => undefined,
          prepare: async () => {
            prepared = true;
            return '/npm/chromium';
          },
        },
      ],
      { '/usr/bin/chromium': '156.0', '/cache/chrome': '150.0', '/npm/chromium': '153.0' },
    );
    expect(choice).toEqual({
      label: 'system Chromium',
      executablePath: '/usr/bin/chromium',
      version: '156.0',
    });
    expect(calls.map((c) => c.executablePath)).toEqual(['/usr/bin/chromium']);
    expect(prepared).toBe(false);
    expect(lines).toEqual([]);
  });

  it('skips a browser that is there but does not start, with one line saying why', async () => {
    const { choice, lines } = await find(
      [
        candidate('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', '/opt/broken', { explicit: true }),
        candidate('system Chromium', '/usr/bin/chromium'),
      ],
      { '/usr/bin/chromium': '156.0' },
    );
    expect(choice?.executablePath).toBe('/usr/bin/chromium');
    expect(lines).toEqual([
      'Skipping PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH (/opt/broken): it did not start (/opt/broken: cannot execute binary file)',
    ]);
  });

  it('passes over absent browsers in silence, except the one the user named', async () => {
    const missing = () => 'missing';
    const { choice, lines, calls } = await find(
      [
        candidate('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', '/nowhere/chrome', { explicit: true }),
        candidate('system Chromium', '/usr/bin/chromium'),
        candidate("Playwright's Chromium", undefined),
      ],
      {},
      missing,
    );
    expect(choice).toBeUndefined();
    expect(calls).toEqual([]);
    expect(lines).toEqual(['Skipping PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH (/nowhere/chrome): no such file']);
  });

  it('skips a path that is there but is not an executable file without trying to start it', async () => {
    const plain = file('not-executable', '#!/bin/sh\n', 0o644);
    const runnable = file('runnable', '#!/bin/sh\n', 0o755);
    const { choice, lines, calls } = await find(
      [
        candidate('system Chromium', '/dev/null'),
        candidate('system Chromium', scratch),
        candidate('system Chromium', plain),
        candidate("Playwright's Chromium", runnable),
      ],
      { [runnable]: '150.0' },
      inspectExecutable,
    );
    expect(choice?.executablePath).toBe(runnable);
    expect(calls.map((c) => c.executablePath)).toEqual([runnable]);
    expect(lines).toEqual([
      'Skipping system Chromium (/dev/null): not an executable file',
      `Skipping system Chromium (${scratch}): not an executable file`,
      `Skipping system Chromium (${plain}): not an executable file`,
    ]);
  });

  it("retries with the candidate's fallback environment, and keeps it with the choice", async () => {
    const fallbackEnv = { LD_LIBRARY_PATH: '/npm/lib' };
    const { choice, calls, lines } = await find(
      [
        {
          label: 'npm',
          path: () => undefined,
          prepare: async () => ({ executablePath: '/npm/chromium', fallbackEnv }),
        },
      ],
      {
        '/npm/chromium': ({ env }) => {
          if (!env) throw new Error('[pid=2][err] error while loading shared libraries: libnss3.so');
          return '153.0';
        },
      },
    );
    expect(calls).toEqual([
      { executablePath: '/npm/chromium', env: undefined },
      { executablePath: '/npm/chromium', env: fallbackEnv },
    ]);
    expect(choice).toEqual({
      label: 'npm',
      executablePath: '/npm/chromium',
      version: '153.0',
      env: fallbackEnv,
    });
    expect(lines).toEqual([]);
  });

  it('goes on to the next candidate when one cannot be prepared', async () => {
    const { choice, lines } = await find(
      [
        {
          label: 'npm',
          path: () => undefined,
          prepare: async () => {
            throw new Error('ENOSPC: no space left on device');
          },
        },
        candidate('last', '/last/chrome'),
      ],
      { '/last/chrome': '1.0' },
    );
    expect(choice?.label).toBe('last');
    expect(lines).toEqual(['Skipping npm: could not prepare it (ENOSPC: no space left on device)']);
  });

  it('tries a path named twice only once', async () => {
    const { choice, calls, lines } = await find(
      [
        candidate('PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', '/usr/bin/chromium', { explicit: true }),
        candidate('system Chromium', '/usr/bin/chromium'),
      ],
      {},
    );
    expect(choice).toBeUndefined();
    expect(calls).toHaveLength(1);
    expect(lines).toHaveLength(1);
  });
});

describe('startChromium', () => {
  it('rejects an executable that is not a browser, with what it printed', async () => {
    const impostor = file('impostor', '#!/bin/sh\necho "not a browser, sorry" >&2\nexit 3\n', 0o755);
    const error = await startChromium(impostor, { timeout: 30_000 }).then(
      () => undefined,
      (e) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(launchFailure(error)).toBe('not a browser, sorry');
  }, 60_000);
});

describe('chromiumCandidates', () => {
  it('orders the named browser, the system ones, Playwright’s, then the npm build', () => {
    const labels = chromiumCandidates({ env: { PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/c' } }).map(
      (c) => c.label,
    );
    expect(labels).toEqual([
      'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH',
      ...systemChromiumPaths.map(() => 'system Chromium'),
      "Playwright's Chromium",
      '@sparticuz/chromium (npm)',
    ]);
    expect(chromiumCandidates({ env: {} })[0]?.path()).toBe('/usr/bin/chromium');
  });
});

describe('the recorded choice', () => {
  const record = path.join(scratch, 'cache', 'chromium.json');
  const browser = file('browser', '#!/bin/sh\n', 0o755);

  it('is read back under the same PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH, and not under another', () => {
    recordChromium({ label: 'system Chromium', executablePath: browser, version: '1' }, {}, record);
    expect(readRecordedChromium({}, record)?.executablePath).toBe(browser);
    expect(readRecordedChromium({ PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH: '/opt/c' }, record)).toBeUndefined();
  });

  it('is ignored once its browser has gone', () => {
    const gone = file('gone', '#!/bin/sh\n', 0o755);
    recordChromium({ label: 'x', executablePath: gone, version: '1' }, {}, record);
    rmSync(gone);
    expect(readRecordedChromium({}, record)).toBeUndefined();
  });
});
