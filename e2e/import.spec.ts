import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { editorLocation } from './editor-helpers';

// A real-world-ish feature spec: a section the template does not have (Clarifications), FR ids as the team wrote
// them (FR-01, not FR-001), a date in words.
const fixturePath = new URL('./fixtures/import-calendar-spec.md', import.meta.url);
const original = readFileSync(fixturePath, 'utf8');

// Reading runs remark on a loaded machine: generous timeouts.
const slow = { timeout: 30_000 };

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const markdownText = (page: Page) => preview(page).getByRole('tabpanel', { name: 'Markdown' }).locator('pre');
const report = (page: Page) => page.getByRole('region', { name: 'Import report' });
const fileInput = (page: Page) => page.getByTestId('open-markdown-file-input');
const clarifications = (page: Page) =>
  page.getByRole('textbox', { name: 'Additional content after Edge Cases', exact: true });

/** The words of a text: letters and digits, with inner hyphens and apostrophes (FR-01, other's). */
function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Waits for the editor of a newly opened draft, with its import report. */
async function expectOpened(page: Page) {
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/, slow);
  await expect(page.getByRole('textbox', { name: 'Feature name' })).toHaveValue(
    'Team Calendar Sharing',
    slow,
  );
  await expect(report(page)).toBeVisible();
  await expect(report(page)).toContainText('2 parts kept as additional content');
  await expect(report(page)).toContainText('Clarifications');
  // Content between the header and the first section is kept at the start, in the header step.
  await expect(
    page.getByRole('textbox', { name: 'Additional content at the start', exact: true }),
  ).toHaveValue('> **Note**: this spec replaces the team-calendar notes of October.');
}

/** Waits until the document written from the form contains `text` (edits are published after a pause). */
async function expectWritten(page: Page, text: string) {
  await preview(page).getByRole('tab', { name: 'Markdown' }).click();
  await expect(markdownText(page)).toContainText(text, slow);
}

async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

/**
 * Nothing lost: every word (but those of a value the test replaced), FR-01 as written, Clarifications between
 * Edge Cases and Requirements.
 */
function expectNothingLost(downloaded: string, replaced: string[] = []) {
  const kept = new Set(words(downloaded));
  const lost = words(original).filter((word) => !kept.has(word));
  expect(lost).toEqual(replaced);
  expect(downloaded).toContain('**FR-01**: System MUST let a lead share a calendar with named members');
  expect(downloaded).toContain('November 6, 2025');
  expect(downloaded).toMatch(/\*\*Input\*\*: .*\n\n> \*\*Note\*\*: this spec replaces .*\n\n## /);
  const edge = downloaded.indexOf('### Edge Cases');
  const clar = downloaded.indexOf('## Clarifications');
  const requirements = downloaded.indexOf('## Requirements');
  expect(edge).toBeGreaterThan(-1);
  expect(clar).toBeGreaterThan(edge);
  expect(requirements).toBeGreaterThan(clar);
  expect(downloaded.slice(clar, requirements)).toContain(
    '- Q: Can guests see private events? → A: No, only busy blocks are shown.',
  );
}

test.describe.configure({ timeout: 120_000 });

test('Open Markdown file on the home page: report, additional content in place, edit, download, nothing lost', async ({
  page,
}) => {
  await page.goto('./');
  const area = page.getByRole('region', { name: 'Open an existing spec' });
  await expect(area.getByRole('button', { name: 'Open Markdown file' })).toBeVisible();
  await expect(area.getByRole('button', { name: 'Open from text' })).toBeVisible();
  await fileInput(page).setInputFiles(fixturePath.pathname);
  await expectOpened(page);

  // The report links to the additional content: its section opens and its field is focused.
  await report(page).getByRole('button', { name: 'Clarifications' }).click();
  await expect(page).toHaveURL(/\/userScenariosSection$/, slow);
  await expect(clarifications(page)).toBeFocused(slow);
  await expect(clarifications(page)).toHaveValue(/^## Clarifications\n\n### Session 2025-11-06/);
  // The report, the open controls and the additional content field are accessible.
  const scan = await new AxeBuilder({ page })
    .include('.editor-notice')
    .include('.editor-open')
    .include('.editor-form')
    .analyze();
  expect(
    scan.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);

  // Edit the additional content: it is part of the document, and written back in its place.
  const kept = await clarifications(page).inputValue();
  await clarifications(page).fill(`${kept}\n- Q: Who can share? → A: Team leads only.`);
  await expectWritten(page, 'Who can share?');
  const downloaded = await download(page);
  expectNothingLost(downloaded);
  const requirements = downloaded.indexOf('## Requirements');
  expect(downloaded.indexOf('- Q: Who can share? → A: Team leads only.')).toBeGreaterThan(
    downloaded.indexOf('## Clarifications'),
  );
  expect(downloaded.indexOf('- Q: Who can share? → A: Team leads only.')).toBeLessThan(requirements);

  // Undo takes the edit back, like any other field's.
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(clarifications(page)).toHaveValue(kept, slow);

  // The report can be dismissed.
  await report(page).getByRole('button', { name: 'Dismiss' }).click();
  await expect(report(page)).toHaveCount(0);
});

test('a file dropped on the editor opens as a new draft; the current one is kept', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'New Technical Specification' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/, slow);
  const before = editorLocation(page).docId;
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill('Payments gateway');
  await expect(page.getByText('All changes saved in this browser')).toBeVisible(slow);

  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'calendar.md', { type: 'text/markdown' }));
    document.body.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true }));
    document.body.dispatchEvent(
      new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
    document.body.dispatchEvent(
      new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }),
    );
  }, original);
  await expect.poll(() => editorLocation(page).docId, slow).not.toBe(before);
  await expectOpened(page);

  // Edit one field, then download.
  await page.getByRole('textbox', { name: 'Feature Branch' }).fill('051-team-calendar-v2');
  await expectWritten(page, '051-team-calendar-v2');
  const downloaded = await download(page);
  expect(downloaded).toContain('**Feature Branch**: `051-team-calendar-v2`');
  expectNothingLost(downloaded, ['051-team-calendar']);

  // The draft the user was editing is still there, as it was.
  await page.goBack();
  await expect(page).toHaveURL(new RegExp(`#/edit/${before}/header$`));
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue(
    'Payments gateway',
    slow,
  );
});

test('Open from text: paste, open, edit, download, nothing lost', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open from text' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Paste the Markdown of a Technical or Feature Specification').fill(original);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expectOpened(page);

  await page.getByLabel('Status', { exact: true }).fill('In Review');
  await expectWritten(page, 'In Review');
  const downloaded = await download(page);
  expect(downloaded).toContain('**Status**: In Review');
  expectNothingLost(downloaded, ['Draft']);
});

test('a bad file shows an alert and leaves the current document as it was', async ({ page }) => {
  await page.goto('./');
  await fileInput(page).setInputFiles(fixturePath.pathname);
  await expectOpened(page);
  const { docId } = editorLocation(page);
  const title = page.getByRole('textbox', { name: 'Feature name' });

  await fileInput(page).setInputFiles({
    name: 'empty.md',
    mimeType: 'text/markdown',
    buffer: Buffer.alloc(0),
  });
  const alert = page.getByRole('alert').filter({ hasText: 'empty.md' });
  await expect(alert).toContainText(
    '“empty.md” is empty. Choose the Markdown file that holds your specification.',
    slow,
  );
  expect(editorLocation(page).docId).toBe(docId);
  await expect(title).toHaveValue('Team Calendar Sharing');
  await alert.getByRole('button', { name: 'OK' }).click();
  await expect(alert).toHaveCount(0);

  await fileInput(page).setInputFiles({
    name: 'logo.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'logo.md' })).toContainText(
    '“logo.md” is a binary file, not text.',
    slow,
  );
  expect(editorLocation(page).docId).toBe(docId);
  await expect(title).toHaveValue('Team Calendar Sharing');
  await expect(page.getByRole('textbox', { name: 'Feature Branch' })).toHaveValue('051-team-calendar');
});

test('"Open from text": the text box fits inside its dialog, on a wide and a narrow window', async ({
  page,
}) => {
  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 390, height: 800 },
  ]) {
    await page.setViewportSize(viewport);
    await page.goto('./');
    await page.getByRole('button', { name: 'Open from text', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Open from text' });
    const box = dialog.getByRole('textbox', {
      name: 'Paste the Markdown of a Technical or Feature Specification',
    });
    const [outer, inner] = [await dialog.boundingBox(), await box.boundingBox()];
    expect(outer && inner).toBeTruthy();
    if (!outer || !inner) return;
    expect(inner.x).toBeGreaterThanOrEqual(outer.x);
    expect(inner.x + inner.width).toBeLessThanOrEqual(outer.x + outer.width);
  }
});
