import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

test('the home page lists both templates with a one-line description each', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Write a spec');
  const templates = page.getByRole('list', { name: 'Templates' }).getByRole('listitem');
  await expect(templates).toHaveCount(5);
  await expect(templates.nth(0).getByRole('heading')).toHaveText('Technical Specification');
  await expect(templates.nth(0)).toContainText('requirement tables');
  await expect(templates.nth(1).getByRole('heading')).toHaveText('Feature Specification');
  await expect(templates.nth(1)).toContainText('user stories');
  await expect(page.getByRole('link', { name: 'New Technical Specification' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'New Feature Specification' })).toBeVisible();
});

test('the home page has no accessibility violations', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
});
