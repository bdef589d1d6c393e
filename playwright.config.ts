import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './scripts/chromium-path.mjs';

// The browser `scripts/check-browser.mjs` found and proved to start (see there for the order).
const launchOptions = chromiumLaunchOptions();
// Overridable so that several builds can be tested side by side; `npm test` uses the defaults.
const port = Number(process.env.E2E_PORT ?? 4173);
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    // A trace records the page before and after every action, which made the suite 40% slower on 2 cores; a failing
    // test prints its error and call log anyway. E2E_TRACE=1 keeps a trace of each failure to open in the trace viewer.
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'off',
    acceptDownloads: true,
    // Every test starts in a new browser profile, where the app's service worker would precache the whole build
    // (2.6 MB) again. Only the tests of offline use and updates need it; they allow it (static-offline, update-prompt).
    serviceWorkers: 'block',
    ...devices['Desktop Chrome'],
    launchOptions,
  },
  webServer: {
    // Serves the build `npm run test:e2e` just made, exactly as `npm start` does.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
