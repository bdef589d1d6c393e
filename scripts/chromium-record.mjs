// The pre-step (check-browser.mjs) is asynchronous and runs in its own process; Playwright's config and the
// benchmark read its choice from this small file instead of looking again.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspectExecutable } from './inspect-executable.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Where this checkout keeps what it derives at run time (the unpacked npm Chromium, the recorded choice). */
export const cacheDir = path.join(root, 'node_modules', '.cache', 'specwright');

const recordFile = path.join(cacheDir, 'chromium.json');

/** Remembers the browser that was found, and under which explicit request, for the processes that follow. */
export function recordChromium(choice, env = process.env, file = recordFile) {
  mkdirSync(path.dirname(file), { recursive: true });
  const record = { ...choice, requested: env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ?? null };
  writeFileSync(file, `${JSON.stringify(record, null, 2)}\n`);
}

/** Forgets the recorded browser, so that a failed lookup never leaves an old choice behind. */
export function clearRecordedChromium(file = recordFile) {
  rmSync(file, { force: true });
}

/**
 * The recorded browser, or undefined when there is none, when it was found under another
 * PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH than the current one, or when its executable has gone since.
 */
export function readRecordedChromium(env = process.env, file = recordFile) {
  let record;
  try {
    record = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
  if (typeof record?.executablePath !== 'string') return undefined;
  if (record.requested !== (env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH ?? null)) return undefined;
  if (inspectExecutable(record.executablePath) !== 'ok') return undefined;
  return record;
}
