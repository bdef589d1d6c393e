import { describe, expect, it } from 'vitest';
import type { TemplateDescription } from '../../template/types';
import { parseMarkdown } from '../processor';
import { footerMatches, readFooterLines } from './footer-lines';

/** A made-up template whose footer is two emphasis lines: the title, then `Rev {rev}`. */
const template = {
  footer: {
    lines: [
      [{ type: 'field', field: 'name' }],
      [
        { type: 'text', value: 'Rev ' },
        { type: 'field', field: 'rev' },
      ],
    ],
  },
} as unknown as TemplateDescription;

const lastBlock = (markdown: string) => parseMarkdown(markdown).children.at(-1);

describe('readFooterLines', () => {
  it('reads a last paragraph of emphasis lines, as many as the footer has or fewer', () => {
    expect(readFooterLines(template, lastBlock('Body.\n\n*Payments*\\\n*Rev  3*\n'))).toEqual([
      'Payments',
      'Rev  3',
    ]);
    expect(readFooterLines(template, lastBlock('*Payments*\n'))).toEqual(['Payments']);
  });

  it('does not read other last blocks', () => {
    expect(readFooterLines(template, lastBlock('*a*\\\n*b*\\\n*c*\n'))).toBeUndefined();
    expect(readFooterLines(template, lastBlock('*Payments* and more\n'))).toBeUndefined();
    expect(readFooterLines(template, lastBlock('- *Payments*\n'))).toBeUndefined();
    expect(readFooterLines({ ...template, footer: undefined }, lastBlock('*Payments*\n'))).toBeUndefined();
  });
});

describe('footerMatches', () => {
  it('compares lines with their spacing squashed, against each variant', () => {
    expect(footerMatches(['Payments', 'Rev  3'], [['Other'], ['Payments', 'Rev 3']])).toBe(true);
    expect(footerMatches(['Payments', 'Rev 4'], [['Payments', 'Rev 3']])).toBe(false);
    expect(footerMatches(['Payments'], [['Payments', 'Rev 3']])).toBe(false);
  });
});
