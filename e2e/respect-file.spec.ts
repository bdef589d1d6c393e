import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';

// A feature spec written with another editor's habits: CRLF line endings, `*` bullets, two-space breaks, setext
// headings, reference links, an HTML comment. Opened and downloaded, it must come back byte for byte; one edit
// must change one line.
const original = readFileSync(new URL('./fixtures/respect/offline-notes.md', import.meta.url));
const edited = readFileSync(new URL('./fixtures/respect/offline-notes.edited.md', import.meta.url));
const japanese = readFileSync(new URL('./fixtures/respect/japanese-translated.md', import.meta.url), 'utf8');

const slow = { timeout: 30_000 };
test.describe.configure({ timeout: 120_000 });

async function openFile(page: Page, name: string, bytes: Buffer) {
  await page.goto('./');
  await page
    .getByTestId('open-markdown-file-input')
    .setInputFiles({ name, mimeType: 'text/markdown', buffer: bytes });
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/[^/]+$/, slow);
}

/** Opens `text` with Open from text, as a Feature Specification when the app asks which template (preselected). */
async function openText(page: Page, text: string) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open from text' }).click();
  await page.getByRole('dialog').getByRole('textbox').fill(text);
  await page.getByRole('dialog').getByRole('button', { name: 'Open', exact: true }).click();
  const choice = page.getByRole('dialog', { name: /template/i });
  await expect(choice.or(page.getByRole('textbox', { name: 'Feature name' })).first()).toBeVisible(slow);
  if (await choice.isVisible()) {
    await expect(choice.getByRole('radio', { name: /Feature Specification/ })).toBeChecked();
    await choice.getByRole('button', { name: /Open/ }).click();
  }
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/[^/]+$/, slow);
}

async function download(page: Page): Promise<Buffer> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  return readFileSync((await file.path())!);
}

/** The form control whose value is `value`, wherever the form puts it. */
async function controlWithValue(page: Page, value: string) {
  const controls = page.locator('input, textarea');
  const index = await controls.evaluateAll(
    (elements, wanted) => elements.findIndex((e) => (e as HTMLInputElement).value === wanted),
    value,
  );
  expect(index).toBeGreaterThanOrEqual(0);
  return controls.nth(index);
}

test('a file opened and downloaded with no edits comes back byte for byte', async ({ page }) => {
  await openFile(page, 'offline-notes.md', original);
  await expect(page.getByRole('textbox', { name: 'Feature name' })).toHaveValue('Offline Notes', slow);
  const downloaded = await download(page);
  expect(downloaded.equals(original)).toBe(true);

  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('tab', { name: 'Changes' }).click();
  await expect(preview.getByRole('tabpanel', { name: 'Changes' })).toContainText('No changes');
});

test('one edit changes one line, in the file’s style, and the Changes view shows exactly that line', async ({
  page,
}) => {
  await openFile(page, 'offline-notes.md', original);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^Requirements/ })
    .click();
  const requirement = await controlWithValue(
    page,
    'System MUST sync within [NEEDS CLARIFICATION: how soon?]',
  );
  await requirement.click();
  await requirement.press('End');
  await requirement.pressSequentially(' of a change');

  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('tab', { name: 'Changes' }).click();
  const changes = preview.getByRole('tabpanel', { name: 'Changes' });
  await expect(changes).toContainText('1 line removed, 1 line added', slow);
  await expect(changes.locator('.change-removed')).toHaveCount(1);
  await expect(changes.locator('.change-added')).toHaveCount(1);
  await expect(changes.locator('.change-added')).toContainText('of a change');

  const downloaded = await download(page);
  expect(downloaded.toString('utf8')).toBe(edited.toString('utf8'));
  expect(downloaded.equals(edited)).toBe(true);
});

test('a feature spec whose headings are all in Japanese opens as a feature spec, keeping its headings', async ({
  page,
}) => {
  await openText(page, japanese);
  await expect(page.getByRole('textbox', { name: 'Feature name' })).toHaveValue(/オフライン同期/, slow);
  const downloaded = await download(page);
  expect(downloaded.toString('utf8')).toBe(japanese);
});

// A spec in Chinese with full-width separators and a wrapped scenario (a unit fixture of the reprint).
const renumbered = readFileSync(
  new URL('../src/core/markdown/fixtures/roundtrip/feature-renumber-after-remove/input.md', import.meta.url),
  'utf8',
);

test('removing a scenario in the form removes its line; the ones after it keep their wording, renumbered', async ({
  page,
}) => {
  await openText(page, renumbered);
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^User Scenarios/ })
    .click();
  await page.getByRole('button', { name: 'Remove acceptance scenario 1' }).first().click();
  const downloaded = (await download(page)).toString('utf8');
  const lines = renumbered.split('\n');
  const first = lines.findIndex((l) => l.startsWith('1. **Given**'));
  const expected = [
    ...lines.slice(0, first),
    lines[first + 1]!.replace(/^2\./, '1.'),
    lines[first + 2]!.replace(/^3\./, '2.'),
    ...lines.slice(first + 3),
  ].join('\n');
  expect(downloaded).toBe(expected);
});

// spec-kit's checklist template has one category heading with its checklist, repeated: a file with four categories
// opens as four items of one group, and a category added in the form is written where a category goes.
const checklist = readFileSync(new URL('./fixtures/respect/requirements-checklist.md', import.meta.url));

test('a checklist with four categories opens as four; a category added in the form is written before the notes', async ({
  page,
}) => {
  await page.goto('./');
  await page
    .getByTestId('open-markdown-file-input')
    .setInputFiles({ name: 'requirements.md', mimeType: 'text/markdown', buffer: checklist });
  // Its headings are the template's own placeholders filled in, so the app asks, with the checklist as its guess.
  const choice = page.getByRole('dialog', { name: 'Which template is this?' });
  await expect(choice.getByRole('radio', { name: /Checklist/ })).toBeChecked(slow);
  await choice.getByRole('button', { name: 'Open with this template' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/[^/]+$/, slow);
  const categories = page.getByRole('group', { name: /^Category \d+$/ });
  await expect(categories).toHaveCount(4, slow);
  await expect(categories.nth(1).getByRole('textbox', { name: 'Category' })).toHaveValue(
    'Requirement Completeness',
  );
  await expect(categories.nth(1).getByRole('textbox', { name: 'Item 2' })).toHaveValue(
    'CHK005 Requirements are testable and *unambiguous*',
  );
  expect((await download(page)).equals(checklist)).toBe(true);

  await page.getByRole('button', { name: 'Add category' }).click();
  const added = page.getByRole('group', { name: 'Category 5', exact: true });
  await added.getByRole('textbox', { name: 'Category' }).fill('Accessibility');
  await added.getByRole('textbox', { name: 'Item 1' }).fill('CHK010 Every control has a visible label');
  await expect
    .poll(async () => (await download(page)).toString('utf8'), { timeout: 20_000 })
    .toContain('## Accessibility\n\n- [ ] CHK010 Every control has a visible label\n');
  const written = (await download(page)).toString('utf8');
  expect(written.indexOf('## Accessibility')).toBeLessThan(written.indexOf('## Notes'));
  expect(written.startsWith(checklist.toString('utf8').split('## Notes')[0]!)).toBe(true);
});
