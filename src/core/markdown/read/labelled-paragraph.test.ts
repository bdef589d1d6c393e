import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { Block, Segment } from '../../template/types';
import { parseMarkdown } from '../processor';
import { matchLabelledParagraph } from './labelled-paragraph';

const text = (value: string): Segment => ({ type: 'text', value });
const field = (id: string): Segment => ({ type: 'field', field: id });
const strong = (value: string): Segment => ({ type: 'strong', children: [text(value)] });

/** A made-up risk item's slots: a description, two labelled lines, a label of its own, then a list. */
const blocks: Block[] = [
  { type: 'field', field: 'description' },
  { type: 'paragraph', content: [strong('Mitigation'), text(': '), field('mitigation')] },
  { type: 'paragraph', content: [strong('Owner'), text(': '), field('owner')] },
  { type: 'paragraph', content: [strong('Responses'), text(':')] },
  { type: 'field', field: 'responses' },
];
const order = [0, 1, 2, 3, 4];
const read = (markdown: string) =>
  matchLabelledParagraph(blocks, order, parseMarkdown(markdown).children[0] as Paragraph);

describe('matchLabelledParagraph', () => {
  it('fills the fields its labels name, case and spacing aside', () => {
    expect(read('**mitigation**: Two vendors\n**Owner**: Ana\n')).toEqual({
      values: [
        { field: 'mitigation', value: 'Two vendors' },
        { field: 'owner', value: 'Ana' },
      ],
      slot: 2,
    });
  });

  it('recognizes the template’s own label, and moves past it', () => {
    expect(read('**Responses**:\n')).toEqual({ values: [], slot: 3 });
  });

  it('is undefined when a label is not the template’s, or the template’s own label has a value', () => {
    expect(read('**Mitigation**: Two vendors\n**Budget**: 5k\n')).toBeUndefined();
    expect(read('**Responses**: none yet\n')).toBeUndefined();
    expect(read('Some text **Owner**: Ana\n')).toBeUndefined();
  });
});
