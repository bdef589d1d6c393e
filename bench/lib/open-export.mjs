// Open and export: Markdown of about 100 KB and 1 MB, generated from seeded documents, read back and written in the
// browser with the core the app ships (bundled by bench/build.mjs).

/** Finds a feature spec size whose Markdown is close to `targetBytes`. */
export function documentOfSize(core, targetBytes, seed = 11) {
  const template = core.getTemplate('feature-spec');
  const base = core.documentSizes.large;
  let factor = 1;
  let doc;
  let markdown;
  for (let attempt = 0; attempt < 4; attempt++) {
    const size = scaled(base, factor);
    doc = core.generateDocument(template, size, seed);
    markdown = core.writeMarkdown(doc);
    const bytes = Buffer.byteLength(markdown);
    if (Math.abs(bytes - targetBytes) / targetBytes < 0.05) return { size, doc, markdown, bytes };
    factor *= targetBytes / bytes;
  }
  const size = scaled(base, factor);
  return { size, doc, markdown, bytes: Buffer.byteLength(markdown) };
}

function scaled(base, factor) {
  return {
    userStories: Math.max(1, Math.round(base.userStories * factor)),
    scenariosPerStory: base.scenariosPerStory,
    requirements: Math.max(1, Math.round(base.requirements * factor)),
    tableRows: Math.max(1, Math.round(base.tableRows * factor)),
    listItems: Math.max(1, Math.round(base.listItems * factor)),
  };
}

/**
 * Times writeMarkdown, readMarkdown and importText in the page (median of `runs`, or of the spec's own `runs`), for
 * each `{ label, size, seed, runs? }`.
 */
export async function timeCoreInBrowser(browser, baseUrl, specs, runs = 3) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/__bench/blank.html`);
    return await page.evaluate(
      async ({ coreUrl, specs, runs: defaultRuns }) => {
        const core = await import(coreUrl);
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        const out = [];
        for (const spec of specs) {
          const runs = spec.runs ?? defaultRuns;
          const doc = core.generateDocument(core.getTemplate('feature-spec'), spec.size, spec.seed);
          const write = [];
          let markdown = '';
          for (let i = 0; i < runs; i++) {
            const t0 = performance.now();
            markdown = core.writeMarkdown(doc);
            write.push(performance.now() - t0);
          }
          const read = [];
          let issues = null;
          if (core.readMarkdown) {
            for (let i = 0; i < runs; i++) {
              const t0 = performance.now();
              const result = core.readMarkdown(markdown, 'feature-spec');
              read.push(performance.now() - t0);
              issues = result?.report?.issues?.length ?? result?.report?.length ?? null;
            }
          }
          const imports = [];
          let importStatus = null;
          if (core.importText) {
            for (let i = 0; i < runs; i++) {
              const t0 = performance.now();
              const outcome = core.importText(markdown);
              imports.push(performance.now() - t0);
              importStatus = outcome?.status ?? null;
            }
          }
          // Remark alone parsing the same text: the yardstick for opening it.
          const parse = [];
          if (core.parseMarkdown) {
            for (let i = 0; i < runs; i++) {
              const t0 = performance.now();
              core.parseMarkdown(markdown);
              parse.push(performance.now() - t0);
            }
          }
          // Writing a document that was opened from this text: unchanged, and with one field changed.
          const noop = [];
          const oneField = [];
          const opened = core.readMarkdown?.(markdown, 'feature-spec')?.doc;
          if (opened) {
            for (let i = 0; i < Math.max(runs, 3); i++) {
              let t0 = performance.now();
              core.writeMarkdown(opened);
              noop.push(performance.now() - t0);
              const frs = opened.fields.functionalRequirements;
              const last = frs.length - 1;
              const edited = {
                ...opened,
                fields: {
                  ...opened.fields,
                  functionalRequirements: frs.map((fr, n) =>
                    n === last ? { ...fr, text: `${fr.text} x${i}` } : fr,
                  ),
                },
              };
              t0 = performance.now();
              core.writeMarkdown(edited);
              oneField.push(performance.now() - t0);
            }
          }
          out.push({
            label: spec.label,
            parseMs: parse.length ? median(parse) : null,
            noopWriteMs: noop.length ? median(noop) : null,
            oneFieldWriteMs: oneField.length ? median(oneField) : null,
            importMs: imports.length ? median(imports) : null,
            importStatus,
            bytes: new Blob([markdown]).size,
            writeMs: median(write),
            readMs: read.length ? median(read) : null,
            readIssues: issues,
          });
        }
        return out;
      },
      { coreUrl: `${baseUrl}/__bench/core.js`, specs, runs },
    );
  } finally {
    await context.close();
  }
}

/** CPU profiles of one readMarkdown and one writeMarkdown of the document `spec` describes, in the page. */
export async function profileCoreInBrowser(browser, baseUrl, spec) {
  const { profileWhile } = await import('./profile.mjs');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await page.goto(`${baseUrl}/__bench/blank.html`);
    await page.evaluate(
      async ({ coreUrl, size, seed }) => {
        const core = await import(coreUrl);
        window.__bench = { core, doc: core.generateDocument(core.getTemplate('feature-spec'), size, seed) };
        window.__bench.markdown = core.writeMarkdown(window.__bench.doc);
      },
      { coreUrl: `${baseUrl}/__bench/core.js`, size: spec.size, seed: spec.seed },
    );
    const write = await profileWhile(page, () =>
      page.evaluate(() => {
        window.__bench.core.writeMarkdown(window.__bench.doc);
      }),
    );
    const canRead = await page.evaluate(() => typeof window.__bench.core.readMarkdown === 'function');
    const read = canRead
      ? await profileWhile(page, () =>
          page.evaluate(() => {
            window.__bench.core.readMarkdown(window.__bench.markdown, 'feature-spec');
          }),
        )
      : undefined;
    return { write, read };
  } finally {
    await context.close();
  }
}
