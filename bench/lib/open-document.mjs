// Gets a generated document into the editor, with the first way the app offers:
// 1. the import UI ("Open from text"): paste the Markdown;
// 2. drafts in IndexedDB: write the document as a draft next to the app's own, then open #/edit/<id>/<section>.
// Each returns undefined when the app does not offer it, so the caller can say why a figure is missing.
import { editableSelector } from './load.mjs';

/** Opens `doc` (or its `markdown`) in the editor at `sectionId`; returns { method, ms } or { na }. */
export async function openInEditor(page, baseUrl, { doc, markdown, sectionId }) {
  const reasons = [];
  if (markdown) {
    const viaImport = await openViaImport(page, baseUrl, markdown, doc.template).catch((e) => ({
      na: e.message,
    }));
    if (viaImport && !viaImport.na) return goToSection(page, viaImport, sectionId);
    reasons.push(viaImport?.na ?? 'no "Open from text" UI');
  }
  const viaDraft = await openViaDraft(page, baseUrl, doc, sectionId).catch((e) => ({ na: e.message }));
  if (viaDraft && !viaDraft.na) return viaDraft;
  reasons.push(viaDraft?.na ?? 'no draft store in IndexedDB');
  return { na: reasons.join('; ') };
}

/** Waits until the editor shows an enabled text field; returns ms since `since` (page clock). */
export async function waitForEditor(page, timeout = 60_000) {
  await page.waitForFunction(
    (selector) => {
      for (const el of document.querySelectorAll(selector)) {
        if (el.getClientRects().length > 0 && location.hash.startsWith('#/edit/')) return true;
      }
      return false;
    },
    editableSelector,
    { timeout, polling: 'raf' },
  );
}

/** Opens `markdown` through the import UI only; { method, ms } (click to editor shown) or { na }. */
export async function openViaImportOnly(page, baseUrl, markdown, templateId) {
  return (await openViaImport(page, baseUrl, markdown, templateId)) ?? { na: 'no "Open from text" UI' };
}

async function openViaImport(page, baseUrl, markdown, templateId) {
  await page.goto(`${baseUrl}/#/`, { waitUntil: 'load' });
  const opener = page
    .getByRole('button', { name: 'Open from text', exact: true })
    .or(page.getByRole('button', { name: /open from text|paste markdown/i }));
  try {
    await opener.first().waitFor({ timeout: 3000 });
  } catch {
    return undefined;
  }
  await opener.first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor({ timeout: 5000 });
  await dialog.getByRole('textbox').first().fill(markdown);
  const submit = dialog.getByRole('button', { name: /^(open|import|continue)/i }).last();
  const t0 = await page.evaluate(() => performance.now());
  await submit.click();
  // A weak template detection asks which template to use: answer it (the time it waits for us is small).
  const choice = page.getByRole('dialog', { name: /which template/i });
  const editor = waitForEditor(page).then(() => 'editor');
  const asked = choice.waitFor({ timeout: 60_000 }).then(
    () => 'asked',
    () => 'editor',
  );
  if ((await Promise.race([editor, asked])) === 'asked') {
    await choice
      .getByRole('radio', { name: templateId === 'feature-spec' ? /feature/i : /technical/i })
      .check();
    await choice.getByRole('button', { name: /^open/i }).click();
    await editor;
  }
  const t1 = await page.evaluate(() => performance.now());
  return { method: 'import UI (Open from text)', ms: t1 - t0 };
}

async function openViaDraft(page, baseUrl, doc, sectionId) {
  // A new document makes the app create its draft store (and a draft in it), so the store can be found by content.
  await page.goto(`${baseUrl}/#/new/${doc.template}`, { waitUntil: 'load' });
  try {
    await waitForEditor(page, 15_000);
  } catch {
    return { na: 'the editor did not open for a new document' };
  }
  let location;
  for (let attempt = 0; attempt < 20 && !location; attempt++) {
    location = await page.evaluate(findDraftStore);
    if (!location) await page.waitForTimeout(250);
  }
  if (!location) return { na: 'no draft record found in IndexedDB' };
  const id = `bench-${doc.template}-${Date.now()}`;
  const now = Date.now();
  const draft = { id, template: doc.template, title: '', createdAt: now, updatedAt: now, doc };
  await page.evaluate(putDraft, { ...location, draft });
  await page.goto('about:blank');
  const t0 = Date.now();
  await page.goto(`${baseUrl}/#/edit/${id}/${sectionId}`, { waitUntil: 'load' });
  await waitForEditor(page);
  return { method: 'draft written to IndexedDB', ms: Date.now() - t0, id };
}

async function goToSection(page, opened, sectionId) {
  const hash = await page.evaluate(() => location.hash);
  const match = /^#\/edit\/([^/]+)/.exec(hash);
  if (!match) return { na: `import did not land in the editor (${hash})` };
  if (!hash.endsWith(`/${sectionId}`)) {
    await page.evaluate(
      ([id, section]) => {
        location.hash = `#/edit/${id}/${section}`;
      },
      [match[1], sectionId],
    );
    await page.waitForFunction((s) => location.hash.endsWith(s), `/${sectionId}`);
    await waitForEditor(page);
  }
  return { ...opened, id: match[1] };
}

// --- In the page ------------------------------------------------------------------------------------------------

/** The IndexedDB database and object store holding drafts: the one whose records have `template` and `doc`. */
async function findDraftStore() {
  const request = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const databases = await indexedDB.databases();
  for (const { name } of databases) {
    if (!name) continue;
    const db = await request(indexedDB.open(name));
    try {
      for (const store of db.objectStoreNames) {
        const values = await request(db.transaction(store).objectStore(store).getAll(undefined, 20));
        if (values.some((v) => v && typeof v === 'object' && 'doc' in v && 'template' in v && 'id' in v)) {
          return { db: name, store };
        }
      }
    } finally {
      db.close();
    }
  }
  return undefined;
}

async function putDraft({ db: dbName, store, draft }) {
  const request = (r) =>
    new Promise((resolve, reject) => {
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
  const db = await request(indexedDB.open(dbName));
  try {
    const tx = db.transaction(store, 'readwrite');
    tx.objectStore(store).put(draft, draft.id);
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}
