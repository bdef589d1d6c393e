import { expect, type Page, test } from '@playwright/test';

/** The role and accessible name of the focused element, from its ARIA snapshot (one element: fast). */
async function focused(page: Page): Promise<{ role: string; name: string } | null> {
  const active = page.locator(':focus');
  if ((await active.count()) !== 1) return null;
  const first = (await active.ariaSnapshot()).split('\n')[0] ?? '';
  // `- link "Name"`, or YAML-quoted when the name holds a colon: `- 'button "A: B"'`.
  const match = /^- '?(\w+)(?: "(.*)")?/.exec(first.replace(/''/g, "'"));
  return match ? { role: match[1]!, name: match[2] ?? '' } : null;
}

/** Presses Tab (Shift+Tab going back) until the focused element has this role and accessible name. */
async function tabTo(page: Page, role: string, name: string | RegExp, back = false, max = 250) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const now = await focused(page);
    if (now && now.role === role && (typeof name === 'string' ? now.name === name : name.test(now.name)))
      return;
  }
  throw new Error(`Tab never reached ${role} "${name}"`);
}

test('a whole journey with the keyboard only: Tab, Enter, Space and typing', async ({ page }) => {
  // Hundreds of key presses, each checked.
  test.setTimeout(180_000);
  await page.goto('./');
  await tabTo(page, 'link', 'New Feature Specification');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);

  // A new document starts in its first field.
  await expect(page.getByRole('textbox', { name: 'Feature name' })).toBeFocused();
  await page.keyboard.type('Keyboard only');
  // One Tab to the next field: no help control in between.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Feature Branch' })).toBeFocused();
  await page.keyboard.type('bad branch');

  await tabTo(page, 'link', 'Next: Implementation Language Preferences');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Implementation Language Preferences' }),
  ).toBeFocused();
  await tabTo(page, 'link', 'Next: User Scenarios & Testing');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: /User Scenarios & Testing/ })).toBeFocused();

  // Add a story with Space: focus moves into its title.
  await tabTo(page, 'button', 'Add user story');
  await page.keyboard.press('Space');
  const story4 = page.getByRole('group', { name: 'User story 4', exact: true });
  await expect(story4.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('Works without a mouse');
  await expect(story4.getByRole('button', { name: /User story 4: Works without a mouse/ })).toBeVisible();

  // Move it up with Enter: focus follows the moved story, which keeps its own number.
  await tabTo(page, 'button', 'Move up user story 4');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Move up user story 4' })).toBeFocused();
  await expect(page.getByRole('group', { name: /^User story/ }).nth(2)).toHaveAccessibleName('User story 4');

  // Collapse it with Space.
  await tabTo(page, 'button', 'Collapse User story 4: Works without a mouse', true);
  await page.keyboard.press('Space');
  await expect(
    page.getByRole('button', { name: 'Expand User story 4: Works without a mouse' }),
  ).toBeFocused();

  // Previous section, then back to the first through the section list (just before the section's heading).
  await tabTo(page, 'link', 'Previous: Implementation Language Preferences');
  await page.keyboard.press('Enter');
  await expect(
    page.getByRole('heading', { level: 2, name: 'Implementation Language Preferences' }),
  ).toBeFocused();
  // Only the field left wrong shows an error; the others are still to do.
  await tabTo(page, 'link', /^Feature Has errors, 1 error$/, true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Feature' })).toBeFocused();
  await tabTo(page, 'link', 'Feature Branch: Use ###-feature-name, for example 001-user-login.');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Feature Branch' })).toBeFocused();
  await page.keyboard.press('Control+a');
  await page.keyboard.type('042-keyboard-only');
  await expect(page.getByRole('textbox', { name: 'Feature Branch' })).not.toHaveAttribute(
    'aria-invalid',
    'true',
  );
});
