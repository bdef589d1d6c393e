import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

// A small decision record in the style of MADR: a `{placeholder}` title, a labelled choice, a table with an ID
// column, and a subsection. Its table's delimiter row is written as the writer writes one, so the expected file
// below is this text with the typed values in place.
export const decisionRecord = [
  '# Decision: {title}',
  '',
  '**Status**: {proposed | accepted | rejected}',
  '',
  '## Context',
  '',
  '{Describe the forces at play.}',
  '',
  '## Options',
  '',
  '| ID | Option | Verdict |',
  '| - | - | - |',
  '| OPT-1 | {option} | {verdict} |',
  '',
  '## Decision',
  '',
  '{What was decided, and why.}',
  '',
  '### Consequences',
  '',
  '- {consequence}',
  '',
].join('\n');

/** The home page's "Your own templates". */
export const section = (page: Page) => page.getByRole('region', { name: 'Your own templates' });

/** Adds the decision record from a file, up to its confirmation (returned). */
export async function addDecisionTemplate(page: Page) {
  await section(page)
    .getByLabel('Open template file')
    .setInputFiles({ name: 'decision.md', mimeType: 'text/markdown', buffer: Buffer.from(decisionRecord) });
  const confirm = page.getByRole('region', { name: 'Add Decision?' });
  await expect(confirm).toBeVisible();
  return confirm;
}

/** No axe violations on the page as it is. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations).toEqual([]);
}
