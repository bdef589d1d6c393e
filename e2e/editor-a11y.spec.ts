import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { item, newDraft, openSection } from './editor-helpers';

/** The whole page: form, section list, export bar and the preview beside them. */
const scan = (page: Page) => new AxeBuilder({ page });

test('a technical spec section with tables has no accessibility violations', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  await openSection(page, 'Requirements');
  const table = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  // With an error showing too.
  await item(table, 'Functional requirement 2').getByRole('textbox', { name: 'ID' }).fill('FR-1');
  await item(table, 'Functional requirement 2').getByRole('textbox', { name: 'ID' }).blur();
  await expect(item(table, 'Functional requirement 2').getByRole('textbox', { name: 'ID' })).toHaveAttribute(
    'aria-invalid',
    'true',
  );
  const results = await scan(page).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});

test('a feature spec section with user stories has no accessibility violations', async ({ page }) => {
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'User Scenarios & Testing');
  await item(page, 'User story 1').getByLabel('Title').fill('Upload a photo');
  await page.getByRole('button', { name: 'Remove user story 3' }).click();
  await expect(
    page.getByRole('status', { name: 'Notifications' }).filter({ hasText: 'Removed user story 3.' }),
  ).toBeVisible();
  const results = await scan(page).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});

test('the editor on a phone: form and preview are tabs, and there are no violations', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await newDraft(page, 'Feature Specification');
  const tabs = page.getByRole('tablist', { name: 'Editor view' });
  await expect(tabs.getByRole('tab', { name: 'Form' })).toHaveAttribute('aria-selected', 'true');
  await tabs.getByRole('tab', { name: 'Preview' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await tabs.getByRole('tab', { name: 'Form' }).click();
  await expect(page.getByRole('textbox', { name: 'Feature name' })).toBeVisible();
  const results = await scan(page).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
});
