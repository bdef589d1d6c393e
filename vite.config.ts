import { availableParallelism } from 'node:os';
import { tanstackRouter } from '@tanstack/router-plugin/vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { defineConfig } from 'vitest/config';

// The Content-Security-Policy in index.html forbids inline scripts, which the development server's hot reload needs:
// it applies to the build (and `vite preview`), and `vite dev` serves the page without it.
const devWithoutCsp: Plugin = {
  name: 'specwright:dev-without-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, ''),
};

export default defineConfig({
  // Relative asset URLs: the built dist/ works from any static host and any sub-path, no rewrites needed.
  base: './',
  plugins: [
    tanstackRouter({ target: 'react', autoCodeSplitting: true }),
    react(),
    devWithoutCsp,
    VitePWA({
      // A new version waits until the user presses "Reload" in the prompt (src/features/update): never a reload of a
      // tab with unsaved state.
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Specwright',
        short_name: 'Specwright',
        description: 'Write specs from Markdown templates through guided forms.',
        theme_color: '#1f3a5f',
        background_color: '#ffffff',
        display: 'standalone',
        start_url: './',
        scope: './',
        icons: [
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app needs is precached on the first visit, so it starts offline from then on.
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        // Hash history: the only page is index.html, so no navigation fallback (and no server rewrites) is needed.
        navigateFallback: null,
        // The first visit is controlled as soon as the worker is active (so it works offline at once). An update does
        // not skip waiting: it activates only on the prompt's "Reload".
        clientsClaim: true,
        skipWaiting: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.mjs'],
    environment: 'node',
    setupFiles: ['./src/test-setup.ts'],
    // Vitest leaves a core for itself by default, which on a 2-core machine means one worker. The files are pure or
    // clean up after themselves (restoreMocks undoes every spy), so they share workers without re-importing the
    // app's modules for each file: `npm test` stays within its 10 minutes on 2 cores.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    isolate: false,
    restoreMocks: true,
  },
});
