// Runs before the end-to-end tests and the benchmark: finds the first Chromium that really starts, says in one
// line which one it is, and records it for playwright.config.ts and bench/run.mjs. Stops the run when there is none.
import { chromiumCandidates } from './chromium-candidates.mjs';
import { clearRecordedChromium, recordChromium } from './chromium-record.mjs';
import { findChromium } from './find-chromium.mjs';

const choice = await findChromium({ candidates: chromiumCandidates(), log: (line) => console.log(line) });
if (!choice) {
  clearRecordedChromium();
  console.error(
    'No usable Chromium: set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium binary, install one (Debian/Ubuntu: sudo apt-get install chromium), or run `npx playwright install chromium`.',
  );
  process.exit(1);
}
recordChromium(choice);
console.log(`Browser for the tests: ${choice.label}, Chromium ${choice.version} (${choice.executablePath})`);
