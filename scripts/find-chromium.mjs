import { inspectExecutable } from './inspect-executable.mjs';
import { startChromium } from './start-chromium.mjs';

/** One line out of a launch error: the browser's own complaint if it printed one, else the error's first line. */
export function launchFailure(error) {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: Playwright colours its call log.
  const text = String(error?.message ?? error).replace(/\u001b\[[0-9;]*m/g, '');
  const complaint = text.split('\n').find((line) => /^\[pid=\d+\]\[err\]/.test(line));
  const line = complaint ? complaint.replace(/^\[pid=\d+\]\[err\]\s*/, '') : text.split('\n')[0];
  return line.replace(/^browserType\.launch:\s*/, '').trim();
}

/**
 * The first candidate that really starts, as { label, executablePath, version, env? }, or undefined. A candidate
 * that is absent is passed over in silence (unless the user named it); one that is there but cannot be used gets
 * one line through `log` saying why. `start` and `inspect` are injectable so the order can be tested without a
 * browser.
 */
export async function findChromium({ candidates, start = startChromium, inspect = inspectExecutable, log }) {
  const tried = new Set();
  for (const candidate of candidates) {
    let found;
    try {
      found = await (candidate.prepare ?? candidate.path)();
    } catch (error) {
      log(`Skipping ${candidate.label}: could not prepare it (${launchFailure(error)})`);
      continue;
    }
    const { executablePath, fallbackEnv } =
      typeof found === 'string' ? { executablePath: found } : (found ?? {});
    if (!executablePath || tried.has(executablePath)) continue;
    tried.add(executablePath);
    const state = inspect(executablePath);
    if (state === 'missing') {
      if (candidate.explicit) log(`Skipping ${candidate.label} (${executablePath}): no such file`);
      continue;
    }
    if (state !== 'ok') {
      log(`Skipping ${candidate.label} (${executablePath}): not an executable file`);
      continue;
    }
    let failure;
    for (const env of fallbackEnv ? [undefined, fallbackEnv] : [undefined]) {
      try {
        const version = await start(executablePath, env ? { env } : {});
        return { label: candidate.label, executablePath, version, ...(env ? { env } : {}) };
      } catch (error) {
        failure ??= launchFailure(error);
      }
    }
    log(`Skipping ${candidate.label} (${executablePath}): it did not start (${failure})`);
  }
  return undefined;
}
