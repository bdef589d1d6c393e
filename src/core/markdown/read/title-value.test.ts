import { describe, expect, it } from 'vitest';
import type { TemplateDescription } from '../../template/types';
import { titleValue } from './title-value';

/** A made-up template whose H1 is `Risk Register: {project}`. */
const template = {
  header: {
    blocks: [
      {
        type: 'heading',
        depth: 1,
        content: [
          { type: 'text', value: 'Risk Register: ' },
          { type: 'field', field: 'project' },
        ],
      },
    ],
  },
} as unknown as TemplateDescription;

describe('titleValue', () => {
  it.each([
    ['Risk Register: Payments', 'Payments'],
    ['risk register：Payments', 'Payments'],
    // Words of its own before the colon are kept: a shortened template word is still the template's.
    ['Risk Reg 7: Payments', '7: Payments'],
    // Without the template's first word, the heading is the title.
    ['Payments: Risks', 'Payments: Risks'],
    ['Payments', 'Payments'],
  ])('%s -> %s', (heading, value) => {
    expect(titleValue(template, heading)).toBe(value);
  });
});
