import { expect, test } from '@playwright/test';
import { addDecisionTemplate } from './template-helpers';

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
