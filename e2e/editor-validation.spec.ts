import { expect, test } from '@playwright/test';
import { item, newDraft, openSection, sectionLink } from './editor-helpers';

test('an error shows at the field, in the section summary and in the section list; the draft stays usable', async ({
  page,
}) => {
  await newDraft(page, 'Feature Specification');
  const branch = page.getByRole('textbox', { name: 'Feature Branch' });
  await branch.fill('user login');
  // Nothing while typing; once the field is left, at the field: invalid, with the message as its description.
  await expect(branch).not.toHaveAttribute('aria-invalid', 'true');
  await branch.blur();
  await expect(branch).toHaveAttribute('aria-invalid', 'true');
  await expect(branch).toHaveAccessibleDescription(/Use ###-feature-name, for example 001-user-login\./);
  // In the section list: state in words, and a count.
  await expect(sectionLink(page, 'Feature')).toHaveAccessibleName('Feature Has errors, 1 error');
  // In the summary: a link that focuses the field.
  const summary = page.getByRole('region', { name: /1 problem in this section/ });
  await expect(summary).toBeVisible();
  await page.getByRole('textbox', { name: 'Feature name' }).focus();
  await summary.getByRole('link', { name: /Feature Branch: Use ###-feature-name/ }).click();
  await expect(branch).toBeFocused();
  // The preview and the download still work with errors.
  await expect(page.getByRole('button', { name: 'Download Markdown' })).toBeEnabled();
  await branch.fill('001-user-login');
  await branch.blur();
  await expect(branch).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toBeHidden();
  await expect(sectionLink(page, 'Feature')).toHaveAccessibleName('Feature In progress');
});

test('required values are reported on "Check this section", and the summary reveals collapsed items', async ({
  page,
}) => {
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'User Scenarios & Testing');
  await expect(page.getByRole('region', { name: /in this section/ })).toHaveCount(0);
  const story = item(page, 'User story 2');
  await story.getByLabel('Title').fill('Share an album');
  // A started story needs its other fields: still to do, not errors, even after leaving the section.
  const summary = page.getByRole('region', { name: /problems in this section/ });
  await openSection(page, 'Requirements');
  await expect(sectionLink(page, 'User Scenarios & Testing')).toHaveAccessibleName(
    'User Scenarios & Testing In progress',
  );
  await openSection(page, 'User Scenarios & Testing');
  await expect(summary).toHaveCount(0);
  await expect(page.getByText(/\d+ things still to do in this section/)).toBeVisible();
  await page.getByRole('button', { name: 'Check this section' }).click();
  await expect(summary).toBeFocused();
  await expect(sectionLink(page, 'User Scenarios & Testing')).toHaveAccessibleName(
    /User Scenarios & Testing Has errors, \d+ errors/,
  );
  await expect(summary).toContainText('User story 2: Description: Description is required.');
  // A story without any acceptance scenario is an error.
  await story.getByRole('button', { name: 'Remove acceptance scenario 1' }).click();
  await expect(summary).toContainText('has no acceptance scenario');
  await expect(page.getByRole('group', { name: 'Acceptance Scenarios' }).nth(1)).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  // Collapse the story, then follow the summary link: the story opens and the field gets focus.
  await story.getByRole('button', { name: /User story 2: Share an album/ }).click();
  await expect(story.getByLabel('Description')).toBeHidden();
  await summary
    .getByRole('link', { name: 'User story 2: Why this priority: Why this priority is required.' })
    .click();
  await expect(story.getByLabel('Why this priority')).toBeFocused();
});

test('more than three [NEEDS CLARIFICATION] markers is a warning, not an error', async ({ page }) => {
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'Requirements');
  const list = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  for (const n of [1, 2, 3, 4]) {
    await item(list, `Functional requirement ${n}`)
      .getByRole('textbox', { name: 'Functional Requirements' })
      .fill(`System MUST do ${n} [NEEDS CLARIFICATION: which ${n}?]`);
  }
  const fourth = item(list, 'Functional requirement 4').getByRole('textbox', {
    name: 'Functional Requirements',
  });
  await fourth.blur();
  await expect(fourth).toHaveAccessibleDescription(/4 \[NEEDS CLARIFICATION\] markers/);
  await expect(fourth).not.toHaveAttribute('aria-invalid', 'true');
  await expect(sectionLink(page, 'Requirements')).toHaveAccessibleName(/1 warning/);
});
