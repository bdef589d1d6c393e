import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { draftCard, draftsList, openHomeWith, storedDraft } from './drafts-helpers';
import { expectNoAxeViolations } from './template-helpers';

test('a damaged stored draft is set aside with its raw content; every other draft still opens', async ({
  page,
}) => {
  const now = Date.now();
  const broken = {
    id: 'broken',
    template: 'technical-spec',
    title: 'x',
    createdAt: 1,
    updatedAt: 2,
    doc: { fields: 7 },
  };
  await openHomeWith(page, {
    good: storedDraft('good', 'technical-spec', 'Billing export', now - 1000),
    other: storedDraft('other', 'feature-spec', 'Photo upload', now - 2000),
    broken,
    junk: 'not a draft at all',
  });

  const alert = page.getByRole('alert').filter({ hasText: 'could not be read' });
  await expect(alert).toContainText('2 stored drafts could not be read and were set aside.');
  await expect(alert).toContainText('broken');
  await expect(alert).toContainText('junk');
  await expect(draftsList(page).getByRole('listitem')).toHaveCount(2);
  await expect(draftCard(page, 'Billing export')).toBeVisible();
  await expect(draftCard(page, 'Photo upload')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await alert.getByRole('button', { name: 'Download raw content of draft broken' }).click();
  const download = await downloading;
  expect(JSON.parse(await readFile((await download.path())!, 'utf8'))).toEqual(broken);

  // A backup leaves the damaged records out and says so.
  await page.getByRole('button', { name: 'Back up all drafts' }).click();
  await expect(page.getByRole('status')).toContainText('2 damaged drafts could not be included');

  // The good drafts open (the editor reads them; the damaged ones never block it).
  await draftCard(page, 'Billing export').getByRole('link', { name: /^Open/ }).click();
  await expect(page).toHaveURL(/#\/edit\/good\/header$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Billing export');
  await page.goBack();
  await draftCard(page, 'Photo upload').getByRole('link', { name: /^Open/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Photo upload');
});

test('a draft made under an older version of its template opens: a new field is empty, a removed one is kept', async ({
  page,
}) => {
  const older = storedDraft('older', 'technical-spec', 'Before the change', Date.now(), (doc) => {
    // Recorded as made under version 0 of the template, which had no goals and a field since removed.
    doc.templateVersion = 0;
    delete doc.fields.goals;
    doc.fields.legacyNotes = 'Notes from a field the template no longer has.';
  });
  const current = storedDraft('current', 'technical-spec', 'After the change', Date.now() - 1000);
  await openHomeWith(page, { older, current });
  await draftCard(page, 'Before the change').getByRole('link', { name: 'Open Before the change' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('Before the change');
  const notice = page.getByRole('status').filter({ hasText: 'Made with an older version' });
  await expect(notice).toHaveText(
    /^Made with an older version of Technical Specification: new fields are empty; removed fields’ content is kept under “Additional content at the end”/,
  );
  await expectNoAxeViolations(page);
  const sections = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
  await sections.last().click();
  await expect(page.getByRole('textbox', { name: 'Additional content at the end' })).toHaveValue(
    'Notes from a field the template no longer has.',
  );

  // Saved once, it records the version it now follows: no notice next time.
  await page
    .getByRole('textbox', { name: 'Additional content at the end' })
    .fill('Notes kept, and read again.');
  await expect(page.getByText('All changes saved in this browser')).toBeVisible();
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Additional content at the end' })).toHaveValue(
    'Notes kept, and read again.',
  );
  await expect(notice).toHaveCount(0);

  // A draft made under the current version opens with no notice.
  await page.goto('./');
  await draftCard(page, 'After the change').getByRole('link', { name: 'Open After the change' }).click();
  await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveValue('After the change');
  await expect(page.getByRole('status').filter({ hasText: 'version of' })).toHaveCount(0);
});

test('a checklist draft from when its two categories were fixed fields opens with them as its first two categories', async ({
  page,
}) => {
  const older = storedDraft('checklist-v1', 'spec-kit-checklist', 'Photo albums', Date.now(), (doc) => {
    // Version 1 of the checklist template had the first and second category as fields of their own.
    doc.templateVersion = 1;
    delete doc.fields.categories;
    Object.assign(doc.fields, {
      category1: 'Requirement Clarity',
      category12: [{ text: 'CHK001 Is "fast" quantified?', checked: true }],
      category2: 'Scenario Coverage',
      category22: [{ text: 'CHK002 Are empty albums covered?', checked: false }],
    });
  });
  await openHomeWith(page, { 'checklist-v1': older });
  await draftCard(page, 'Photo albums').getByRole('link', { name: 'Open Photo albums' }).click();
  const categories = page.getByRole('group', { name: /^Category \d+$/ });
  await expect(categories).toHaveCount(2);
  await expect(categories.nth(0).getByRole('textbox', { name: 'Category' })).toHaveValue(
    'Requirement Clarity',
  );
  await expect(categories.nth(0).getByRole('textbox', { name: 'Item 1' })).toHaveValue(
    'CHK001 Is "fast" quantified?',
  );
  await expect(categories.nth(0).getByRole('checkbox', { name: 'Item 1 done' })).toBeChecked();
  await expect(categories.nth(1).getByRole('textbox', { name: 'Category' })).toHaveValue('Scenario Coverage');
  await expect(categories.nth(1).getByRole('textbox', { name: 'Item 1' })).toHaveValue(
    'CHK002 Are empty albums covered?',
  );
  // Nothing was left over for additional content.
  const sections = page.getByRole('navigation', { name: 'Sections' }).getByRole('link');
  await sections.last().click();
  await expect(page.getByRole('textbox', { name: 'Additional content at the end' })).toHaveCount(0);
});
