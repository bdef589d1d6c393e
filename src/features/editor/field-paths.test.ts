import { describe, expect, it } from 'vitest';
import { edgeCasesComment } from '../../core/templates/feature-spec-text';
import { fieldDomId, guidanceText, itemLabel } from './field-paths';

describe('field paths', () => {
  it('makes DOM ids and item names from form paths', () => {
    expect(fieldDomId('fields.userStories.0.scenarios.1.given')).toBe(
      'f-fields-userStories-0-scenarios-1-given',
    );
    expect(itemLabel('user story', 1)).toBe('user story 2');
  });

  it('turns a template HTML comment into help text', () => {
    expect(guidanceText(edgeCasesComment)).toBe(
      'ACTION REQUIRED: The content in this section represents placeholders.\nFill them out with the right edge cases.',
    );
  });
});
