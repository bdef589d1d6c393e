import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';

// A feature spec with three planted defects: a vague term (FR-002), an escape clause (FR-003) and a success
// criterion that cannot be measured (SC-001).
const spec = readFileSync(new URL('./fixtures/checks-spec.md', import.meta.url), 'utf8');

// Opening runs remark, and the checks run after a pause in typing, on a machine that may be busy.
const slow = { timeout: 30_000 };

const checks = (page: Page) => page.getByRole('region', { name: 'Checks' });
const finding = (page: Page, text: RegExp) => checks(page).getByRole('listitem').filter({ hasText: text });

async function openSpec(page: Page) {
  await page.goto('./');
  await page.getByRole('button', { name: 'Open from text' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Paste the Markdown of a Technical or Feature Specification').fill(spec);
  await dialog.getByRole('button', { name: 'Open', exact: true }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/, slow);
  await expect(page.getByRole('textbox', { name: 'Feature name' })).toHaveValue('Bulk export', slow);
}

test('the Checks region: follow a finding to its field, fix it, dismiss another, copy them', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openSpec(page);

  // Every planted defect is listed, with its severity in words and the item's ID.
  const vague = finding(page, /FR-002/);
  await expect(vague).toContainText('Warning:', slow);
  await expect(vague).toContainText('Vague “relevant”');
  await expect(finding(page, /FR-003/)).toContainText('Escape clause “where possible”');
  await expect(finding(page, /SC-001/)).toContainText('Not measurable');
  await expect(checks(page).getByRole('listitem')).toHaveCount(3);

  // The link goes to the requirement's section and focuses its field.
  await vague.getByRole('link', { name: 'FR-002 (Functional Requirements)' }).click();
  await expect(page).toHaveURL(/\/requirementsSection$/, slow);
  const field = page.locator(':focus');
  await expect(field).toHaveValue('System MUST notify relevant admins when an export fails.', slow);

  // Fixing it makes the finding go, once typing pauses.
  await field.fill('System MUST notify the account owner when an export fails.');
  await expect(finding(page, /FR-002/)).toHaveCount(0, slow);
  await expect(checks(page).getByRole('listitem')).toHaveCount(2);

  // Dismissed for this draft: gone from the list, still gone after a reload.
  await finding(page, /SC-001/)
    .getByRole('button', { name: 'Dismiss' })
    .click();
  await expect(finding(page, /SC-001/)).toHaveCount(0);
  await expect(checks(page)).toContainText('1 dismissed');
  await page.reload();
  await expect(finding(page, /FR-003/)).toBeVisible(slow);
  await expect(finding(page, /SC-001/)).toHaveCount(0);

  // Copied as Markdown for a review comment: what is listed, not what was dismissed.
  await checks(page).getByRole('button', { name: 'Copy checks as Markdown' }).click();
  await expect(checks(page).getByRole('status')).toHaveText('Checks copied as Markdown');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('**Spec checks**: 1 finding');
  expect(copied).toContain('- **Warning** FR-003 (Functional Requirements): Escape clause “where possible”');
  expect(copied).not.toContain('SC-001');
  expect(copied).not.toContain('FR-002');

  // Dismissals can be undone.
  await checks(page).getByRole('button', { name: 'Show dismissed checks' }).click();
  await expect(finding(page, /SC-001/)).toBeVisible();
});

test('EARS mode is off by default and on per document', async ({ page }) => {
  await openSpec(page);
  await expect(finding(page, /FR-003/)).toBeVisible(slow);
  await expect(checks(page)).not.toContainText('Not an EARS pattern');
  const ears = checks(page).getByRole('checkbox', { name: /EARS mode/ });
  await expect(ears).not.toBeChecked();
  await ears.check();
  await expect(finding(page, /FR-001/)).toContainText('Suggestion:', slow);
  await expect(finding(page, /FR-001/)).toContainText('Not an EARS pattern');
  await page.reload();
  await expect(checks(page).getByRole('checkbox', { name: /EARS mode/ })).toBeChecked(slow);
});

test('a new document has no findings, and the Checks region is accessible', async ({ page }) => {
  await openSpec(page);
  await expect(finding(page, /FR-002/)).toBeVisible(slow);
  const scan = await new AxeBuilder({ page }).include('.checks').analyze();
  expect(scan.violations).toEqual([]);

  for (const template of ['Feature Specification', 'Technical Specification']) {
    await page.goto('./');
    await page.getByRole('link', { name: `New ${template}` }).click();
    await expect(checks(page)).toContainText('No findings', slow);
    await expect(checks(page).getByRole('listitem')).toHaveCount(0);
  }
});
