// Stops the test run early, in one line, when no Chromium can be found.
import { chromiumPath } from './chromium-path.mjs';

if (!chromiumPath()) {
  console.error(
    'No Chromium found: install it (Debian/Ubuntu: sudo apt-get install chromium) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH to a Chromium binary.',
  );
  process.exit(1);
}
