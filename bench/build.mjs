// Builds what the benchmark serves, in dist-bench/ (git-ignored) so that it never races with other builds of dist/:
// - dist-bench/app: the app, with the project's own vite.config.ts (the build users get);
// - dist-bench/core: the pure core as one ES module (generator, writer, reader), loaded by the benchmark page;
// - dist-bench/node: the same for Node;
// - dist-bench/peer: the peer page (bench/peers/), with its own dependencies in bench/peers/node_modules.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'vite';

export async function buildBench(root, outRoot) {
  const appDir = path.join(outRoot, 'app');
  const coreDir = path.join(outRoot, 'core');
  const nodeDir = path.join(outRoot, 'node');
  await rm(outRoot, { recursive: true, force: true });
  try {
    execFileSync('npx', ['tsr', 'generate'], { cwd: root, stdio: 'ignore' });
  } catch {
    // The Vite plugin generates the route tree during the build anyway.
  }
  await build({
    root,
    configFile: path.join(root, 'vite.config.ts'),
    logLevel: 'warn',
    // Hidden source maps: the served files are unchanged (no sourceMappingURL), the profiler summary reads the maps.
    build: { outDir: appDir, emptyOutDir: true, sourcemap: 'hidden' },
  });
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: coreDir,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: 'hidden',
      lib: { entry: path.join(root, 'bench/core-entry.mjs'), formats: ['es'], fileName: () => 'core.js' },
    },
  });
  // The same entry for Node (the runner sizes documents with it): dependencies stay in node_modules, resolved with
  // Node's conditions (the browser build of an entity decoder needs a DOM).
  await build({
    root,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    build: {
      outDir: nodeDir,
      emptyOutDir: true,
      target: 'node20',
      ssr: path.join(root, 'bench/core-entry.mjs'),
      rollupOptions: { output: { format: 'es', entryFileNames: 'core.js' } },
    },
  });
  return { appDir, coreDir, nodeDir };
}

/**
 * The app again, in dist-bench/app-no-checks, with the checks feature replaced by nothing (bench/variants/): the
 * "checks off" side of the checks step. Returns { dir } or { na }.
 */
export async function buildWithoutChecks(root, outRoot) {
  const dir = path.join(outRoot, 'app-no-checks');
  try {
    await build({
      root,
      configFile: path.join(root, 'vite.config.ts'),
      logLevel: 'warn',
      resolve: {
        alias: [
          {
            find: /^(\.\.\/)+features\/checks$/,
            replacement: path.join(root, 'bench/variants/no-checks.tsx'),
          },
        ],
      },
      build: { outDir: dir, emptyOutDir: true },
    });
    return { dir };
  } catch (error) {
    return { na: `the build without checks failed: ${String(error?.message ?? error).split('\n')[0]}` };
  }
}

/**
 * Builds the peer page into dist-bench/peer, first installing its pinned dependencies (from its lockfile) into
 * bench/peers/node_modules when they are missing: they never enter the app's package.json or bundle.
 * Returns { dir } or { na } with the reason it could not be built.
 */
export async function buildPeer(root, outRoot) {
  const peerRoot = path.join(root, 'bench/peers');
  const dir = path.join(outRoot, 'peer');
  try {
    if (!existsSync(path.join(peerRoot, 'node_modules/@rjsf/core'))) {
      const lock = existsSync(path.join(peerRoot, 'package-lock.json'));
      execFileSync('npm', [lock ? 'ci' : 'install', '--no-audit', '--no-fund'], {
        cwd: peerRoot,
        stdio: 'ignore',
        timeout: 180_000,
      });
    }
    const { default: react } = await import('@vitejs/plugin-react');
    await build({
      root: peerRoot,
      configFile: false,
      publicDir: false,
      base: './',
      logLevel: 'warn',
      plugins: [react()],
      build: { outDir: dir, emptyOutDir: true },
    });
    return { dir };
  } catch (error) {
    return { na: `the peer did not build: ${String(error?.message ?? error).split('\n')[0]}` };
  }
}
