import { expect, type Locator, type Page, test } from '@playwright/test';
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

interface Story {
  title: string;
  priority: string;
  description: string;
  why: string;
  test: string;
  scenarios: [string, string, string][];
}

/** Fills a user story and its acceptance scenarios, adding scenarios as needed. */
async function fillStory(page: Page, n: number, story: Story) {
  const card = item(page, `User story ${n}`);
  await fillAll(card, {
    Title: story.title,
    Priority: story.priority,
    Description: story.description,
    'Why this priority': story.why,
    'Independent Test': story.test,
  });
  for (const [i, [given, when, then]] of story.scenarios.entries()) {
    if ((await item(card, `Acceptance scenario ${i + 1}`).count()) === 0) {
      await card.getByRole('button', { name: 'Add acceptance scenario' }).click();
      await expect(box(item(card, `Acceptance scenario ${i + 1}`), 'Given')).toBeFocused();
    }
    await fillAll(item(card, `Acceptance scenario ${i + 1}`), { Given: given, When: when, Then: then });
  }
}

const storyNumbers = (page: Page) => values(page.getByRole('textbox', { name: 'Story number', exact: true }));
const texts = (group: Locator, name: string) => values(group.getByRole('textbox', { name, exact: true }));

// A whole feature specification written through the form as a user would, then downloaded and compared with
// e2e/fixtures/journey-feature-spec.md (UPDATE_FIXTURES=1 writes it from the download).
test('feature spec journey: every section filled, items reordered and removed, downloaded as the golden file', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect.configure({ timeout: 15_000 });
  await newDraft(page, 'Feature Specification');

  // Feature (header)
  await box(page, 'Feature name').fill('Journey Photo Upload');
  await box(page, 'Feature Branch').fill('042-journey-photo-upload');
  await box(page, 'Created').fill('2026-11-21');
  await box(page, 'Status').fill('In Review');
  await box(page, 'Input').fill('Let people upload <b>x</b> photos | fast');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Journey Photo Upload');

  // Implementation Language Preferences (pre-filled; replaced with our own)
  await next(page, 'Implementation Language Preferences');
  await expect(box(page, 'Implementation Language Preferences')).toHaveValue(/Mainline code/);
  await box(page, 'Implementation Language Preferences').fill(
    'Rust for the upload service.\n\n- **Scripts:** Python 3.12.',
  );
  await box(page, 'Documentation Requirements').fill('Document the upload API with `rustdoc` examples.');

  // User Scenarios & Testing
  await next(page, 'User Scenarios & Testing');
  await expect.poll(() => storyNumbers(page)).toEqual(['1', '2', '3']);
  await fillStory(page, 1, {
    title: 'Upload a photo',
    priority: 'P1',
    description: 'A signed-in user drops a photo and sees it in the album.',
    why: 'Uploading is the *core* value.',
    test: 'Drop one photo and see it listed.',
    scenarios: [
      ['a signed-in user', 'they drop a JPEG', 'it appears in the album'],
      ['a photo over 20 MB', 'they drop it', 'they are told it is too large'],
    ],
  });
  await fillStory(page, 2, {
    title: 'Tag a photo',
    priority: 'P3',
    description: 'A user adds tags to a photo.',
    why: 'Nice to have.',
    test: 'Tag one photo and search for the tag.',
    scenarios: [
      ['an uploaded photo', 'they add the tag "cat"', 'searching "cat" finds it'],
      ['a tagged photo', 'they remove the tag', 'searching no longer finds it'],
    ],
  });
  await fillStory(page, 3, {
    title: 'Delete a photo',
    priority: 'P2',
    description: 'A user deletes a photo they uploaded.',
    why: 'People must control their data.',
    test: 'Delete one photo and check it is gone.',
    scenarios: [
      ['an uploaded photo', 'they delete it', 'it is gone from the album'],
      ['a deleted photo', 'they press Undo', 'it is back | with its *tags*'],
    ],
  });
  // Reorder: story 3 (P2) moves above story 2, and keeps its number.
  await page.getByRole('button', { name: 'Move up user story 3' }).click();
  await expect.poll(() => storyNumbers(page)).toEqual(['1', '3', '2']);
  // Focus follows the moved story, which is still called by its own number.
  await expect(page.getByRole('button', { name: 'Move up user story 3' })).toBeFocused();
  // Reorder scenarios in story 1: the size check comes first.
  await item(page, 'User story 1').getByRole('button', { name: 'Move up acceptance scenario 2' }).click();
  await expect
    .poll(() => texts(item(page, 'User story 1'), 'Given'))
    .toEqual(['a photo over 20 MB', 'a signed-in user']);
  // Remove story 2 "Tag a photo" (now third): Undo brings it back once, then it goes for good.
  await removeWithUndo(page, page, 'user story 2', async () => {
    await expect(box(item(page, 'User story 2'), 'Title')).toHaveValue('Tag a photo');
  });
  await expect.poll(() => storyNumbers(page)).toEqual(['1', '3']);
  // Collapsing a story shows its title.
  const toggle = item(page, 'User story 3').getByRole('button', { name: /User story 3: Delete a photo/ });
  await toggle.click();
  await expect(box(item(page, 'User story 3'), 'Title')).toBeHidden();
  await toggle.click();
  await expect(box(item(page, 'User story 3'), 'Title')).toBeVisible();

  const edgeCases = page.getByRole('group', { name: 'Edge Cases', exact: true });
  await box(edgeCases, 'Edge case 1').fill('What happens when the upload is cut off half way?');
  await box(edgeCases, 'Edge case 2').fill('How does the system handle a HEIC photo?');
  await edgeCases.getByRole('button', { name: 'Add edge case' }).click();
  await box(edgeCases, 'Edge case 3').fill('What happens when two tabs upload the same file?');
  await edgeCases.getByRole('button', { name: 'Move down edge case 1' }).click();
  await expect
    .poll(() => values(edgeCases.getByRole('textbox')))
    .toEqual([
      'How does the system handle a HEIC photo?',
      'What happens when the upload is cut off half way?',
      'What happens when two tabs upload the same file?',
    ]);

  // Requirements (through the section list)
  await openSection(page, 'Requirements');
  const fr = page.getByRole('group', { name: 'Functional Requirements', exact: true });
  await expect.poll(() => texts(fr, 'ID')).toEqual(['FR-001', 'FR-002', 'FR-003', 'FR-004', 'FR-005']);
  const requirements = [
    'System MUST accept JPEG, PNG and HEIC photos',
    'System MUST reject files over 20 MB',
    'Users MUST be able to tag photos',
    'System MUST export the album as [NEEDS CLARIFICATION: which format?]',
    'System MUST log every upload',
  ];
  for (const [i, text] of requirements.entries())
    await box(item(fr, `Functional requirement ${i + 1}`), 'Functional Requirements').fill(text);
  await fr.getByRole('button', { name: 'Add functional requirement' }).click();
  await expect(box(item(fr, 'Functional requirement 6'), 'ID')).toHaveValue('FR-006');
  await box(item(fr, 'Functional requirement 6'), 'Functional Requirements').fill(
    'System MUST keep *stars* literal',
  );
  // FR-003 (tags) goes with its user story; FR-006 moves up next to the upload rules.
  await removeWithUndo(page, fr, 'functional requirement 3', async () => {
    await expect(box(item(fr, 'Functional requirement 3'), 'Functional Requirements')).toHaveValue(
      'Users MUST be able to tag photos',
    );
  });
  for (let from = 5; from > 3; from--)
    await fr.getByRole('button', { name: `Move up functional requirement ${from}` }).click();
  await expect.poll(() => texts(fr, 'ID')).toEqual(['FR-001', 'FR-002', 'FR-006', 'FR-004', 'FR-005']);
  await box(page, 'Constitution Compliance').fill(
    '- Security: uploads are scanned before they are stored.\n- Testing: `cargo test -p upload`.',
  );
  const entities = page.getByRole('group', { name: 'Key Entities', exact: true });
  await fillAll(item(entities, 'Key entity 1'), {
    Entity: 'Photo',
    Description: 'An uploaded image | its size',
  });
  await fillAll(item(entities, 'Key entity 2'), { Entity: 'Album', Description: 'Photos of one user' });
  await entities.getByRole('button', { name: 'Add key entity' }).click();
  await fillAll(item(entities, 'Key entity 3'), { Entity: 'Tag', Description: 'A word on a <b>x</b> photo' });
  await entities.getByRole('button', { name: 'Move up key entity 3' }).click();
  await expect.poll(() => texts(entities, 'Entity')).toEqual(['Photo', 'Tag', 'Album']);

  // Success Criteria
  await next(page, 'Success Criteria');
  const sc = page.getByRole('group', { name: 'Success Criteria', exact: true });
  const criteria = [
    'Users upload a photo in under 10 seconds',
    '99% of uploads succeed on the first try',
    '90% of users find the upload button without help',
    'Support tickets about uploads drop by 50%',
  ];
  for (const [i, text] of criteria.entries())
    await box(item(sc, `Success criterion ${i + 1}`), 'Success Criteria').fill(text);
  await sc.getByRole('button', { name: 'Move down success criterion 1' }).click();
  await expect.poll(() => texts(sc, 'ID')).toEqual(['SC-002', 'SC-001', 'SC-003', 'SC-004']);
  await sc.getByRole('button', { name: 'Remove success criterion 4' }).click();
  await expect.poll(() => texts(sc, 'ID')).toEqual(['SC-002', 'SC-001', 'SC-003']);
  await expect(page.getByRole('link', { name: /^Next:/ })).toHaveCount(0);

  for (const title of [
    'Feature',
    'Implementation Language Preferences',
    'User Scenarios & Testing',
    'Requirements',
    'Success Criteria',
  ])
    await expect(sectionLink(page, title)).toHaveAccessibleName(`${title} Complete`);

  // Download: the file is the Markdown view, and the golden file.
  const view = await markdownView(page);
  await expect(view).toContainText('90% of users find the upload button without help');
  await expect(view).not.toContainText('Support tickets about uploads');
  const file = await downloadMarkdown(page);
  expect(file.name).toBe('journey-photo-upload.md');
  expect(file.text).toBe(await view.textContent());
  expect(file.text).toContain(
    '- **FR-004**: System MUST export the album as [NEEDS CLARIFICATION: which format?]',
  );
  expect(file.text).not.toContain('Tag a photo');
  // Fields are Markdown: marks and inline HTML are kept as typed (and sanitized when rendered).
  expect(file.text).toContain('**Input**: User description: "Let people upload <b>x</b> photos | fast"');
  expect(file.text).toContain('- **FR-006**: System MUST keep *stars* literal');
  expectGolden(file.text, 'journey-feature-spec.md');
  // Naughty values render as Markdown: emphasis as emphasis, raw HTML never (sanitized away, its text kept).
  const preview = page.getByRole('region', { name: 'Preview' });
  await preview.getByRole('tab', { name: 'Rendered' }).click();
  const rendered = preview.getByRole('tabpanel', { name: 'Rendered' });
  await expect(rendered).toContainText('Let people upload x photos | fast');
  await expect(rendered).toContainText('System MUST keep stars literal');
  await expect(rendered).toContainText('it is back | with its tags');
  await expect(rendered.locator('b')).toHaveCount(0);
});
