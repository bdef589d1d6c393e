import { expect, type Locator, type Page } from '@playwright/test';

/** Opens a new draft of a template from the home page and waits for its first section. */
export async function newDraft(page: Page, template: 'Technical Specification' | 'Feature Specification') {
  await page.goto('./');
  await page.getByRole('link', { name: `New ${template}` }).click();
  await expect(page).toHaveURL(/#\/edit\/[^/]+\/header$/);
  // On a phone the section list is folded away; the section heading is always there.
  await expect(page.locator('.section-heading')).toBeVisible();
}

/** Opens the header's "More" menu (copy, export options, share, open ...), if it is not open. */
export async function openMenu(page: Page): Promise<void> {
  const more = page.getByRole('button', { name: 'More', exact: true });
  if ((await more.getAttribute('aria-expanded')) !== 'true') await more.click();
  await expect(more).toHaveAttribute('aria-expanded', 'true');
}

/** The draft id and section of the current editor URL. */
export function editorLocation(page: Page): { docId: string; section: string } {
  const match = /#\/edit\/([^/]+)\/([^/?]+)/.exec(page.url());
  if (!match) throw new Error(`Not an editor URL: ${page.url()}`);
  return { docId: decodeURIComponent(match[1]!), section: decodeURIComponent(match[2]!) };
}

/** Goes to a section through the section list. */
export async function openSection(page: Page, title: string) {
  await page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}\\b`) })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(escapeRegExp(title)) })).toBeVisible();
}

/** The section list's link of a section. */
export function sectionLink(page: Page, title: string): Locator {
  return page
    .getByRole('navigation', { name: 'Sections' })
    .getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}\\b`) });
}

/** A repeatable item (row, story, scenario ...) by its accessible name, "User story 2". */
export function item(scope: Page | Locator, name: string): Locator {
  return scope.getByRole('group', { name, exact: true });
}

/** The values of a list of inputs. */
export async function values(locator: Locator): Promise<string[]> {
  return locator.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
