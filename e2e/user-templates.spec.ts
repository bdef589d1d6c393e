import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { draftsList } from './drafts-helpers';
import { item, openSection } from './editor-helpers';
import { addDecisionTemplate, decisionRecord, expectNoAxeViolations, section } from './template-helpers';

test('add a template from a file, confirm what was derived, write a document with it and download it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('./');
  const confirm = await addDecisionTemplate(page);
  await expect(confirm.getByRole('heading', { name: 'Add Decision?' })).toBeFocused();
  const outline = confirm.getByRole('list').first();
  await expect(outline).toContainText('Title: text');
  await expect(outline).toContainText('Status: choice of proposed, accepted, rejected');
  await expect(outline).toContainText('Options: table with columns ID, Option, Verdict (ID OPT-#)');
  await expect(outline).toContainText('Consequences: list');
  // Nothing is offered before it is confirmed.
  await expect(page.getByRole('link', { name: 'New Decision' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'light' });

  await confirm.getByRole('button', { name: 'Add template' }).click();
  const status = section(page).getByRole('status');
  await expect(status).toHaveText('Added Decision. Start one with New Decision.');
  await expect(status).toBeFocused();
  await expect(confirm).toHaveCount(0);
  await expect(section(page).getByRole('button', { name: 'Remove Decision' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'New Decision' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  await page.getByRole('textbox', { name: 'Title' }).fill('Keep drafts in IndexedDB');
  await openSection(page, 'Options');
  const table = page.getByRole('group', { name: 'Options', exact: true });
  await item(table, 'Row 1').getByRole('textbox', { name: 'Option' }).fill('IndexedDB');
  await item(table, 'Row 1').getByRole('textbox', { name: 'Verdict' }).fill('Chosen');
  await table.getByRole('button', { name: 'Add row' }).click();
  await expect(item(table, 'Row 2').getByRole('textbox', { name: 'ID' })).toHaveValue('OPT-2');
  await item(table, 'Row 2').getByRole('textbox', { name: 'Option' }).fill('localStorage');

  const expected = [
    '# Decision: Keep drafts in IndexedDB',
    '',
    '**Status**: {proposed | accepted | rejected}',
    '',
    '## Context',
    '',
    '{Describe the forces at play.}',
    '',
    '## Options',
    '',
    '| ID | Option | Verdict |',
    '| - | - | - |',
    '| OPT-1 | IndexedDB | Chosen |',
    '| OPT-2 | localStorage | {verdict} |',
    '',
    '## Decision',
    '',
    '{What was decided, and why.}',
    '',
    '### Consequences',
    '',
    '- {consequence}',
    '',
  ].join('\n');
  // Edits are published after a pause: download until the file has the last value typed.
  await expect
    .poll(
      async () => {
        const [file] = await Promise.all([
          page.waitForEvent('download'),
          page.getByRole('button', { name: 'Download Markdown' }).click(),
        ]);
        expect(file.suggestedFilename()).toBe('keep-drafts-in-indexeddb.md');
        return readFileSync((await file.path())!, 'utf8');
      },
      { timeout: 20_000 },
    )
    .toBe(expected);
});

test('a bad template from text gets an alert and adds nothing', async ({ page }) => {
  await page.goto('./');
  const templates = page.getByRole('list', { name: 'Templates' }).getByRole('listitem');
  await expect(templates.first()).toBeVisible();
  const before = await templates.count();
  const open = section(page).getByRole('button', { name: 'Template from text' });

  // The dialog takes focus, Escape closes it and focus comes back.
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Template from text' });
  await expect(dialog.getByRole('textbox', { name: 'Template Markdown' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();

  await open.click();
  await dialog
    .getByRole('textbox', { name: 'Template Markdown' })
    .fill('Just a paragraph, no heading at all.');
  await expect(page.getByRole('dialog', { name: 'Template from text' })).toBeVisible();
  await expectNoAxeViolations(page);
  await dialog.getByRole('button', { name: 'Preview template' }).click();
  await expect(section(page).getByRole('alert')).toContainText('The template has no headings');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: /^Add / })).toHaveCount(0);
  await expect(templates).toHaveCount(before);
  await expect(section(page).getByRole('list', { name: 'Your templates' })).toHaveCount(0);
  await expectNoAxeViolations(page);

  // The text is kept, to be fixed and tried again.
  await open.click();
  await expect(dialog.getByRole('textbox', { name: 'Template Markdown' })).toHaveValue(
    'Just a paragraph, no heading at all.',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(open).toBeFocused();
});

test('a user template is kept in this browser and removable: its New link goes', async ({ page }) => {
  await page.goto('./');
  await (await addDecisionTemplate(page)).getByRole('button', { name: 'Add template' }).click();
  await expect(page.getByRole('link', { name: 'New Decision' })).toBeVisible();

  // Kept in IndexedDB: listed again after a reload.
  await page.reload();
  const remove = section(page).getByRole('button', { name: 'Remove Decision' });
  await expect(remove).toBeVisible();

  await remove.click();
  const status = section(page).getByRole('status');
  await expect(status).toContainText('Removed Decision.');
  await expect(status).toContainText('Drafts made from it keep working');
  await expect(status).toBeFocused();
  await expect(remove).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'New Decision' })).toHaveCount(0);
  await page.reload();
  await expect(section(page)).toBeVisible();
  await expect(section(page).getByRole('button', { name: 'Remove Decision' })).toHaveCount(0);
});

test('a draft outlives its template; a backup brings the template back with its drafts', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('./');
  await (await addDecisionTemplate(page)).getByRole('button', { name: 'Add template' }).click();
  await page.getByRole('link', { name: 'New Decision' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Queue the exports');
  // The preview is written in a worker, which knows the shipped templates only: the document brings its own.
  const preview = page.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('heading', { name: 'Decision: Queue the exports' })).toBeVisible();

  await page.goto('./');
  const backingUp = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Back up all drafts' }).click();
  const backup = JSON.parse(readFileSync((await (await backingUp).path())!, 'utf8'));
  expect(backup.templates.map((t: { description: { name: string } }) => t.description.name)).toEqual([
    'Decision',
  ]);

  await section(page).getByRole('button', { name: 'Remove Decision' }).click();
  await expect(page.getByRole('link', { name: 'New Decision' })).toHaveCount(0);
  // Removed, and the page reloaded: the draft still opens, with its preview, from the copy it carries.
  await page.reload();
  const card = draftsList(page).getByRole('listitem').filter({ hasText: 'Queue the exports' });
  await expect(card).toContainText('Decision');
  await card.getByRole('link', { name: 'Open Queue the exports' }).click();
  await expect(page.getByRole('textbox', { name: 'Title' })).toHaveValue('Queue the exports');
  await expect(preview.getByRole('heading', { name: 'Decision: Queue the exports' })).toBeVisible();

  await page.goto('./');
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Restore drafts' }).click();
  await (await choosing).setFiles({
    name: 'backup.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(backup)),
  });
  await expect(page.getByRole('status').filter({ hasText: 'Restored 1 template.' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New Decision' })).toBeVisible();
});

test('a team lists its templates in templates/index.json beside the app: everyone is offered them', async ({
  page,
}) => {
  await page.route('**/templates/index.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify({ templates: ['decision.md'] }) }),
  );
  await page.route('**/templates/decision.md', (route) =>
    route.fulfill({ contentType: 'text/markdown', body: decisionRecord }),
  );
  await page.goto('./');
  await page.getByRole('link', { name: 'New Decision' }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  await page.getByRole('textbox', { name: 'Title' }).fill('Team template');
  await expect(
    page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: 'Decision: Team template' }),
  ).toBeVisible();
  // Not the user's own: nothing to remove in "Your own templates".
  await expect(section(page).getByRole('button', { name: 'Remove Decision' })).toHaveCount(0);
});
