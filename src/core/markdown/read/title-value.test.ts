import { describe, expect, it } from 'vitest';
import type { TemplateDescription } from '../../template/types';
import { titleValue, titleValues } from './title-value';

/** A made-up template whose only header block is an H1 of `content`. */
function headingTemplate(content: unknown[], rest: object = {}): TemplateDescription {
  return {
    ...rest,
    header: { blocks: [{ type: 'heading', depth: 1, content }] },
  } as unknown as TemplateDescription;
}

/** A made-up template whose H1 is `Risk Register: {project}`. */
const template = headingTemplate([
  { type: 'text', value: 'Risk Register: ' },
  { type: 'field', field: 'project' },
]);

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

/** A made-up template whose H1 is `{kind} Plan: {area} for {team}`. */
const threeFields = headingTemplate(
  [
    { type: 'field', field: 'kind' },
    { type: 'text', value: ' Plan: ' },
    { type: 'field', field: 'area' },
    { type: 'text', value: ' for ' },
    { type: 'field', field: 'team' },
  ],
  { titleField: 'kind' },
);

describe('titleValues', () => {
  it('gives each field its part, the words between them found in order, case aside', () => {
    expect(titleValues(threeFields, 'Q3 plan: `Storage` for Platform team')).toEqual({
      kind: 'Q3',
      area: '`Storage`',
      team: 'Platform team',
    });
  });

  it("gives the whole heading to the title field when the template's words are missing", () => {
    const long = `${'word '.repeat(60)}end`;
    expect(titleValues(threeFields, long)).toEqual({ kind: long });
    expect(titleValues(threeFields, 'Q3 plan: Storage roadmap')).toEqual({
      kind: 'Q3 plan: Storage roadmap',
    });
  });
});
