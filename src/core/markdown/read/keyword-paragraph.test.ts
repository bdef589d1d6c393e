import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { GroupItem } from '../../document/spec-document';
import type { GroupField, Segment } from '../../template/types';
import { parseMarkdown } from '../processor';
import { keywordGroupOf, readKeywordParagraph } from './keyword-paragraph';

const text = (value: string): Segment => ({ type: 'text', value });
const field = (id: string): Segment => ({ type: 'field', field: id });
const strong = (value: string): Segment => ({ type: 'strong', children: [text(value)] });

/** A made-up rule list inside a made-up policy item: `1. **If** {condition}, **then** {action}`. */
const rules: GroupField = {
  id: 'rules',
  kind: 'group',
  label: 'Rules',
  itemName: 'rule',
  placeholder: '',
  required: false,
  fields: [
    { id: 'condition', kind: 'text', label: 'Condition', placeholder: '', required: true },
    { id: 'action', kind: 'text', label: 'Action', placeholder: '', required: true },
    { id: 'free', kind: 'text', label: 'Free text', placeholder: '', required: false },
  ],
  layout: {
    type: 'listItem',
    ordered: true,
    patterns: [
      [strong('If'), text(' '), field('condition'), text(', '), strong('then'), text(' '), field('action')],
      [field('free')],
    ],
  },
  initialItems: [],
};

const policy: GroupField = {
  ...rules,
  id: 'policies',
  fields: [{ id: 'notes', kind: 'markdown', label: 'Notes', placeholder: '', required: false }, rules],
  layout: { type: 'blocks', blocks: [] },
};

const paragraph = (markdown: string) => parseMarkdown(markdown).children[0] as Paragraph;

describe('keyword paragraphs', () => {
  it('belong to the nested group whose pattern has keywords', () => {
    expect(keywordGroupOf(policy)).toBe(rules);
    expect(keywordGroupOf(rules)).toBeUndefined();
  });

  it('read a whole item, or its parts into the last item, the first keyword starting a new one', () => {
    const items: GroupItem[] = [];
    expect(readKeywordParagraph(rules, items, paragraph('**If** it rains, **then** stay in'))).toBe(true);
    expect(readKeywordParagraph(rules, items, paragraph('**If:** it snows'))).toBe(true);
    expect(readKeywordParagraph(rules, items, paragraph('**then** build a snowman,'))).toBe(true);
    expect(readKeywordParagraph(rules, items, paragraph('**Action** and tell the others'))).toBe(true);
    expect(items).toEqual([
      { condition: 'it rains', action: 'stay in', free: '' },
      { condition: 'it snows', action: 'build a snowman\nand tell the others', free: '' },
    ]);
  });

  it('are not other paragraphs', () => {
    const items: GroupItem[] = [];
    expect(readKeywordParagraph(rules, items, paragraph('It rains, so stay in'))).toBe(false);
    expect(readKeywordParagraph(rules, items, paragraph('**Note** stay in'))).toBe(false);
    expect(items).toEqual([]);
  });
});
