// What playwright.config.ts and the benchmark launch: the Chromium that `scripts/check-browser.mjs` found and
// proved to start, or, when that step did not run (`npx playwright test` on its own), the first candidate that is
// at least there. Synchronous, because Playwright loads its config synchronously.
import { chromiumCandidates } from './chromium-candidates.mjs';
import { readRecordedChromium } from './chromium-record.mjs';
import { inspectExecutable } from './inspect-executable.mjs';

/** Flags that keep Chromium quiet on a closed network and working as root in a container. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Launch options (executable, flags, environment) for the Chromium the tests and the benchmark use. */
export function chromiumLaunchOptions(env = process.env) {
  const recorded = readRecordedChromium(env);
  if (recorded) {
    return {
      executablePath: recorded.executablePath,
      args: chromiumArgs,
      ...(recorded.env ? { env: { ...env, ...recorded.env } } : {}),
    };
  }
  for (const candidate of chromiumCandidates({ env })) {
    const executablePath = candidate.path();
    if (executablePath && inspectExecutable(executablePath) === 'ok')
      return { executablePath, args: chromiumArgs };
  }
  return { executablePath: undefined, args: chromiumArgs };
}

/** The Chromium executable the tests and the benchmark use, or undefined when there is none. */
export function chromiumPath(env = process.env) {
  return chromiumLaunchOptions(env).executablePath;
}
