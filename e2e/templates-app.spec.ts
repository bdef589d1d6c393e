import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { textHash } from '../src/lib/text-hash';
import { item, openSection } from './editor-helpers';
import { addDecisionTemplate, decisionRecord, expectNoAxeViolations } from './template-helpers';

test('a link to a new document of a user template works as the first page loaded, and so does its draft', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await (await addDecisionTemplate(page)).getByRole('button', { name: 'Add template' }).click();
  const href = await page.getByRole('link', { name: 'New Decision' }).getAttribute('href');
  const link = /#\/new\/[^/]+$/.exec(href ?? '')?.[0];
  expect(link).toMatch(/^#\/new\/user-/);

  // A fresh page load straight onto the link: the user's templates are still being read from storage then.
  const fresh = await context.newPage();
  await fresh.goto(`./${link}`);
  await expect(fresh).toHaveURL(/#\/edit\/[^/]+\/header$/);
  await expect(fresh.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  await expect(fresh.getByRole('textbox', { name: 'Title' })).toBeVisible();

  // The draft's own address, as the first page loaded: the draft of that template opens.
  const another = await context.newPage();
  await another.goto(fresh.url());
  await expect(another.getByRole('textbox', { name: 'Title' })).toBeVisible();
  await expect(
    another.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: /Options/ }),
  ).toBeVisible();

  // A template nobody offers is still not found, once the templates have loaded.
  await another.goto('./#/new/no-such-template');
  await expect(another.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('a link to a new document of a team template, opened first, says it is loading until the team index is read', async ({
  page,
}) => {
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/templates/index.json', async (route) => {
    await held;
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ templates: ['decision.md'] }),
    });
  });
  await page.route('**/templates/decision.md', (route) =>
    route.fulfill({ contentType: 'text/markdown', body: decisionRecord }),
  );
  await page.goto(`./#/new/team-decision-${textHash(decisionRecord)}`);
  await expect(page.getByRole('status').filter({ hasText: 'Loading templates…' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Page not found' })).toHaveCount(0);
  release();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeVisible();
});

test('the team index entries that cannot be offered are listed on the home page, and the others offered', async ({
  page,
}) => {
  await page.route('**/templates/index.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ templates: ['decision.md', 'missing.md', '../outside.md', 'notes.md'] }),
    }),
  );
  await page.route('**/templates/decision.md', (route) =>
    route.fulfill({ contentType: 'text/markdown', body: decisionRecord }),
  );
  await page.route('**/templates/missing.md', (route) => route.fulfill({ status: 404, body: 'Not found' }));
  await page.route('**/templates/notes.md', (route) =>
    route.fulfill({ contentType: 'text/markdown', body: 'Just a paragraph, no heading at all.' }),
  );
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'New Decision' })).toBeVisible();
  const problems = page.getByRole('status', { name: 'Team templates not offered' });
  await expect(problems).toContainText('3 of your team’s templates are not offered:');
  const items = problems.getByRole('listitem');
  await expect(items).toHaveText([
    'templates/missing.md could not be read (is the file there?).',
    'templates/index.json, entry 3 (../outside.md) is not the name of a Markdown file in the templates folder.',
    /^templates\/notes\.md is not a template: .*no headings/,
  ]);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
});

test('a team index that is not JSON is said so on the home page; the shipped templates are still offered', async ({
  page,
}) => {
  await page.route('**/templates/index.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{ "templates": [' }),
  );
  await page.goto('./');
  await expect(page.getByRole('status', { name: 'Team templates not offered' })).toContainText(
    'templates/index.json is not JSON.',
  );
  await expect(page.getByRole('link', { name: 'New Technical Specification' })).toBeVisible();
});

test('a file written from a user template opens back in that template’s form, and downloads as it was', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await (await addDecisionTemplate(page)).getByRole('button', { name: 'Add template' }).click();
  await page.getByRole('link', { name: 'New Decision' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Queue the exports');
  await openSection(page, 'Options');
  const table = page.getByRole('group', { name: 'Options', exact: true });
  await item(table, 'Row 1').getByRole('textbox', { name: 'Option' }).fill('A worker');
  // Edits are published after a pause: download until the file has the last value typed.
  await expect
    .poll(async () => download(page), { timeout: 20_000 })
    .toContain('| OPT-1 | A worker | {verdict} |');
  const written = await download(page);
  expect(written).toContain('# Decision: Queue the exports');

  await page.goto('./');
  await page
    .getByTestId('open-markdown-file-input')
    .setInputFiles({ name: 'queue-the-exports.md', mimeType: 'text/markdown', buffer: Buffer.from(written) });
  // No template choice to make: it is recognized as the Decision it was written from.
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/[^/]+$/);
  await expect(page.getByRole('dialog', { name: 'Which template is this?' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Queue the exports');
  await openSection(page, 'Options');
  await expect(
    item(page.getByRole('group', { name: 'Options', exact: true }), 'Row 1').getByRole('textbox', {
      name: 'Option',
    }),
  ).toHaveValue('A worker');
  // Unedited, it downloads byte for byte as the file opened.
  expect(await download(page)).toBe(written);
});

async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}
