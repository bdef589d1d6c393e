import { expect, test } from '@playwright/test';
import { item, newDraft, openSection, values } from './editor-helpers';

test('two user stories with two acceptance scenarios each, filled through the form', async ({ page }) => {
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'User Scenarios & Testing');
  const stories = page.getByRole('group', { name: 'User Stories' });
  // The template starts with three stories; keep two.
  await stories.getByRole('button', { name: 'Remove user story 3' }).click();
  await expect(page.getByRole('status', { name: 'Notifications' })).toContainText('Removed user story 3.');
  await expect(item(page, 'User story 3')).toHaveCount(0);

  const fill = async (n: number, title: string, scenarios: [string, string, string][]) => {
    const story = item(page, `User story ${n}`);
    await story.getByLabel('Title').fill(title);
    await story.getByLabel('Description').fill(`As a user I want to ${title.toLowerCase()}.`);
    await story.getByLabel('Why this priority').fill('It is the core value.');
    await story.getByLabel('Independent Test').fill('Can be tested alone.');
    for (const [i, [given, when, then]] of scenarios.entries()) {
      if ((await item(story, `Acceptance scenario ${i + 1}`).count()) === 0)
        await story.getByRole('button', { name: 'Add acceptance scenario' }).click();
      const scenario = item(story, `Acceptance scenario ${i + 1}`);
      await scenario.getByLabel('Given').fill(given);
      await scenario.getByLabel('When').fill(when);
      await scenario.getByLabel('Then', { exact: true }).fill(then);
    }
  };
  await fill(1, 'Upload a photo', [
    ['a signed-in user', 'they drop a photo', 'it is uploaded'],
    ['a photo over 20 MB', 'they drop it', 'they are told it is too large'],
  ]);
  await fill(2, 'Delete a photo', [
    ['an uploaded photo', 'they delete it', 'it is gone'],
    ['a deleted photo', 'they undo', 'it is back'],
  ]);
  // Collapsing a story shows its title.
  const toggle = item(page, 'User story 2').getByRole('button', { name: /User story 2: Delete a photo/ });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(item(page, 'User story 2').getByLabel('Title')).toBeHidden();
  await toggle.click();
  await expect(item(page, 'User story 2').getByLabel('Title')).toBeVisible();
  // A story added gets focus on its text (not its pre-filled number), and a number never used before: story 3 was
  // removed. It is called by its own number.
  await stories.getByRole('button', { name: 'Add user story' }).click();
  await expect(item(page, 'User story 4').getByLabel('Title')).toBeFocused();
  await expect(item(page, 'User story 4').getByLabel('Story number')).toHaveValue('4');
  await expect(item(page, 'User story 1').getByLabel('Story number')).toHaveValue('1');
  await expect(item(page, 'User story 2').getByLabel('Story number')).toHaveValue('2');
  await expect(item(item(page, 'User story 4'), 'Acceptance scenario 1')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Sections' })).toContainText(
    'User Scenarios & TestingComplete',
  );
});

test('functional requirements keep their ids: add, duplicate, move, remove with Undo, duplicates flagged', async ({
  page,
}) => {
  await newDraft(page, 'Feature Specification');
  await openSection(page, 'Requirements');
  const list = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  const ids = list.getByRole('textbox', { name: 'ID' });
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005']);

  await item(list, 'Functional requirement 2')
    .getByRole('textbox', { name: 'Functional Requirements' })
    .fill('System MUST resize photos');
  await list.getByRole('button', { name: 'Remove functional requirement 2' }).click();
  // Focus stays in the list, on the item that took its place.
  await expect(list.getByRole('button', { name: 'Remove functional requirement 2' })).toBeFocused();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-003', 'FR-004', 'FR-005']);
  // Undo in the toast puts it back where it was, with its id and text.
  await page.getByRole('status', { name: 'Notifications' }).getByRole('button', { name: 'Undo' }).click();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005']);
  await expect(
    item(list, 'Functional requirement 2').getByRole('textbox', { name: 'Functional Requirements' }),
  ).toHaveValue('System MUST resize photos');

  // Removing then adding never brings an id back: the new one is one past the highest.
  await list.getByRole('button', { name: 'Remove functional requirement 5' }).click();
  await list.getByRole('button', { name: 'Add functional requirement' }).click();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-006']);
  await expect(
    item(list, 'Functional requirement 5').getByRole('textbox', { name: 'Functional Requirements' }),
  ).toBeFocused();

  // Duplicate: a copy right after, with a new id.
  await list.getByRole('button', { name: 'Duplicate functional requirement 2' }).click();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-002', 'FR-007', 'FR-003', 'FR-004', 'FR-006']);
  await expect(
    item(list, 'Functional requirement 3').getByRole('textbox', { name: 'Functional Requirements' }),
  ).toHaveValue('System MUST resize photos');

  // Move: ids travel with their items; focus follows the moved item.
  await list.getByRole('button', { name: 'Move up functional requirement 3' }).click();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-007', 'FR-002', 'FR-003', 'FR-004', 'FR-006']);
  await expect(list.getByRole('button', { name: 'Move up functional requirement 2' })).toBeFocused();
  await list.getByRole('button', { name: 'Move down functional requirement 2' }).click();
  await expect.poll(() => values(ids)).toEqual(['FR-001', 'FR-002', 'FR-007', 'FR-003', 'FR-004', 'FR-006']);
  await list.getByRole('button', { name: 'Move up functional requirement 1' }).isDisabled();

  // The user can edit an id; a duplicate is flagged at both places.
  const third = item(list, 'Functional requirement 3').getByRole('textbox', { name: 'ID' });
  await third.fill('FR-001');
  await third.blur();
  const first = item(list, 'Functional requirement 1').getByRole('textbox', { name: 'ID' });
  await expect(third).toHaveAttribute('aria-invalid', 'true');
  await expect(first).toHaveAttribute('aria-invalid', 'true');
  await expect(third).toHaveAccessibleDescription(/FR-001 is used 2 times/);
  await third.fill('FR-010');
  await expect(third).not.toHaveAttribute('aria-invalid', 'true');
  await expect(first).not.toHaveAttribute('aria-invalid', 'true');
});

test('technical spec tables: rows of labelled cells, numbered as the template does', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  await openSection(page, 'Requirements');
  const table = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  await expect
    .poll(() => values(table.getByRole('textbox', { name: 'ID' })))
    .toEqual(['FR-1', 'FR-2', 'FR-3']);
  const row1 = item(table, 'Functional requirement 1');
  await row1.getByRole('textbox', { name: 'Requirement' }).fill('Write specs from templates');
  await expect(
    row1.getByRole('combobox', { name: 'Priority' }).or(row1.getByRole('textbox', { name: 'Priority' })),
  ).toHaveValue('Must');
  await table.getByRole('button', { name: 'Add functional requirement' }).click();
  const row4 = item(table, 'Functional requirement 4');
  await expect(row4.getByRole('textbox', { name: 'ID' })).toHaveValue('FR-4');
  await expect(row4.getByRole('textbox', { name: 'Requirement' })).toBeFocused();
  await row4.getByRole('textbox', { name: 'Requirement' }).fill('Export Markdown');
  await row4.getByLabel('Priority').fill('Won’t');

  const nfr = page.getByRole('group', { name: 'Non-Functional Requirements', exact: true });
  await item(nfr, 'Non-functional requirement 1').getByRole('textbox', { name: 'Metric' }).fill('< 50 ms');
  await item(nfr, 'Non-functional requirement 1')
    .getByRole('textbox', { name: 'Requirement' })
    .fill('Typing latency');

  await openSection(page, 'Testing');
  const cases = page.getByRole('group', { name: 'Test Cases', exact: true });
  await item(cases, 'Test case 1').getByRole('textbox', { name: 'Scenario' }).fill('Fill and download');
  await item(cases, 'Test case 1').getByRole('textbox', { name: 'Expected Result' }).fill('The file matches');
  const criteria = page.getByRole('group', { name: 'Acceptance Criteria', exact: true });
  await criteria
    .getByRole('textbox', { name: 'Acceptance criterion 1', exact: true })
    .fill('Both templates work');
  await criteria.getByRole('checkbox', { name: 'Acceptance criterion 1 done' }).check();
  await criteria.getByRole('button', { name: 'Move down acceptance criterion 1' }).click();
  await expect(criteria.getByRole('textbox', { name: 'Acceptance criterion 2', exact: true })).toHaveValue(
    'Both templates work',
  );
  await expect(criteria.getByRole('checkbox', { name: 'Acceptance criterion 2 done' })).toBeChecked();

  // Back to Requirements: what was typed is still there.
  await openSection(page, 'Requirements');
  await expect(
    item(table, 'Functional requirement 4').getByRole('textbox', { name: 'Requirement' }),
  ).toHaveValue('Export Markdown');
  await expect(item(table, 'Functional requirement 4').getByLabel('Priority')).toHaveValue('Won’t');
});

test('undo and redo cover typing, adding, removing and moving, by keyboard and buttons', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  await openSection(page, 'Overview');
  const undo = page.getByRole('button', { name: 'Undo', exact: true }).first();
  const redo = page.getByRole('button', { name: 'Redo', exact: true });
  await expect(undo).toBeDisabled();
  const goals = page.getByRole('group', { name: 'Goals', exact: true });
  const goal1 = goals.getByRole('textbox', { name: 'Goal 1', exact: true });
  await goal1.pressSequentially('Fast typing', { delay: 20 });
  await expect(undo).toBeEnabled();
  // Typing coalesces into one step.
  await page.keyboard.press('Control+z');
  await expect(goal1).toHaveValue('');
  await page.keyboard.press('Control+Shift+z');
  await expect(goal1).toHaveValue('Fast typing');

  await goals.getByRole('button', { name: 'Add goal' }).click();
  await expect(goals.getByRole('textbox')).toHaveCount(4);
  await goals.getByRole('button', { name: 'Move down goal 1' }).click();
  await expect(goals.getByRole('textbox', { name: 'Goal 2', exact: true })).toHaveValue('Fast typing');
  await goals.getByRole('button', { name: 'Remove goal 3' }).click();
  await expect(goals.getByRole('textbox')).toHaveCount(3);

  await undo.click(); // the removal
  await expect(goals.getByRole('textbox')).toHaveCount(4);
  await undo.click(); // the move
  await expect(goals.getByRole('textbox', { name: 'Goal 1', exact: true })).toHaveValue('Fast typing');
  await undo.click(); // the addition
  await expect(goals.getByRole('textbox')).toHaveCount(3);
  await redo.click();
  await expect(goals.getByRole('textbox')).toHaveCount(4);
  await page.keyboard.press('Control+y');
  await expect(goals.getByRole('textbox', { name: 'Goal 2', exact: true })).toHaveValue('Fast typing');
  // Typing after an undo still works, and the form is still editable.
  await goals.getByRole('textbox', { name: 'Goal 1', exact: true }).fill('Another goal');
  await page.keyboard.press('Control+z');
  await expect(goals.getByRole('textbox', { name: 'Goal 1', exact: true })).toHaveValue('');
});

test('a keystroke typed at once after a redo is an undo step of its own, never lost', async ({ page }) => {
  await newDraft(page, 'Technical Specification');
  await openSection(page, 'Overview');
  const goal1 = page
    .getByRole('group', { name: 'Goals', exact: true })
    .getByRole('textbox', { name: 'Goal 1', exact: true });
  await goal1.fill('First');
  await page.keyboard.press('Control+z');
  await expect(goal1).toHaveValue('');
  // The redo and the next keystroke in one task: a busy browser may run input before the redo's own timers.
  await goal1.evaluate((input: HTMLInputElement) => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'y', ctrlKey: true, bubbles: true }));
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setValue?.call(input, 'First, then more');
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await expect(goal1).toHaveValue('First, then more');
  await page.keyboard.press('Control+z');
  await expect(goal1).toHaveValue('First');
  await page.keyboard.press('Control+Shift+z');
  await expect(goal1).toHaveValue('First, then more');
});
