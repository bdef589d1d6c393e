import { expect, test } from '@playwright/test';
import { newDraft, openSection } from './editor-helpers';

test('HTML and script typed into fields never run in the preview', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await newDraft(page, 'Technical Specification');
  await page
    .getByRole('textbox', { name: 'Title', exact: true })
    .fill('<img src=x onerror="window.__xss=1">');
  await page.getByRole('textbox', { name: 'Author', exact: true }).fill('<script>window.__xss=2</script>');
  await openSection(page, 'Overview');
  await page
    .getByRole('textbox', { name: 'Overview' })
    .fill(
      [
        '<img src=x onerror="window.__xss=1">',
        '',
        '<script>window.__xss=2</script>',
        '',
        'Inline <img src=x onerror="window.__xss=3"> and [a link](javascript:window.__xss=4) <b onmouseover="alert(5)">b</b>',
        '',
        '<iframe src="javascript:alert(6)"></iframe>',
      ].join('\n'),
    );
  const region = page.getByRole('region', { name: 'Preview' });
  await expect(region.getByText('Inline')).toBeVisible();
  await region.getByText('a link').click();
  await page.waitForTimeout(300);

  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(
    region.locator('img, script, iframe, [onerror], [onmouseover], [href^="javascript"]'),
  ).toHaveCount(0);

  await region.getByRole('tab', { name: 'Markdown' }).click();
  await expect(region.locator('pre')).toContainText('<script>window.__xss=2</script>');
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
});
