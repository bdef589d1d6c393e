import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import type { GroupItem, SpecDocument } from '../src/core/document/spec-document';
import { writeMarkdown } from '../src/core/markdown/write-markdown';
import {
  type DocumentSize,
  type documentSizes,
  generateDocument,
} from '../src/core/sample/generate-document';
import { getTemplate } from '../src/core/templates';

// Big documents: long lists render only what is near the viewport, and nothing users rely on breaks for it.
// Documents are generated (src/core/sample/generate-document.ts) and opened as a user would, with Open Markdown file
// (a 300 KB paste into Open from text takes the test driver minutes on a busy machine).

const slow = { timeout: 60_000 };
const feature = getTemplate('feature-spec');

/** A generated feature spec with `requirements` functional requirements (the rest small), or one of the sizes. */
function generated(size: DocumentSize | keyof typeof documentSizes): SpecDocument {
  return generateDocument(feature, size);
}

function withRequirements(requirements: number): SpecDocument {
  return generated({ userStories: 2, scenariosPerStory: 2, requirements, tableRows: 3, listItems: 3 });
}

async function openMarkdown(page: Page, doc: SpecDocument) {
  await page.goto('./');
  await page.getByTestId('open-markdown-file-input').setInputFiles({
    name: 'generated.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from(writeMarkdown(doc)),
  });
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/, slow);
  await expect(page.getByRole('textbox', { name: 'Feature name' })).toBeVisible(slow);
}

async function openRequirements(page: Page) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: /^Requirements/ })
    .click();
  await expect(page).toHaveURL(/\/requirementsSection$/, slow);
}

const requirementList = (page: Page) =>
  page.getByRole('group', { name: 'Functional Requirements', exact: true }).getByRole('list').first();
const requirementTexts = (page: Page) =>
  page.locator('[name^="fields.functionalRequirements."][name$=".text"]');

async function download(page: Page): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download Markdown' }).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

test('huge document: Find in document reaches FR-900, and an edit there is downloaded', async ({ page }) => {
  test.setTimeout(180_000);
  const doc = generated('huge');
  await openMarkdown(page, doc);
  // Ctrl+F inside the editor opens Find in document; Escape closes it.
  await page.getByRole('textbox', { name: 'Feature name' }).focus();
  await page.keyboard.press('Control+f');
  const find = page.getByRole('searchbox', { name: 'Find in document' });
  await expect(find).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(find).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Feature name' })).toBeFocused();

  await page.keyboard.press('Control+f');
  await find.fill('FR-900');
  await page.getByRole('button', { name: 'Go to FR-900' }).click();
  await expect(page).toHaveURL(/\/requirementsSection$/, slow);
  const field = page.locator('[name="fields.functionalRequirements.899.text"]');
  await expect(field).toBeFocused(slow);
  // Far from the top of a 1,000-item list: the page holds only the items near it.
  expect(await requirementTexts(page).count()).toBeLessThan(200);

  await page.keyboard.press('End');
  await page.keyboard.type(' Edited at nine hundred.');
  const downloaded = await download(page);
  const line = downloaded.split('\n').find((l) => l.includes('**FR-900**'));
  expect(line).toMatch(/Edited at nine hundred\.$/);
});

test('huge document: Find lists matches by field and jumps to one in another section', async ({ page }) => {
  test.setTimeout(180_000);
  const doc = generated('huge');
  const stories = doc.fields.userStories as GroupItem[];
  const scenarios = stories[6]!.scenarios as GroupItem[];
  // The scenario's Then field (an object literal with a `then` key would look like a promise to the linter).
  scenarios[1] = {
    ...scenarios[1],
    ...Object.fromEntries([['then', 'the unmistakable zebra outcome appears']]),
  };
  await openMarkdown(page, doc);
  await page.getByRole('button', { name: 'Find in document' }).click();
  await page.getByRole('searchbox', { name: 'Find in document' }).fill('unmistakable zebra');
  await expect(page.getByRole('status').filter({ hasText: '1 match' })).toBeVisible();
  const match = page.getByRole('button', { name: /^User story 7 \/ Acceptance scenario 2 \/ Then/ });
  await match.click();
  await expect(page).toHaveURL(/\/userScenariosSection$/, slow);
  await expect(page.locator('[name="fields.userStories.6.scenarios.1.then"]')).toBeFocused(slow);
});

const walkCount = 42;

/**
 * Opens a document whose requirements list is just over the virtualization threshold, and records in the page every
 * item focus lands in, in order. `walk` presses a key until focus has left the list after reaching item `last`
 * (pressing on would wrap from the page's end to its top).
 */
async function prepareWalk(page: Page) {
  const count = walkCount;
  await openMarkdown(page, withRequirements(count));
  const list = requirementList(page);
  await openRequirements(page);
  // More than the threshold: not every item is in the page.
  await expect(requirementTexts(page).first()).toBeVisible();
  expect(await requirementTexts(page).count()).toBeLessThan(count);
  // Screen readers hear "3 of 42".
  await expect(list.locator('> li[aria-posinset="3"]')).toHaveAttribute('aria-setsize', String(count));
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { seen: number[] }).seen = seen;
    document.addEventListener('focusin', (event) => {
      const item = (event.target as Element).closest('fieldset[id^="f-fields-functionalRequirements-"]');
      const index = item ? Number(item.id.slice('f-fields-functionalRequirements-'.length)) : -1;
      if (index >= 0 && seen.at(-1) !== index) seen.push(index);
    });
  });
  const seen = () => page.evaluate(() => (window as unknown as { seen: number[] }).seen.splice(0));
  const walk = async (key: string, last: number) => {
    for (let batch = 0; batch < count * 3; batch++) {
      for (let press = 0; press < 5; press++) await page.keyboard.press(key);
      const done = await page.evaluate(
        (lastIndex) =>
          (window as unknown as { seen: number[] }).seen.includes(lastIndex) &&
          !document.activeElement?.closest('fieldset[id^="f-fields-functionalRequirements-"]'),
        last,
      );
      if (done) return;
    }
  };
  return { list, seen, walk };
}

test('Tab walks every item of a virtualized list in order', async ({ page }) => {
  test.setTimeout(300_000);
  const { list, seen, walk } = await prepareWalk(page);
  await page.locator('[name="fields.functionalRequirements.0.ref"]').focus();
  await walk('Tab', walkCount - 1);
  expect(await seen()).toEqual(Array.from({ length: walkCount }, (_, i) => i));
  // The item reached last is rendered with its place in the whole list.
  await expect(list.locator(`> li[aria-posinset="${walkCount}"]`)).toHaveAttribute(
    'aria-setsize',
    String(walkCount),
  );
});

test('Shift+Tab walks every item of a virtualized list in reverse order', async ({ page }) => {
  test.setTimeout(300_000);
  const { list, seen, walk } = await prepareWalk(page);
  // From below the list, so the walk starts with its last item.
  await page.getByRole('button', { name: /^Add functional requirement/i }).focus();
  await seen();
  await walk('Shift+Tab', 0);
  expect(await seen()).toEqual(Array.from({ length: walkCount }, (_, i) => walkCount - 1 - i));
  await expect(list.locator('> li[aria-posinset="1"]')).toHaveAttribute('aria-setsize', String(walkCount));
});

test('an item with an error far down a virtualized list is in the summary, and its link reaches it', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const doc = withRequirements(120);
  const requirements = doc.fields.functionalRequirements as GroupItem[];
  requirements[99] = { ...requirements[99], ref: 'FR-001' };
  await openMarkdown(page, doc);
  await openRequirements(page);
  // Validation is calm: an opened document's problems show once the user asks.
  await page.getByRole('button', { name: 'Check this section' }).click();
  const summary = page.getByRole('region', { name: /in this section/ });
  const link = summary.getByRole('link', { name: /Functional requirement 100/i });
  await expect(link).toBeVisible(slow);
  await link.click();
  const field = page.locator('[name="fields.functionalRequirements.99.ref"]');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
});

test('a virtualized section has no accessibility violations', async ({ page }) => {
  test.setTimeout(120_000);
  await openMarkdown(page, withRequirements(120));
  await openRequirements(page);
  await expect(requirementTexts(page).first()).toBeVisible();
  expect(await requirementTexts(page).count()).toBeLessThan(120);
  const results = await new AxeBuilder({ page }).include('.editor-form').analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`),
  ).toEqual([]);
  // Scrolled into the middle, too (the first and last items stay rendered: what follows the first is the middle).
  await page.mouse.move(700, 400);
  await page.mouse.wheel(0, 4000);
  await expect(requirementTexts(page).nth(1)).not.toHaveAttribute(
    'name',
    'fields.functionalRequirements.1.text',
  );
  const middle = await new AxeBuilder({ page }).include('.editor-form').analyze();
  expect(middle.violations.map((v) => v.id)).toEqual([]);
});
