import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { item, newDraft, openMenu, openSection, sectionLink, values } from './editor-helpers';

const preview = (page: Page) => page.getByRole('region', { name: 'Preview' });
const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`,
  );

test('a new document shows no errors until a field is left empty after editing; the count opens the summary', async ({
  page,
}) => {
  await newDraft(page, 'Feature Specification');
  // Clicking through every section: what is missing is still to do, never an error.
  for (const title of ['Implementation Language Preferences', 'User Scenarios & Testing', 'Requirements']) {
    await page.getByRole('link', { name: new RegExp(`^Next: ${title}`) }).click();
    await expect(page.getByRole('heading', { level: 2, name: new RegExp(title) })).toBeVisible();
    await expect(page.getByRole('region', { name: /in this section/ })).toHaveCount(0);
  }
  await expect(page.getByRole('navigation', { name: 'Sections' })).not.toContainText('Has errors');
  await expect(page.getByRole('link', { name: /\d+ errors?/ })).toHaveCount(0);
  await expect(page.getByText(/things? still to do in this section/)).toBeVisible();

  // Typing, then emptying a required field: nothing while in it, an error once it is left.
  await openSection(page, 'Feature');
  const name = page.getByRole('textbox', { name: 'Feature name' });
  await name.fill('Albums');
  await name.fill('');
  await expect(name).not.toHaveAttribute('aria-invalid', 'true');
  await page.keyboard.press('Tab');
  await expect(name).toHaveAttribute('aria-invalid', 'true');
  await expect(name).toHaveAccessibleDescription(/Feature name is required/);
  await expect(page.locator('#f-fields-featureName-message')).toContainText('Error:');

  // The header's count is a link to the summary, from any section.
  await openSection(page, 'Requirements');
  await page.getByRole('link', { name: '1 error', exact: true }).click();
  const summary = page.getByRole('region', { name: /1 problem in this section/ });
  await expect(summary).toBeFocused();
  await expect(page.getByRole('heading', { level: 2, name: 'Feature' })).toBeVisible();
});

test('errors and warnings read differently; Check this section shows what is missing', async ({ page }) => {
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'Requirements');
  const list = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  for (const n of [1, 2, 3, 4]) {
    const text = item(list, `Functional requirement ${n}`).getByRole('textbox', {
      name: 'Functional Requirements',
    });
    await text.fill(`System MUST do ${n} [NEEDS CLARIFICATION: which ${n}?]`);
    await text.blur();
  }
  const warning = page.locator('.field-message.warning').first();
  await expect(warning).toContainText('Warning:');
  // An id used twice, not yet left: still to do until the section is checked.
  await item(list, 'Functional requirement 2').getByRole('textbox', { name: 'ID' }).fill('FR-001');
  await page.getByRole('button', { name: 'Check this section' }).click();
  const summary = page.getByRole('region', { name: /in this section/ });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('listitem').filter({ hasText: 'Error:' }).first()).toBeVisible();
  await expect(summary.getByRole('listitem').filter({ hasText: 'Warning:' }).first()).toBeVisible();
});

test('Tab goes from field to field, guidance shown or not, and every keystroke lands in a field', async ({
  page,
}) => {
  await newDraft(page, 'Technical Specification');
  await openSection(page, 'Overview');
  // No help control per field: guidance is one switch for the document.
  await expect(page.locator('.editor-form').getByRole('button', { name: /help/i })).toHaveCount(0);
  await expect(page.locator('.editor-form summary')).toHaveCount(0);
  const overview = page.getByRole('textbox', { name: 'Overview', exact: true });
  await expect(page.locator('.editor-form .help-text')).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Show guidance' }).check();
  await expect(page.locator('.editor-form .help-text').first()).toBeVisible();
  await overview.click();
  await page.keyboard.type('Card payments.');
  await page.keyboard.press('Tab');
  const goal1 = page.getByRole('textbox', { name: 'Goal 1', exact: true });
  await expect(goal1).toBeFocused();
  await page.keyboard.type('Accept cards');
  await expect(overview).toHaveValue('Card payments.');
  await expect(goal1).toHaveValue('Accept cards');
});

test('notes to template maintainers are not help, and import-only fields stay out of new items', async ({
  page,
}) => {
  await newDraft(page, 'Feature Specification');
  await page.getByRole('checkbox', { name: 'Show guidance' }).check();
  for (const title of ['User Scenarios & Testing', 'Requirements']) {
    await openSection(page, title);
    await expect(page.locator('.editor-form')).not.toContainText('ACTION REQUIRED');
    await expect(page.locator('.editor-form')).not.toContainText('IMPORTANT:');
  }
  await openSection(page, 'User Scenarios & Testing');
  await expect(page.getByRole('textbox', { name: 'Scenario as free text' })).toHaveCount(0);
  // Pre-filled policy text counts as filled in.
  await expect(sectionLink(page, 'Implementation Language Preferences')).toHaveAccessibleName(
    'Implementation Language Preferences Complete',
  );
});

test('Renumber in order renumbers deliberately, says which references are left, and undoes', async ({
  page,
}) => {
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'Requirements');
  const list = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  const ids = list.getByRole('textbox', { name: 'ID' });
  await list.getByRole('button', { name: 'Remove functional requirement 2' }).click();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-003', 'FR-004', 'FR-005']);
  await item(list, 'Functional requirement 1')
    .getByRole('textbox', { name: 'Functional Requirements' })
    .fill('System MUST log what FR-004 rejects');
  // At once: leaving the field clears the list's error above the button, and the click must still reach it.
  await list.getByRole('button', { name: 'Renumber in order' }).click();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004']);
  const toast = page.getByRole('status', { name: 'Notifications' });
  await expect(toast).toContainText('Renumbered 3 items in order.');
  await expect(toast).toContainText('FR-004');
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-003', 'FR-004', 'FR-005']);

  // Stories are called by their own number wherever they are moved.
  await openSection(page, 'User Scenarios & Testing');
  await page.getByRole('button', { name: 'Move up user story 3' }).click();
  await expect(page.getByRole('group', { name: /^User story \d$/ }).nth(1)).toHaveAccessibleName(
    'User story 3',
  );
  await page.getByRole('button', { name: 'Remove user story 3' }).click();
  await expect(toast).toContainText('Removed user story 3.');
});

test('focus: the first field of a new document, the changed field after undo, the text of an added item', async ({
  page,
}) => {
  await newDraft(page, 'Technical Specification');
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await expect(page).toHaveTitle('Untitled – Technical Specification – Specwright');
  await page.keyboard.type('Payment Gateway');
  await expect(page).toHaveTitle('Payment Gateway – Technical Specification – Specwright');

  await openSection(page, 'Overview');
  const goal2 = page.getByRole('textbox', { name: 'Goal 2', exact: true });
  await goal2.fill('Refunds');
  await page.getByRole('textbox', { name: 'Overview', exact: true }).click();
  await page.keyboard.press('Control+z');
  await expect(goal2).toHaveValue('');
  await expect(goal2).toBeFocused();
  await page.keyboard.press('Control+Shift+z');
  await expect(goal2).toHaveValue('Refunds');
  await expect(goal2).toBeFocused();

  // Undo of a change in another section goes there.
  await openSection(page, 'Background');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('heading', { level: 2, name: /Overview/ })).toBeVisible();
  await expect(goal2).toBeFocused();

  await openSection(page, 'Requirements');
  const table = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  await table.getByRole('button', { name: 'Add functional requirement' }).click();
  await expect(
    item(table, 'Functional requirement 4').getByRole('textbox', { name: 'Requirement' }),
  ).toBeFocused();
});

test('Ctrl+S downloads the Markdown; "?" lists the shortcuts; Markdown fields have Ctrl+B, I, E, K', async ({
  page,
}) => {
  await newDraft(page, 'Technical Specification');
  await page.keyboard.type('Payment Gateway');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Control+s')]);
  expect(download.suggestedFilename()).toBe('payment-gateway.md');
  expect(readFileSync((await download.path())!, 'utf8')).toContain('title: "Payment Gateway"');

  await page.getByRole('heading', { level: 2 }).first().click();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Ctrl+S');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await openSection(page, 'Background');
  const background = page.getByRole('textbox', { name: 'Background', exact: true });
  await background.fill('Cards are slow');
  await background.press('Control+a');
  await background.press('Control+b');
  await expect(background).toHaveValue('**Cards are slow**');
  await background.press('End');
  await background.pressSequentially(' with ');
  await background.press('Control+e');
  await page.keyboard.type('3DS');
  await expect(background).toHaveValue('**Cards are slow** with `3DS`');
  await background.press('End');
  await background.press('Control+k');
  await page.keyboard.type('https://example.com');
  await expect(background).toHaveValue('**Cards are slow** with `3DS`[link text](https://example.com)');
  await background.press('Control+i');
  await expect(background).toHaveValue(/_italic text_/);
});

test('the preview shows the item being edited, not only its section', async ({ page }) => {
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'User Scenarios & Testing');
  const story3 = item(page, 'User story 3');
  await story3.getByLabel('Title').fill('Export an album');
  await story3.getByLabel('Description').click();
  const region = preview(page);
  await expect(region.getByRole('heading', { name: /User Story 3 - Export an album/ })).toBeInViewport();
  await expect(region.getByRole('heading', { name: /User Story 1 - / })).not.toBeInViewport();
  await item(page, 'User story 1').getByLabel('Title').click();
  await expect(region.getByRole('heading', { name: /User Story 1 - / })).toBeInViewport();
});

test('a phone: a compact header, the section list folds after a choice, targets of 44 px', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await newDraft(page, 'Feature Specification');
  const bar = await page.locator('.editor-bar').boundingBox();
  expect(bar!.y + bar!.height).toBeLessThan(120);
  await page.getByText(/^Sections: 1 of/).click();
  const nav = page.getByRole('navigation', { name: 'Sections' });
  await expect(nav).toBeVisible();
  await sectionLink(page, 'User Scenarios & Testing').click();
  await expect(page.getByRole('heading', { level: 2, name: /User Scenarios & Testing/ })).toBeVisible();
  await expect(nav).toBeHidden();
  await expect(page.getByText(/^Sections: 3 of/)).toBeVisible();
  // Every button and link of the header and the form can be hit with a finger.
  const small = await page
    .locator('.editor-bar, .editor-form')
    .locator('button:visible, a:visible, summary:visible, select:visible')
    .evaluateAll((elements) =>
      elements
        .map((element) => ({ element, box: element.getBoundingClientRect() }))
        .filter(({ box }) => box.width < 44 || box.height < 44)
        .map(
          ({ element, box }) =>
            `${element.textContent?.trim() || element.getAttribute('aria-label')} ${box.width}x${box.height}`,
        ),
    );
  expect(small).toEqual([]);
});

test('dark mode follows the system, has a switch, and both schemes pass axe', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'User Scenarios & Testing');
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(21, 25, 30)');
  expect(await violations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background()).toBe('rgb(255, 255, 255)');
  expect(await violations(page)).toEqual([]);
  // The switch wins over the system, and is remembered.
  await openMenu(page);
  await page.getByRole('combobox', { name: 'Colours' }).selectOption({ label: 'Dark' });
  expect(await background()).toBe('rgb(21, 25, 30)');
  await page.reload();
  await expect(page.locator('.section-heading')).toBeVisible();
  expect(await background()).toBe('rgb(21, 25, 30)');
});

test('printing prints the rendered spec, not the form', async ({ page }, testInfo) => {
  await newDraft(page, 'Technical Specification');
  await page.keyboard.type('Payment Gateway');
  await expect(
    preview(page)
      .getByRole('heading', { name: /Payment Gateway|Overview/ })
      .first(),
  ).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.editor-form')).toBeHidden();
  await expect(page.locator('.editor-bar')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(preview(page).getByRole('heading', { name: '1. Overview' })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('print.png'), fullPage: true });
  const scroll = await page
    .locator('.preview-scroll')
    .evaluate((element) => getComputedStyle(element).maxHeight);
  expect(scroll).toBe('none');
});
