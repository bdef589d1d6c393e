import { expect, type Page, test } from '@playwright/test';
import { item, newDraft, openSection } from './editor-helpers';

// The README's screenshots, taken from the built app. They are written to docs/screenshots with
// UPDATE_SCREENSHOTS=1 (look at them before committing), else to the test's output folder. Each also checks that
// long text has room: the boxes that hold sentences are as wide as most of the form column.

const shot = (name: string) =>
  process.env.UPDATE_SCREENSHOTS === '1' ? `docs/screenshots/${name}` : test.info().outputPath(name);

/** The width of a control as a share of the form column's. */
async function share(page: Page, control: ReturnType<Page['locator']>): Promise<number> {
  const form = await page.locator('.editor-form').boundingBox();
  const box = await control.boundingBox();
  return box!.width / form!.width;
}

test('technical spec at 1400 x 900: requirements with room to write', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 900 });
  await newDraft(page, 'Technical Specification');
  await page.keyboard.type('Payment Gateway');
  await openSection(page, 'Requirements');
  const table = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  const requirement = item(table, 'Functional requirement 1').getByRole('textbox', { name: 'Requirement' });
  await requirement.fill(
    'The gateway accepts card payments in EUR and USD, answers within two seconds and never stores the card number.',
  );
  await item(table, 'Functional requirement 2')
    .getByRole('textbox', { name: 'Requirement' })
    .fill('Refunds go back to the card they came from.');
  expect(await share(page, requirement)).toBeGreaterThan(0.8);
  await expect(
    page.getByRole('region', { name: 'Preview' }).getByRole('cell', { name: 'FR-2', exact: true }),
  ).toBeInViewport();
  // The box grew to show the whole sentence: taller than one line.
  expect((await requirement.boundingBox())!.height).toBeGreaterThan(40);
  expect(
    await share(page, item(table, 'Functional requirement 1').getByRole('textbox', { name: 'ID' })),
  ).toBeLessThan(0.3);
  await page.screenshot({ path: shot('editor-technical-desktop.png') });

  await openSection(page, 'Design');
  const diagram = page.getByRole('textbox', { name: 'Architecture diagram' });
  await diagram.fill('+--------+     +---------+\n| Client | --> | Gateway |\n+--------+     +---------+');
  const font = await diagram.evaluate((element) => getComputedStyle(element));
  expect(font.whiteSpace).toBe('pre');
  expect(font.fontFamily).toMatch(/mono/i);
  await page.screenshot({ path: shot('editor-technical-design-desktop.png') });
});

test('feature spec at 390 x 844 and at 1400 x 900: stories with Given / When / Then stacked', async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await newDraft(page, 'Feature Specification');
  await page.keyboard.type('Photo albums');
  await page.getByText(/^Sections: 1 of/).click();
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^User Scenarios & Testing/ })
    .click();
  const story = item(page, 'User story 1');
  await story.getByLabel('Title').fill('Share an album with a link');
  const given = item(story, 'Acceptance scenario 1').getByLabel('Given');
  await given.fill('an album with twelve photos and a signed-in owner');
  await item(story, 'Acceptance scenario 1').getByLabel('When').fill('the owner copies the album’s link');
  expect(await share(page, given)).toBeGreaterThan(0.75);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot('editor-feature-phone.png') });

  await page.setViewportSize({ width: 1400, height: 900 });
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  expect(await share(page, given)).toBeGreaterThan(0.6);
  await item(story, 'Acceptance scenario 1').getByLabel('Then', { exact: true }).click();
  await expect(
    page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: /User Story 1/ }),
  ).toBeInViewport();
  await page.screenshot({ path: shot('editor-feature-desktop.png') });
});

test('the technical spec at 390 x 844 and the feature spec in dark mode', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await newDraft(page, 'Technical Specification');
  await page.keyboard.type('Payment Gateway');
  await page.screenshot({ path: shot('editor-technical-phone.png') });
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await newDraft(page, 'Feature Specification');
  await page.keyboard.type('Photo albums');
  await openSection(page, 'Requirements');
  await expect(
    page.getByRole('region', { name: 'Preview' }).getByRole('heading', { name: /^Requirements/ }),
  ).toBeInViewport();
  await page.screenshot({ path: shot('editor-feature-dark-desktop.png') });
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(21, 25, 30)');
});
