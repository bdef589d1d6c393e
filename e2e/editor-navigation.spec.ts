import { expect, test } from '@playwright/test';
import { editorLocation, newDraft, openSection, sectionLink } from './editor-helpers';

test('a new technical spec opens at its first section, with every section listed with its state', async ({
  page,
}) => {
  await newDraft(page, 'Technical Specification');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Untitled');
  await expect(page.getByRole('heading', { level: 2, name: 'Front matter' })).toBeVisible();
  const links = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
  await expect(links).toHaveCount(9);
  await expect(links.nth(0)).toHaveAccessibleName('Front matter Empty');
  await expect(links.nth(0)).toHaveAttribute('aria-current', 'page');
  await expect(links.nth(3)).toHaveAccessibleName('Requirements Empty');
  // The home page's link is a real link: history has the home page, not the /new address.
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a spec' })).toBeVisible();
});

test('sections have their own address: Next, Previous, back button, reload and a pasted URL', async ({
  page,
}) => {
  await newDraft(page, 'Feature Specification');
  await page.getByLabel('Feature name').fill('Photo upload');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Photo upload');
  await page.getByRole('link', { name: 'Next: Implementation Language Preferences' }).click();
  await expect(page).toHaveURL(/\/implementationLanguageSection$/);
  await expect(
    page.getByRole('heading', { level: 2, name: 'Implementation Language Preferences' }),
  ).toBeFocused();
  await page.getByRole('link', { name: 'Next: User Scenarios & Testing' }).click();
  await expect(page).toHaveURL(/\/userScenariosSection$/);
  await page.getByRole('link', { name: 'Previous: Implementation Language Preferences' }).click();
  await expect(page).toHaveURL(/\/implementationLanguageSection$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/userScenariosSection$/);
  await expect(page.getByRole('heading', { level: 2, name: /User Scenarios & Testing/ })).toBeVisible();

  // Reload: same section, same content (the draft is saved in the browser).
  await page
    .getByRole('group', { name: 'User story 1', exact: true })
    .getByLabel('Title')
    .fill('Upload one photo');
  // Saved within half a second of the last keystroke (the drafts feature's autosave).
  await page.waitForTimeout(1000);
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: /User Scenarios & Testing/ })).toBeVisible();
  await expect(
    page.getByRole('group', { name: 'User story 1', exact: true }).getByLabel('Title'),
  ).toHaveValue('Upload one photo');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Photo upload');

  // A pasted URL of another section of the draft.
  const { docId } = editorLocation(page);
  await page.goto(`./#/edit/${docId}/successCriteriaSection`);
  await expect(page.getByRole('heading', { level: 2, name: /Success Criteria/ })).toBeVisible();
  await expect(sectionLink(page, 'Success Criteria')).toHaveAttribute('aria-current', 'page');
});

test('an unknown section goes to the first; an unknown draft says so and links home', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  const { docId } = editorLocation(page);
  await page.goto(`./#/edit/${docId}/noSuchSection`);
  await expect(page).toHaveURL(new RegExp(`#/edit/${docId}/header$`));
  await expect(page.getByRole('heading', { level: 2, name: 'Front matter' })).toBeVisible();

  await page.goto('./#/edit/not-a-draft/header');
  await expect(page.getByRole('heading', { level: 1, name: 'Draft not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write a spec' })).toBeVisible();

  await page.goto('./#/new/no-such-template');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
});

test('the section list says which sections are in progress, complete or have errors', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  await openSection(page, 'Background');
  await page.getByRole('textbox', { name: 'Background' }).fill('Specs are written by hand today.');
  await expect(sectionLink(page, 'Background')).toHaveAccessibleName('Background Complete');
  await openSection(page, 'Overview');
  await page.getByRole('textbox', { name: 'Overview' }).fill('A form that writes specs.');
  await expect(sectionLink(page, 'Overview')).toHaveAccessibleName('Overview In progress');
  // Leaving a section is no error: what is missing is still to do, until the user asks for a check.
  await openSection(page, 'Design');
  await expect(sectionLink(page, 'Overview')).toHaveAccessibleName('Overview In progress');
  await expect(sectionLink(page, 'Front matter')).toHaveAccessibleName('Front matter Empty');
  await openSection(page, 'Overview');
  await page.getByRole('button', { name: 'Check this section' }).click();
  await expect(sectionLink(page, 'Overview')).toHaveAccessibleName('Overview Has errors, 1 error');
});
