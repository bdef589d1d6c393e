// Where a Chromium for the tests may be, best first: the one asked for, the system's, Playwright's own download,
// and last the build that @sparticuz/chromium ships inside its npm package, so that `npm ci` alone brings one.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { cacheDir } from './chromium-record.mjs';

/** Linux paths of a system Chromium or Chrome (Debian, Ubuntu, Google's packages), in order of preference. */
export const systemChromiumPaths = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/**
 * The candidates, in order. Each has a label, `path()` (synchronous: where it is if it is already there) and,
 * for the npm build, `prepare()` (asynchronous: unpack it first). `explicit` marks the one the user named, whose
 * absence is worth a line.
 */
export function chromiumCandidates({ env = process.env } = {}) {
  const requested = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
  return [
    ...(requested
      ? [{ label: 'PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH', explicit: true, path: () => requested }]
      : []),
    ...systemChromiumPaths.map((p) => ({ label: 'system Chromium', path: () => p })),
    { label: "Playwright's Chromium", path: playwrightChromiumPath },
    {
      label: '@sparticuz/chromium (npm)',
      path: () => unpackedSparticuz()?.executablePath,
      prepare: unpackSparticuz,
    },
  ];
}

function playwrightChromiumPath() {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** The installed @sparticuz/chromium package, or undefined where it is not installed or ships nothing. */
function sparticuzPackage() {
  // It ships a Linux x64 build only.
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  let entry;
  try {
    entry = fileURLToPath(import.meta.resolve('@sparticuz/chromium'));
  } catch {
    return undefined;
  }
  const dir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { entry, bin: path.join(dir, 'bin'), version };
}

function sparticuzTarget(version) {
  const dir = path.join(cacheDir, `sparticuz-chromium-${version}`);
  return {
    dir,
    executablePath: path.join(dir, 'chromium'),
    // The package's own copies of NSS and friends, for a machine that has none (tried only if a plain start fails).
    fallbackEnv: { LD_LIBRARY_PATH: path.join(dir, 'al2023', 'lib') },
  };
}

function unpackedSparticuz() {
  const pkg = sparticuzPackage();
  if (!pkg) return undefined;
  const target = sparticuzTarget(pkg.version);
  return existsSync(target.executablePath) ? target : undefined;
}

/**
 * Unpacks the npm Chromium into this checkout's node_modules/.cache (not /tmp, which other checkouts share), once:
 * into a private staging folder renamed into place, so that two runs at the same time never see half a binary.
 */
async function unpackSparticuz() {
  const pkg = sparticuzPackage();
  if (!pkg) return undefined;
  const target = sparticuzTarget(pkg.version);
  if (existsSync(target.executablePath)) return target;
  const staging = `${target.dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  const { default: sparticuz, inflate } = await import(pkg.entry);
  // The package unpacks into os.tmpdir(), which follows TMPDIR at each call.
  const tmpdir = process.env.TMPDIR;
  process.env.TMPDIR = staging;
  try {
    await sparticuz.executablePath(pkg.bin);
    await inflate(path.join(pkg.bin, 'al2023.tar.br'));
  } finally {
    if (tmpdir === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = tmpdir;
  }
  try {
    renameSync(staging, target.dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another run got there first; its copy is as good as ours.
    if (!existsSync(target.executablePath)) throw error;
  }
  return target;
}
