// `npm run bench`: builds the app into dist-bench/, serves it, measures it in headless Chromium, prints a table
// and writes bench/results.json. Every figure degrades to "n/a (reason)" when the piece it needs is missing.
// Beside the app, in the same browser and run: a plain-input page (the limit) and a peer (bench/peers/, a
// react-jsonschema-form page editing the same large document); figures are also given as ratios to both.
// Options: --skip-build (reuse dist-bench/), --keys <n> (presses per document, default 200), --only <a,b> (steps:
// load, typing, open, checks; memory and section switches are part of typing; plain and peer run with typing).
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/chromium-path.mjs';
import { buildBench, buildPeer, buildWithoutChecks } from './build.mjs';
import { recordAssets, totalKb } from './lib/assets.mjs';
import { breakdownAssets, editorSources } from './lib/bundle-breakdown.mjs';
import { measureHome, measureHomeWithDrafts, measureNewEditor } from './lib/load.mjs';
import { openInEditor, waitForEditor } from './lib/open-document.mjs';
import { documentOfSize, profileCoreInBrowser, timeCoreInBrowser } from './lib/open-export.mjs';
import { profileWhile, summariseProfile } from './lib/profile.mjs';
import { traceWhile } from './lib/trace.mjs';
import { measureTyping, thinkingPattern, typeLetters } from './lib/typing.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outRoot = path.join(root, 'dist-bench');
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : fallback;
};
const keys = Number(option('keys', 200));
const only = option('only', 'load,typing,open,checks').split(',');

/**
 * The budgets of issue 11. `max` is inclusive; `maxOver` is a budget relative to another figure of the same run
 * (`{ id, plus }`: that figure plus `plus`, or `{ id, times }`: that figure times `times`). `plain` and `peer` name the
 * figures of the plain-input page and of the peer this one is compared with.
 */
const budgets = {
  homeKb: { label: 'Home page JS + CSS, gzipped', unit: 'KB', max: 100, peer: 'peerKb' },
  homeWithDraftsKb: { label: 'Home page JS + CSS, gzipped, with a draft stored', unit: 'KB' },
  homeEditorSources: {
    label: 'Editor, reader, writer and preview sources on the home page, with a draft stored',
    unit: 'files',
    max: 0,
  },
  editorKb: {
    label: 'Everything until a new editor accepts input, gzipped',
    unit: 'KB',
    max: 160,
    peer: 'peerKb',
  },
  editorMs: { label: 'Time until a new editor accepts input', unit: 'ms' },
  plainFrameP50: { label: 'Plain input: key press to next frame, p50', unit: 'ms' },
  plainFrameP95: { label: 'Plain input: key press to next frame, p95', unit: 'ms' },
  plainPreviewP50: { label: 'Plain input: key press to text shown, p50', unit: 'ms' },
  plainPreviewP95: { label: 'Plain input: key press to text shown, p95', unit: 'ms' },
  plainLongestTask: { label: 'Plain input: longest task while typing', unit: 'ms' },
  peerKb: { label: 'Peer (rjsf): page JS + CSS, gzipped', unit: 'KB' },
  peerFrameP50: { label: 'Peer (rjsf), large: key press to next frame, p50', unit: 'ms' },
  peerFrameP95: { label: 'Peer (rjsf), large: key press to next frame, p95', unit: 'ms' },
  peerPreviewP50: { label: 'Peer (rjsf), large: key press to preview updated, p50', unit: 'ms' },
  peerPreviewP95: { label: 'Peer (rjsf), large: key press to preview updated, p95', unit: 'ms' },
  peerLongestTask: { label: 'Peer (rjsf), large: longest task while typing', unit: 'ms' },
  smallFrameP50: { label: 'Key press to next frame, small, p50', unit: 'ms', plain: 'plainFrameP50' },
  smallFrameP95: { label: 'Key press to next frame, small, p95', unit: 'ms', plain: 'plainFrameP95' },
  smallPreviewP50: {
    label: 'Key press to preview updated, small, p50',
    unit: 'ms',
    plain: 'plainPreviewP50',
  },
  smallPreviewP95: {
    label: 'Key press to preview updated, small, p95',
    unit: 'ms',
    plain: 'plainPreviewP95',
  },
  largeFrameP50: {
    label: 'Key press to next frame, large, p50',
    unit: 'ms',
    plain: 'plainFrameP50',
    peer: 'peerFrameP50',
  },
  largeFrameP95: {
    label: 'Key press to next frame, large, p95',
    unit: 'ms',
    maxOver: { id: 'plainFrameP95', plus: 8 },
    plain: 'plainFrameP95',
    peer: 'peerFrameP95',
  },
  largePreviewP50: {
    label: 'Key press to preview updated, large, p50',
    unit: 'ms',
    plain: 'plainPreviewP50',
    peer: 'peerPreviewP50',
  },
  largePreviewP95: {
    label: 'Key press to preview updated, large, p95',
    unit: 'ms',
    max: 50,
    plain: 'plainPreviewP95',
    peer: 'peerPreviewP95',
  },
  largeLongestTask: {
    label: 'Longest task while typing, large',
    unit: 'ms',
    max: 50,
    plain: 'plainLongestTask',
    peer: 'peerLongestTask',
  },
  largeSwitchMs: {
    label: 'Switch section, large: click to first field accepting input',
    unit: 'ms',
    max: 100,
  },
  hugeFrameP50: { label: 'Key press to next frame, huge, p50', unit: 'ms', plain: 'plainFrameP50' },
  hugeFrameP95: {
    label: 'Key press to next frame, huge, p95',
    unit: 'ms',
    maxOver: { id: 'plainFrameP95', plus: 8 },
    plain: 'plainFrameP95',
  },
  hugePreviewP50: { label: 'Key press to preview updated, huge, p50', unit: 'ms', plain: 'plainPreviewP50' },
  hugePreviewP95: {
    label: 'Key press to preview updated, huge, p95',
    unit: 'ms',
    max: 100,
    plain: 'plainPreviewP95',
  },
  hugeLongestTask: {
    label: 'Longest task while typing, huge',
    unit: 'ms',
    max: 50,
    plain: 'plainLongestTask',
  },
  hugeSwitchMs: { label: 'Switch section, huge: click to first field accepting input', unit: 'ms', max: 100 },
  remark100Ms: { label: 'Remark alone parses the 100 KB spec', unit: 'ms' },
  remark1MbMs: { label: 'Remark alone parses the 1 MB spec', unit: 'ms' },
  open100Ms: { label: 'Open a 100 KB spec', unit: 'ms', maxOver: { id: 'remark100Ms', times: 1.5 } },
  open1MbMs: { label: 'Open a 1 MB spec', unit: 'ms', maxOver: { id: 'remark1MbMs', times: 1.5 } },
  open100Ratio: { label: 'Open a 100 KB spec / remark alone', unit: 'x', max: 1.5 },
  open1MbRatio: { label: 'Open a 1 MB spec / remark alone', unit: 'x', max: 1.5 },
  export100Ms: { label: 'Produce the Markdown of a 100 KB spec', unit: 'ms' },
  export1MbMs: { label: 'Produce the Markdown of a 1 MB spec', unit: 'ms' },
  noopWrite1MbMs: { label: 'No-op write of the opened 1 MB spec (writeMarkdown)', unit: 'ms', max: 50 },
  oneFieldWrite1MbMs: {
    label: 'One-field write of the opened 1 MB spec (writeMarkdown)',
    unit: 'ms',
    max: 50,
  },
  hugeHeapMb: { label: 'JS heap after opening the huge document', unit: 'MB', max: 50 },
  // Issue 15: the same typing with the Checks region and without it (a build with the checks feature left out),
  // typed with pauses long enough for the checks to run between words.
  ...checksBudgets(),
};

function checksBudgets() {
  const entries = {};
  for (const size of ['large', 'huge']) {
    for (const [figure, label] of [
      ['FrameP95', 'key press to next frame, p95'],
      ['PreviewP95', 'key press to preview updated, p95'],
      ['LongestTask', 'longest task while typing'],
    ]) {
      const off = `checksOff${size}${figure}`;
      entries[off] = { label: `Checks off, ${size}: ${label}`, unit: 'ms' };
      entries[`checksOn${size}${figure}`] = {
        label: `Checks on, ${size}: ${label}`,
        unit: 'ms',
        // "As fast with checks on": within what two runs of the same build differ by on this machine.
        ...(figure === 'LongestTask' ? { max: 50 } : { maxOver: { id: off, plus: 4 } }),
      };
    }
  }
  return entries;
}

const figures = {};
const details = { profiles: {}, traces: {} };
/** Where the profiler finds the files (and source maps) of each served URL. */
const distDirs = (baseUrl) => ({
  [`${baseUrl}/__bench/`]: path.join(outRoot, 'core'),
  [`${baseUrl}/`]: path.join(outRoot, 'app'),
});
const set = (id, value, note) => {
  // One line, short: a Playwright error's call log can quote a whole document.
  const line = note === undefined ? undefined : String(note).split('\n')[0].slice(0, 240);
  figures[id] = { value: value ?? null, note: line };
};
const na = (ids, reason) => {
  for (const id of ids) set(id, null, `n/a (${reason})`);
};

const percentile = (values, p) => {
  const xs = values.filter((v) => typeof v === 'number').sort((a, b) => a - b);
  if (xs.length === 0) return null;
  return xs[Math.min(xs.length - 1, Math.ceil((p / 100) * xs.length) - 1)];
};
const round = (v, digits = 1) => (v === null || v === undefined ? null : Number(v.toFixed(digits)));
const errorText = (error) => String(error?.message ?? error).split('\n')[0];

async function main() {
  const started = Date.now();
  // The same browser as the end-to-end tests: the one `scripts/check-browser.mjs` found and recorded.
  const launchOptions = chromiumLaunchOptions();
  if (!launchOptions.executablePath)
    throw new Error('No Chromium found (run node scripts/check-browser.mjs).');
  if (!args.includes('--skip-build')) {
    process.stdout.write('Building into dist-bench/ ... ');
    const t0 = Date.now();
    await buildBench(root, outRoot);
    console.log(`${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  let peer = { na: 'not built (--skip-build and no dist-bench/peer)' };
  if (!args.includes('--skip-build') && only.includes('typing')) {
    process.stdout.write('Building the peer into dist-bench/peer ... ');
    const t0 = Date.now();
    peer = await buildPeer(root, outRoot);
    console.log(peer.na ?? `${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } else if (existsSync(path.join(outRoot, 'peer/index.html'))) peer = { dir: path.join(outRoot, 'peer') };
  let noChecks = { na: 'not built (--skip-build and no dist-bench/app-no-checks)' };
  if (!args.includes('--skip-build') && only.includes('checks')) {
    process.stdout.write('Building the app without checks into dist-bench/app-no-checks ... ');
    const t0 = Date.now();
    noChecks = await buildWithoutChecks(root, outRoot);
    console.log(noChecks.na ?? `${((Date.now() - t0) / 1000).toFixed(1)} s`);
  } else if (existsSync(path.join(outRoot, 'app-no-checks/index.html')))
    noChecks = { dir: path.join(outRoot, 'app-no-checks') };
  const core = await import(path.join(outRoot, 'node/core.js'));
  const { serve } = await import('./serve.mjs');
  const server = await serve(path.join(outRoot, 'app'), path.join(outRoot, 'core'), peer.dir);
  const browser = await chromium.launch({ ...launchOptions, headless: true });
  try {
    if (only.includes('load')) await loadStep(browser, server.url);
    if (only.includes('typing')) {
      await plainStep(browser, server.url);
      await typingStep(browser, server.url, core);
      await peerStep(browser, server.url, core, peer);
    }
    if (only.includes('open')) await openStep(browser, server.url, core);
    if (only.includes('checks')) await checksStep(browser, server, core, noChecks);
  } finally {
    details.chromium = browser.version();
    await browser.close();
    await server.close();
  }
  await report(started);
}

async function loadStep(browser, baseUrl) {
  console.log('Load ...');
  try {
    const home = await measureHome(browser, baseUrl);
    set('homeKb', round(home.kb));
    details.homeAssets = home.assets;
    details.homeBreakdown = await breakdownAssets(home.assets, baseUrl, path.join(outRoot, 'app'));
  } catch (error) {
    na(['homeKb'], errorText(error));
  }
  try {
    const home = await measureHomeWithDrafts(browser, baseUrl);
    set('homeWithDraftsKb', round(home.kb), 'a new document opened first, then the home page');
    details.homeWithDraftsBreakdown = await breakdownAssets(home.assets, baseUrl, path.join(outRoot, 'app'));
    const editor = await editorSources(home.assets, baseUrl, path.join(outRoot, 'app'));
    set('homeEditorSources', editor.length, editor.length ? editor.slice(0, 6).join(', ') : 'none');
  } catch (error) {
    na(['homeWithDraftsKb', 'homeEditorSources'], errorText(error));
  }
  try {
    const editor = await measureNewEditor(browser, baseUrl);
    if (editor.na) na(['editorKb', 'editorMs'], editor.na);
    else {
      set('editorKb', round(editor.kb));
      set('editorMs', round(editor.ms, 0), `ready at ${editor.hash}`);
      details.editorAssets = editor.assets;
      details.editorBreakdown = await breakdownAssets(editor.assets, baseUrl, path.join(outRoot, 'app'));
    }
  } catch (error) {
    na(['editorKb', 'editorMs'], errorText(error));
  }
}

async function typingStep(browser, baseUrl, core) {
  const template = core.getTemplate('feature-spec');
  let editorMissing;
  for (const size of ['small', 'large', 'huge']) {
    const ids = [`${size}FrameP50`, `${size}FrameP95`, `${size}PreviewP50`, `${size}PreviewP95`];
    if (size !== 'small') ids.push(`${size}LongestTask`, `${size}SwitchMs`);
    if (size === 'huge') ids.push('hugeHeapMb');
    if (editorMissing) {
      na(ids, editorMissing);
      continue;
    }
    console.log(`Typing, ${size} document ...`);
    const context = await browser.newContext({
      serviceWorkers: 'block',
      viewport: { width: 1400, height: 900 },
    });
    try {
      const page = await context.newPage();
      const doc = core.generateDocument(template, size, 1);
      const markdown = core.writeMarkdown ? core.writeMarkdown(doc) : undefined;
      const opened = await openInEditor(page, baseUrl, { doc, markdown, sectionId: 'requirementsSection' });
      if (opened.na) {
        if (opened.na.includes('the editor did not open')) editorMissing = opened.na;
        na(ids, opened.na);
        continue;
      }
      details[`${size}Open`] = { method: opened.method, ms: round(opened.ms, 0) };
      await page.waitForTimeout(1000);
      details[`${size}Open`].domElements = await page.evaluate(
        () => document.getElementsByTagName('*').length,
      );
      if (size === 'huge') {
        const heap = await jsHeapMb(page);
        set('hugeHeapMb', round(heap), `after opening via ${opened.method}, after a forced GC`);
      }
      if (size !== 'small') {
        try {
          const ms = await measureSectionSwitch(page, 'header', 'requirementsSection');
          set(
            `${size}SwitchMs`,
            round(ms, 0),
            'Header -> Requirements (Sections list), click to a requirement field',
          );
        } catch (error) {
          na([`${size}SwitchMs`], errorText(error));
        }
      }
      const count = doc.fields.functionalRequirements.length;
      // Long lists render only the items near the viewport: scroll to the end of the list so the last one is.
      await page.evaluate(() => {
        const list = document.querySelector('[name^="fields.functionalRequirements."]')?.closest('ol, ul');
        if (list) window.scrollTo(0, list.getBoundingClientRect().bottom + window.scrollY - innerHeight / 2);
      });
      await page.waitForTimeout(500);
      let field = page.locator(`[name="fields.functionalRequirements.${count - 1}.text"]`);
      let where = `functional requirement ${count} of ${count}`;
      if ((await field.count()) === 0) {
        field = page.locator('[name^="fields.functionalRequirements."][name$=".text"]').last();
        where = 'the last functional requirement field in the page (the last one is not rendered)';
        if ((await field.count()) === 0) {
          na(
            ids.filter((id) => id !== 'hugeHeapMb'),
            'no field named fields.functionalRequirements.<n>.text',
          );
          continue;
        }
      }
      const preview = page.getByRole('region', { name: 'Preview' });
      const result = await measureTyping(page, field, preview, { keys });
      details[`${size}Typing`] = {
        field: where,
        presses: result.presses,
        eventTimingEntries: result.eventTimingEntries,
        previewSeenFor: result.preview ? result.preview.filter((v) => v !== null).length : 0,
        rafNextFrameP50: round(percentile(result.rafFrame, 50)),
        rafNextFrameP95: round(percentile(result.rafFrame, 95)),
        longTasks: result.longTasks,
        fieldKeptEveryKey: result.fieldEndsWithTyped,
      };
      const capped = result.cappedAfterSeconds ? `, stopped after ${result.cappedAfterSeconds} s` : '';
      const note = `${result.presses} presses${capped}; Event Timing entries for ${result.eventTimingEntries}`;
      set(`${size}FrameP50`, round(percentile(result.nextFrame, 50)), note);
      set(`${size}FrameP95`, round(percentile(result.nextFrame, 95)), note);
      if (result.preview) {
        set(`${size}PreviewP50`, round(percentile(result.preview, 50)));
        set(`${size}PreviewP95`, round(percentile(result.preview, 95)));
      } else na([`${size}PreviewP50`, `${size}PreviewP95`], result.previewNa);
      if (size !== 'small') {
        // Then a profile of more typing (not timed: the profiler slows the page down).
        const profile = await profileWhile(page, () => typeLetters(page, 40));
        details.profiles[`${size}Typing`] = await summariseProfile(profile, distDirs(baseUrl));
        // And a trace: where the main thread's time goes beyond JavaScript (style, layout, paint).
        details.traces[`${size}Typing`] = await traceWhile(browser, page, () => typeLetters(page, 30));
      }
      if (size !== 'small') {
        set(
          `${size}LongestTask`,
          result.longestTask === null ? 0 : round(result.longestTask),
          result.longestTask === null
            ? 'no task >= 50 ms (the Long Tasks API threshold)'
            : `${result.longTasks} long tasks`,
        );
      }
    } catch (error) {
      na(
        ids.filter((id) => !figures[id]),
        errorText(error),
      );
    } finally {
      await context.close();
    }
  }
}

async function openStep(browser, baseUrl, core) {
  console.log('Open and export ...');
  const ids = [
    'open100Ms',
    'open1MbMs',
    'export100Ms',
    'export1MbMs',
    'remark100Ms',
    'remark1MbMs',
    'open100Ratio',
    'open1MbRatio',
    'noopWrite1MbMs',
    'oneFieldWrite1MbMs',
  ];
  if (!core.writeMarkdown) {
    na(ids, 'src/core/markdown/write-markdown.ts does not exist yet');
    return;
  }
  try {
    const specs = [
      { label: '100 KB', target: 100 * 1024, seed: 11, runs: 3 },
      { label: '1 MB', target: 1024 * 1024, seed: 12, runs: 1 },
    ].map((s) => ({ ...s, ...documentOfSize(core, s.target, s.seed) }));
    const timed = await timeCoreInBrowser(
      browser,
      baseUrl,
      specs.map(({ label, size, seed, runs }) => ({ label, size, seed, runs })),
    );
    details.openExport = timed.map((t, i) => ({ ...t, size: specs[i].size }));
    const [small, big] = timed;
    const profiles = await profileCoreInBrowser(browser, baseUrl, specs[1]);
    details.profiles.read1Mb = profiles.read && (await summariseProfile(profiles.read, distDirs(baseUrl)));
    details.profiles.write1Mb = await summariseProfile(profiles.write, distDirs(baseUrl));
    set(
      'export100Ms',
      round(small.writeMs),
      `writeMarkdown, ${Math.round(small.bytes / 1024)} KB, in Chromium`,
    );
    set('export1MbMs', round(big.writeMs), `writeMarkdown, ${Math.round(big.bytes / 1024)} KB, in Chromium`);
    set('remark100Ms', round(small.parseMs), 'remark-parse + GFM + front matter, in Chromium');
    set('remark1MbMs', round(big.parseMs), 'remark-parse + GFM + front matter, in Chromium');
    const opened = 'the document readMarkdown made of the 1 MB text, median of 3';
    set('noopWrite1MbMs', round(big.noopWriteMs), `writeMarkdown of ${opened}`);
    set(
      'oneFieldWrite1MbMs',
      round(big.oneFieldWriteMs),
      `writeMarkdown of ${opened}, last requirement edited`,
    );
    // Through the import UI when the app has one; else the reader alone.
    const viaUi = [];
    for (const spec of specs) viaUi.push(await openThroughUi(browser, baseUrl, spec));
    for (const [id, t, ui] of [
      ['open100Ms', small, viaUi[0]],
      ['open1MbMs', big, viaUi[1]],
    ]) {
      if (ui && !ui.na) set(id, round(ui.ms, 0), `${ui.method}: paste to editor showing it`);
      else if (t.importMs !== null)
        set(
          id,
          round(t.importMs),
          `importText (checks, template detection, readMarkdown, schema; ${t.importStatus}) in Chromium, without the form (${ui?.na ?? 'no import UI'})`,
        );
      else if (t.readMs !== null)
        set(id, round(t.readMs), `readMarkdown only, in Chromium (${ui?.na ?? 'no import UI'})`);
      else set(id, null, 'n/a (no reader: src/core/markdown/read-markdown.ts does not exist yet)');
    }
    for (const [id, openId, remarkId] of [
      ['open100Ratio', 'open100Ms', 'remark100Ms'],
      ['open1MbRatio', 'open1MbMs', 'remark1MbMs'],
    ]) {
      const [open, remark] = [figures[openId]?.value, figures[remarkId]?.value];
      if (open && remark) set(id, round(open / remark, 2), `${openId} / ${remarkId}`);
      else na([id], 'open or remark figure missing');
    }
  } catch (error) {
    na(
      ids.filter((id) => !figures[id]),
      errorText(error),
    );
  }
}

async function openThroughUi(browser, baseUrl, spec) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = await context.newPage();
    const { openViaImportOnly } = await import('./lib/open-document.mjs');
    return await openViaImportOnly(page, baseUrl, spec.markdown, 'feature-spec');
  } catch (error) {
    return { na: errorText(error) };
  } finally {
    await context.close();
  }
}

/**
 * Typing with checks on (the app) and off (the app built without the checks feature), large and huge documents,
 * in rounds that alternate the two builds so that a machine getting busier weighs on both alike.
 */
async function checksStep(browser, server, core, noChecks) {
  const ids = Object.keys(budgets).filter((id) => id.startsWith('checksO'));
  if (noChecks.na) {
    na(ids, noChecks.na);
    return;
  }
  const { serve } = await import('./serve.mjs');
  const offServer = await serve(noChecks.dir, path.join(outRoot, 'core'));
  const template = core.getTemplate('feature-spec');
  const rounds = 2;
  try {
    for (const size of ['large', 'huge']) {
      const doc = core.generateDocument(template, size, 1);
      const markdown = core.writeMarkdown(doc);
      const samples = { on: emptySamples(), off: emptySamples() };
      for (let pass = 0; pass < rounds; pass++) {
        for (const side of pass % 2 === 0 ? ['on', 'off'] : ['off', 'on']) {
          console.log(`Checks ${side}, ${size} document, round ${pass + 1} of ${rounds} ...`);
          const baseUrl = side === 'on' ? server.url : offServer.url;
          const result = await typeInRequirement(browser, baseUrl, doc, markdown, Math.ceil(keys / rounds));
          if (result.na) throw new Error(result.na);
          samples[side].frame.push(...result.nextFrame);
          if (result.preview) samples[side].preview.push(...result.preview);
          samples[side].longest = Math.max(samples[side].longest, result.longestTask ?? 0);
        }
      }
      for (const side of ['on', 'off']) {
        const prefix = `checks${side === 'on' ? 'On' : 'Off'}${size}`;
        const note = `${samples[side].frame.length} presses in ${rounds} rounds, pauses of ${thinkingPattern.sentencePauseMs} ms between sentences`;
        set(`${prefix}FrameP95`, round(percentile(samples[side].frame, 95)), note);
        set(`${prefix}PreviewP95`, round(percentile(samples[side].preview, 95)));
        set(`${prefix}LongestTask`, round(samples[side].longest));
      }
    }
  } catch (error) {
    na(
      ids.filter((id) => !figures[id]),
      errorText(error),
    );
  } finally {
    await offServer.close();
  }
}

const emptySamples = () => ({ frame: [], preview: [], longest: 0 });

/** Opens `doc` at its requirements and types `presses` letters into the last requirement, with thinking pauses. */
async function typeInRequirement(browser, baseUrl, doc, markdown, presses) {
  const context = await browser.newContext({
    serviceWorkers: 'block',
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = await context.newPage();
    const opened = await openInEditor(page, baseUrl, { doc, markdown, sectionId: 'requirementsSection' });
    if (opened.na) return opened;
    await page.waitForTimeout(1000);
    const field = page.locator('[name^="fields.functionalRequirements."][name$=".text"]').first();
    const preview = page.getByRole('region', { name: 'Preview' });
    return await measureTyping(page, field, preview, { keys: presses, pattern: thinkingPattern });
  } finally {
    await context.close();
  }
}

/** The plain-input page: the limit for typing (next frame, text shown, longest task). */
async function plainStep(browser, baseUrl) {
  const ids = ['plainFrameP50', 'plainFrameP95', 'plainPreviewP50', 'plainPreviewP95', 'plainLongestTask'];
  console.log('Typing, plain input ...');
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/__bench/plain.html`, { waitUntil: 'load' });
    const field = page.getByRole('textbox', { name: 'Text' });
    const preview = page.getByRole('region', { name: 'Preview' });
    setTypingFigures('plain', await measureTyping(page, field, preview, { keys }));
  } catch (error) {
    na(
      ids.filter((id) => !figures[id]),
      errorText(error),
    );
  } finally {
    await context.close();
  }
}

/** The peer (bench/peers/, react-jsonschema-form) with the large document: page weight and typing. */
async function peerStep(browser, baseUrl, core, peer) {
  const ids = [
    'peerKb',
    'peerFrameP50',
    'peerFrameP95',
    'peerPreviewP50',
    'peerPreviewP95',
    'peerLongestTask',
  ];
  if (peer.na) {
    na(ids, peer.na);
    return;
  }
  console.log('Typing, peer (react-jsonschema-form), large document ...');
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  try {
    const page = await context.newPage();
    const assets = recordAssets(page);
    await page.goto(`${baseUrl}/__peer/?size=large`, { waitUntil: 'load' });
    const count = core.generateDocument(core.getTemplate('feature-spec'), 'large', 1).fields
      .functionalRequirements.length;
    const field = page.locator(`#root_functionalRequirements_${count - 1}_text`);
    await field.waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1000);
    const list = await assets.list();
    set(
      'peerKb',
      round(totalKb(list)),
      'the whole peer page: rjsf, ajv, React and the app core it writes with',
    );
    const preview = page.getByRole('region', { name: 'Preview' });
    setTypingFigures('peer', await measureTyping(page, field, preview, { keys }));
  } catch (error) {
    na(
      ids.filter((id) => !figures[id]),
      errorText(error),
    );
  } finally {
    await context.close();
  }
}

function setTypingFigures(prefix, result) {
  const note = `${result.presses} presses; Event Timing entries for ${result.eventTimingEntries}`;
  set(`${prefix}FrameP50`, round(percentile(result.nextFrame, 50)), note);
  set(`${prefix}FrameP95`, round(percentile(result.nextFrame, 95)), note);
  if (result.preview) {
    set(`${prefix}PreviewP50`, round(percentile(result.preview, 50)));
    set(`${prefix}PreviewP95`, round(percentile(result.preview, 95)));
  } else na([`${prefix}PreviewP50`, `${prefix}PreviewP95`], result.previewNa);
  set(
    `${prefix}LongestTask`,
    result.longestTask === null ? 0 : round(result.longestTask),
    result.longestTask === null
      ? 'no task >= 50 ms (the Long Tasks API threshold)'
      : `${result.longTasks} long tasks`,
  );
  details[`${prefix}Typing`] = { presses: result.presses, fieldKeptEveryKey: result.fieldEndsWithTyped };
}

/**
 * Goes to section `fromId`, then clicks `toId` in the Sections list and times, in the page, from the click event to
 * the frame after a functional requirement's field of the new section is laid out and enabled.
 */
async function measureSectionSwitch(page, fromId, toId) {
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await nav.locator(`a[href$="/${fromId}"]`).click();
  await page.waitForFunction((s) => location.hash.endsWith(s), `/${fromId}`);
  await waitForEditor(page);
  await page.waitForTimeout(1000);
  await page.evaluate((target) => {
    const state = { start: null, ready: null };
    window.__benchSwitch = state;
    const selector =
      'main input[name^="fields.functionalRequirements."]:not([disabled]), main textarea[name^="fields.functionalRequirements."]:not([disabled])';
    addEventListener(
      'click',
      (event) => {
        state.start ??= event.timeStamp;
      },
      { capture: true, once: true },
    );
    const check = () => {
      if (state.start !== null && location.hash.endsWith(target)) {
        for (const el of document.querySelectorAll(selector)) {
          if (el.getClientRects().length > 0) {
            setTimeout(() => {
              state.ready = performance.now();
            }, 0);
            return;
          }
        }
      }
      requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  }, `/${toId}`);
  await nav.locator(`a[href$="/${toId}"]`).click();
  await page.waitForFunction(() => window.__benchSwitch.ready !== null, null, { timeout: 60_000 });
  await waitForEditor(page);
  return page.evaluate(() => window.__benchSwitch.ready - window.__benchSwitch.start);
}

async function jsHeapMb(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    return used === undefined ? null : used / (1024 * 1024);
  } finally {
    await cdp.detach();
  }
}

async function report(started) {
  const figureValue = (id) => (id ? (figures[id]?.value ?? null) : null);
  const ratio = (value, to) => (value === null || to === null || to === 0 ? null : round(value / to, 2));
  const rows = Object.entries(budgets).map(([id, b]) => {
    const f = figures[id] ?? { value: null, note: 'n/a (not measured in this run)' };
    let budget = b.max ?? null;
    let budgetRule = null;
    if (b.maxOver) {
      const base = figureValue(b.maxOver.id);
      budget = base === null ? null : round(b.maxOver.plus ? base + b.maxOver.plus : base * b.maxOver.times);
      budgetRule = b.maxOver.plus
        ? `${b.maxOver.id} + ${b.maxOver.plus}`
        : `${b.maxOver.id} x ${b.maxOver.times}`;
    }
    const pass = budget === null || f.value === null ? null : f.value <= budget;
    return {
      id,
      label: b.label,
      value: f.value,
      unit: b.unit,
      budget,
      budgetRule,
      pass,
      plain: figureValue(b.plain),
      toPlain: ratio(f.value, figureValue(b.plain)),
      peer: figureValue(b.peer),
      toPeer: ratio(f.value, figureValue(b.peer)),
      note: f.note ?? null,
    };
  });
  const cpus = os.cpus();
  const result = {
    date: new Date().toISOString(),
    machine: {
      cpu: cpus[0]?.model ?? 'unknown',
      cores: cpus.length,
      platform: `${os.platform()} ${os.release()}`,
      // Other work on the machine skews timings: the load average says how busy it was.
      loadAverage: os.loadavg().map((v) => round(v, 2)),
      node: process.version,
      chromium: details.chromium,
    },
    durationSeconds: Math.round((Date.now() - started) / 1000),
    figures: rows,
    details,
  };
  await writeFile(path.join(root, 'bench/results.json'), `${JSON.stringify(result, null, 2)}\n`);
  const table = rows.map((r) => ({
    figure: r.label,
    value: r.value === null ? (r.note ?? 'n/a') : `${r.value} ${r.unit}`,
    budget: r.budget === null ? '' : `<= ${r.budget} ${r.unit}`,
    result: r.pass === null ? '' : r.pass ? 'pass' : 'MISS',
    'x plain': r.toPlain === null ? '' : `${r.toPlain}`,
    'x peer': r.toPeer === null ? '' : `${r.toPeer}`,
  }));
  console.log(
    `\n${result.machine.cpu} x ${result.machine.cores}, Node ${process.version}, Chromium ${details.chromium}`,
  );
  printTable(table);
  if (details.homeBreakdown?.length) {
    console.log('\nHome page scripts, gzipped, and their largest sources (minified KB):');
    for (const b of details.homeBreakdown.slice(0, 4)) {
      const sources = b.rawKbBySource.slice(0, 4).map((s) => `${s.source} ${s.kb}`);
      console.log(`  ${b.asset} ${b.gzipKb} KB: ${sources.join(', ')}`);
    }
  }
  for (const [name, summary] of Object.entries(details.profiles)) {
    if (!summary) continue;
    console.log(
      `\nProfile, ${name}: ${summary.busyMs} ms busy of ${summary.totalMs} ms; self time by source:`,
    );
    for (const s of summary.bySource.slice(0, 6)) console.log(`  ${String(s.pct).padStart(5)}%  ${s.source}`);
  }
  for (const [name, t] of Object.entries(details.traces)) {
    const activity = Object.entries(t.activityMs)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    console.log(
      `\nTrace, ${name}: main thread busy ${t.busyMs} ms (${activity}); longest task ${t.longestTaskMs} ms`,
    );
  }
  console.log(`\nWrote bench/results.json in ${result.durationSeconds} s.`);
}

function printTable(rows) {
  const cols = Object.keys(rows[0]);
  const width = Object.fromEntries(
    cols.map((c) => [c, Math.max(c.length, ...rows.map((r) => String(r[c]).length))]),
  );
  const line = (r) => cols.map((c) => String(r[c]).padEnd(width[c])).join(' | ');
  console.log(line(Object.fromEntries(cols.map((c) => [c, c]))));
  console.log(cols.map((c) => '-'.repeat(width[c])).join('-|-'));
  for (const r of rows) console.log(line(r));
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
