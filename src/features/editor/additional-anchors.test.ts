import { describe, expect, it } from 'vitest';
import { getTemplate, templateSteps } from '../../core';
import { additionalLabel, anchorStep, isFormAnchor, knownAnchorStep } from './additional-anchors';

const feature = getTemplate('feature-spec');
const steps = templateSteps(feature);

describe('additional content anchors', () => {
  it('places each anchor in the step where the writer puts it', () => {
    expect(anchorStep(steps, 'start').id).toBe('header');
    expect(anchorStep(steps, 'status').id).toBe('header');
    expect(anchorStep(steps, 'edgeCases').id).toBe('userScenariosSection');
    expect(anchorStep(steps, 'edgeCasesSection').id).toBe('userScenariosSection');
    expect(anchorStep(steps, 'requirementsSection').id).toBe('requirementsSection');
    expect(anchorStep(steps, 'functionalRequirements').id).toBe('requirementsSection');
  });

  it('puts anchors the template does not know in the last step', () => {
    expect(knownAnchorStep(steps, 'clarifications')).toBeUndefined();
    expect(anchorStep(steps, 'clarifications')).toBe(steps.at(-1));
  });

  it('names the field by what it follows, in the template’s words', () => {
    expect(additionalLabel(feature, 'edgeCases')).toBe('Additional content after Edge Cases');
    expect(additionalLabel(feature, 'requirementsSection')).toBe('Additional content under Requirements');
    expect(additionalLabel(feature, 'start')).toBe('Additional content at the start');
    expect(additionalLabel(feature, 'gone')).toBe('Additional content at the end');
  });

  it('edits only anchors that are form paths', () => {
    expect(isFormAnchor('edgeCases')).toBe(true);
    expect(isFormAnchor('start')).toBe(true);
    expect(isFormAnchor('a.b')).toBe(false);
    expect(isFormAnchor('1x')).toBe(false);
  });
});
