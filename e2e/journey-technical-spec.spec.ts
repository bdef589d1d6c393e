import { expect, test } from '@playwright/test';
import { item, newDraft, openSection, sectionLink, values } from './editor-helpers';
import {
  box,
  downloadMarkdown,
  expectGolden,
  fillAll,
  markdownView,
  next,
  removeWithUndo,
} from './journey-helpers';

// A whole technical specification written through the form as a user would, then downloaded and compared with
// e2e/fixtures/journey-technical-spec.md (UPDATE_FIXTURES=1 writes it from the download).
test('technical spec journey: every section filled, items reordered and removed, downloaded as the golden file', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect.configure({ timeout: 15_000 });
  await newDraft(page, 'Technical Specification');

  // Front matter
  await box(page, 'Title').fill('Journey Payment Gateway');
  await box(page, 'Version').fill('2.1');
  await box(page, 'Date').fill('2026-11-21');
  await box(page, 'Author').fill('Ada Lovelace');
  await box(page, 'Status').fill('Review');
  const reviewers = page.getByRole('group', { name: 'Reviewers', exact: true });
  await reviewers.getByRole('button', { name: 'Add reviewer' }).click();
  await box(reviewers, 'Reviewer 1').fill('Grace Hopper');
  await reviewers.getByRole('button', { name: 'Add reviewer' }).click();
  await box(reviewers, 'Reviewer 2').fill('Alan Turing');
  await reviewers.getByRole('button', { name: 'Move up reviewer 2' }).click();
  await expect.poll(() => values(reviewers.getByRole('textbox'))).toEqual(['Alan Turing', 'Grace Hopper']);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journey Payment Gateway');

  // 1. Overview
  await next(page, 'Overview');
  await box(page, 'Overview').fill('Takes card payments for the *shop*, with **3-D Secure**.');
  const goals = page.getByRole('group', { name: 'Goals', exact: true });
  await box(goals, 'Goal 1').fill('Accept card payments');
  await box(goals, 'Goal 2').fill('Refund within a day');
  await box(goals, 'Goal 3').fill('Keep card data out of our servers');
  await goals.getByRole('button', { name: 'Add goal' }).click();
  await expect(box(goals, 'Goal 4')).toBeFocused();
  await box(goals, 'Goal 4').fill('Show receipts with *stars* kept');
  await goals.getByRole('button', { name: 'Move up goal 4' }).click();
  await expect
    .poll(() => values(goals.getByRole('textbox')))
    .toEqual([
      'Accept card payments',
      'Refund within a day',
      'Show receipts with *stars* kept',
      'Keep card data out of our servers',
    ]);
  await removeWithUndo(page, goals, 'goal 2', async () => {
    await expect(box(goals, 'Goal 2')).toHaveValue('Refund within a day');
  });
  await expect
    .poll(() => values(goals.getByRole('textbox')))
    .toEqual([
      'Accept card payments',
      'Show receipts with *stars* kept',
      'Keep card data out of our servers',
    ]);
  const nonGoals = page.getByRole('group', { name: 'Non-Goals', exact: true });
  await box(nonGoals, 'Non-goal 1').fill('Cash payments');
  await box(nonGoals, 'Non-goal 2').fill('Crypto <b>x</b> wallets');

  // 2. Background (through the section list)
  await openSection(page, 'Background');
  await box(page, 'Background').fill('Orders are paid by bank transfer today.');
  await box(page, 'Current State').fill('A clerk matches transfers by hand.');
  await box(page, 'Problem').fill('Matching takes two days and loses 3% of orders.');

  // 3. Requirements
  await next(page, 'Requirements');
  const fr = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  await fillAll(item(fr, 'Functional requirement 1'), { Requirement: 'Charge a card', Priority: 'Must' });
  await fillAll(item(fr, 'Functional requirement 2'), {
    Requirement: 'Export as CSV | PDF',
    Priority: 'Should',
  });
  await fillAll(item(fr, 'Functional requirement 3'), { Requirement: 'Pay by invoice', Priority: 'Could' });
  await fr.getByRole('button', { name: 'Add functional requirement' }).click();
  const fr4 = item(fr, 'Functional requirement 4');
  await expect(box(fr4, 'ID')).toHaveValue('FR-4');
  await fillAll(fr4, { Requirement: 'Refund *part* of a payment', Priority: 'Won’t' });
  await fr.getByRole('button', { name: 'Move up functional requirement 4' }).click();
  await expect
    .poll(() => values(fr.getByRole('textbox', { name: 'ID' })))
    .toEqual(['FR-1', 'FR-2', 'FR-4', 'FR-3']);
  // Remove FR-3 (now the 4th row): the others keep their ids.
  await removeWithUndo(page, fr, 'functional requirement 4', async () => {
    await expect(box(item(fr, 'Functional requirement 4'), 'Requirement')).toHaveValue('Pay by invoice');
  });
  await expect.poll(() => values(fr.getByRole('textbox', { name: 'ID' }))).toEqual(['FR-1', 'FR-2', 'FR-4']);
  const nfr = page.getByRole('group', { name: 'Non-Functional Requirements', exact: true });
  await fillAll(item(nfr, 'Non-functional requirement 1'), {
    Requirement: 'Performance',
    Metric: '< 300 ms',
  });
  await fillAll(item(nfr, 'Non-functional requirement 2'), { Requirement: 'Availability', Metric: '99.95%' });
  await fillAll(item(nfr, 'Non-functional requirement 3'), {
    Requirement: 'Scalability',
    Metric: '5000 users',
  });

  // 4. Design
  await next(page, 'Design');
  await box(page, 'Architecture').fill('A thin API in front of the payment provider.');
  await box(page, 'Architecture diagram').fill(
    '[Shop] --> [Gateway API] --> [Provider]\n      \\--> [Ledger]',
  );
  const components = page.getByRole('group', { name: 'Components', exact: true });
  await fillAll(item(components, 'Component 1'), {
    Component: 'Gateway API',
    Responsibility: 'Takes orders',
  });
  await fillAll(item(components, 'Component 2'), {
    Component: 'Ledger',
    Responsibility: 'Renders <b>x</b> totals',
  });
  await components.getByRole('button', { name: 'Add component' }).click();
  await fillAll(item(components, 'Component 3'), {
    Component: 'Webhook relay',
    Responsibility: 'Forwards events',
  });
  await components.getByRole('button', { name: 'Move down component 1' }).click();
  await expect
    .poll(() => values(components.getByRole('textbox', { name: 'Component', exact: true })))
    .toEqual(['Ledger', 'Gateway API', 'Webhook relay']);
  const interfaces = page.getByRole('group', { name: 'Interfaces', exact: true });
  await fillAll(item(interfaces, 'Interface 1'), {
    Interface: 'POST /charges',
    Input: 'Charge JSON',
    Output: '201 | 402',
  });
  await fillAll(item(interfaces, 'Interface 2'), {
    Interface: 'GET /charges/{id}',
    Input: 'Charge id',
    Output: 'Charge JSON',
  });

  // 5. Implementation
  await next(page, 'Implementation');
  await box(page, 'Approach').fill('Build the API first, then move the shop over behind a flag.');
  const dependencies = page.getByRole('group', { name: 'Dependencies', exact: true });
  await fillAll(item(dependencies, 'Dependency 1'), {
    Dependency: 'stripe-node',
    Version: '17.2.0',
    Purpose: 'Provider client',
  });
  await fillAll(item(dependencies, 'Dependency 2'), {
    Dependency: 'zod',
    Version: '4.6.7',
    Purpose: 'Validation',
  });
  const configuration = page.getByRole('group', { name: 'Configuration', exact: true });
  await fillAll(item(configuration, 'Configuration parameter 1'), {
    Parameter: 'PAYMENT_TIMEOUT_MS',
    Default: '3000',
    Description: 'How long to wait for the provider',
  });
  await fillAll(item(configuration, 'Configuration parameter 2'), {
    Parameter: 'PAYMENTS_ENABLED',
    Default: 'false',
    Description: 'The feature flag',
  });

  // 6. Testing (through the section list)
  await openSection(page, 'Testing');
  const cases = page.getByRole('group', { name: 'Test Cases', exact: true });
  await fillAll(item(cases, 'Test case 1'), {
    Scenario: 'Pay with a valid card',
    'Expected Result': 'Order paid',
  });
  await fillAll(item(cases, 'Test case 2'), {
    Scenario: 'Pay with a declined card',
    'Expected Result': 'Error 402',
  });
  await cases.getByRole('button', { name: 'Add test case' }).click();
  await expect(box(item(cases, 'Test case 3'), 'ID')).toHaveValue('TC-3');
  await fillAll(item(cases, 'Test case 3'), { Scenario: 'Refund half', 'Expected Result': 'Half refunded' });
  const criteria = page.getByRole('group', { name: 'Acceptance Criteria', exact: true });
  await box(criteria, 'Acceptance criterion 1').fill('All test cases pass');
  await box(criteria, 'Acceptance criterion 2').fill('A real card is charged in staging');
  await box(criteria, 'Acceptance criterion 3').fill('Refunds show in the ledger');
  await criteria.getByRole('checkbox', { name: 'Acceptance criterion 1 done' }).check();

  // 7. Rollout
  await next(page, 'Rollout');
  const phases = page.getByRole('group', { name: 'Phases', exact: true });
  await fillAll(item(phases, 'Phase 1'), { Scope: 'Staff orders only', Timeline: 'December 2026' });
  await fillAll(item(phases, 'Phase 2'), { Scope: 'All orders', Timeline: 'January 2027' });
  await expect
    .poll(() => values(phases.getByRole('textbox', { name: 'Phase', exact: true })))
    .toEqual(['1', '2']);
  await box(page, 'Rollback Plan').fill('Turn PAYMENTS_ENABLED off; orders fall back to bank transfer.');

  // 8. Open Questions
  await next(page, 'Open Questions');
  const questions = page.getByRole('group', { name: 'Open Questions', exact: true });
  await box(questions, 'Open question 1').fill('Which provider? [NEEDS CLARIFICATION: which format?]');
  await box(questions, 'Open question 2').fill('Do we keep bank transfer?');
  await box(questions, 'Open question 3').fill('Who owns refunds?');
  await questions.getByRole('checkbox', { name: 'Open question 2 done' }).check();
  await questions.getByRole('button', { name: 'Remove open question 3' }).click();
  await expect(questions.getByRole('textbox')).toHaveCount(2);
  await expect(page.getByRole('link', { name: /^Next:/ })).toHaveCount(0);

  // Every section is filled: none is empty or has errors.
  for (const title of [
    'Front matter',
    'Overview',
    'Background',
    'Requirements',
    'Design',
    'Implementation',
    'Testing',
    'Rollout',
    'Open Questions',
  ])
    await expect(sectionLink(page, title)).toHaveAccessibleName(`${title} Complete`);

  // Download: the file is the Markdown view, and the golden file.
  const view = await markdownView(page);
  await expect(view).toContainText('Do we keep bank transfer?');
  await expect(view).not.toContainText('Who owns refunds?');
  const file = await downloadMarkdown(page);
  expect(file.name).toBe('journey-payment-gateway.md');
  expect(file.text).toBe(await view.textContent());
  // Fields are Markdown: marks and inline HTML are kept as typed; only a `|` in a cell, which would break the
  // table, is escaped.
  expect(file.text).toContain('| FR-2 | Export as CSV \\| PDF | Should |');
  expect(file.text).toContain('- Show receipts with *stars* kept');
  expect(file.text).toContain('- Crypto <b>x</b> wallets');
  expect(file.text).toContain('- [ ] Which provider? [NEEDS CLARIFICATION: which format?]');
  expectGolden(file.text, 'journey-technical-spec.md');
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('tab', { name: 'Rendered' }).click();
  const rendered = preview.getByRole('tabpanel', { name: 'Rendered' });
  // Rendered as Markdown: emphasis shows as emphasis; raw HTML is never rendered (sanitized away, its text kept).
  await expect(rendered).toContainText('Show receipts with stars kept');
  await expect(rendered.locator('em', { hasText: 'stars' })).toBeVisible();
  await expect(rendered).toContainText('Crypto x wallets');
  await expect(rendered.getByRole('cell', { name: 'Export as CSV | PDF' })).toBeVisible();
  await expect(rendered.locator('b')).toHaveCount(0);
});

// A user who downloads, corrects a field and at once downloads again must get the correction. The export bar reads
// the published document, which follows typing 200 ms behind (editor-session.ts), so the last keystroke can be
// missing once the Markdown writer is loaded.
test('a download right after the last keystroke includes it', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  await box(page, 'Title').fill('Quick download');
  await box(page, 'Author').fill('First Draft');
  await expect(await markdownView(page)).toContainText('author: "First Draft"');
  expect((await downloadMarkdown(page)).text).toContain('author: "First Draft"');
  await box(page, 'Author').fill('Last Keystroke');
  const file = await downloadMarkdown(page);
  expect(file.text).toContain('author: "Last Keystroke"');
});
