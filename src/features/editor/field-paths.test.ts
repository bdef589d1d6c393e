import { describe, expect, it } from 'vitest';
import { fieldDomId, guidanceText, isMaintainerNote, itemLabel } from './field-paths';

// The feature spec's comments, as its template writes them.
const edgeCasesComment =
  '<!--\n  ACTION REQUIRED: The content in this section represents placeholders.\n  Fill them out with the right edge cases.\n-->';
const userScenariosComment =
  '<!--\n  IMPORTANT: User stories should be PRIORITIZED as user journeys ordered by importance.\n  Each user story/journey must be INDEPENDENTLY TESTABLE.\n-->';

describe('field paths', () => {
  it('makes DOM ids and item names from form paths', () => {
    expect(fieldDomId('fields.userStories.0.scenarios.1.given')).toBe(
      'f-fields-userStories-0-scenarios-1-given',
    );
    expect(itemLabel('user story', 1)).toBe('user story 2');
  });

  it('names an item by its own number when it has one', () => {
    expect(itemLabel('user story', 1, '3')).toBe('user story 3');
    expect(itemLabel('functional requirement', 1, 'FR-007')).toBe('functional requirement 2');
    expect(itemLabel('user story', 1, '')).toBe('user story 2');
  });

  it('turns a template HTML comment into help text', () => {
    expect(guidanceText(edgeCasesComment)).toBe(
      'ACTION REQUIRED: The content in this section represents placeholders.\nFill them out with the right edge cases.',
    );
  });

  it('tells notes to template maintainers from help', () => {
    expect(isMaintainerNote(edgeCasesComment)).toBe(true);
    expect(isMaintainerNote(userScenariosComment)).toBe(true);
    expect(isMaintainerNote('<!-- Describe the users of this feature. -->')).toBe(false);
    expect(isMaintainerNote('IMPORTANT: plain text')).toBe(false);
  });
});
