import type { PhrasingContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { GroupField, Segment } from '../../template/types';
import { readKeywordItem } from './fields';
import { keywordField, patternKeywords } from './pattern-keywords';

const text = (value: string): Segment => ({ type: 'text', value });
const field = (id: string): Segment => ({ type: 'field', field: id });
const strong = (value: string): Segment => ({ type: 'strong', children: [text(value)] });

/** A made-up rule list: `1. **If** {condition} **then** {action}`; its fields' labels are not the keywords. */
const rules: GroupField = {
  id: 'rules',
  kind: 'group',
  label: 'Rules',
  itemName: 'rule',
  placeholder: '',
  required: false,
  fields: [
    { id: 'condition', kind: 'text', label: 'Condition', placeholder: '', required: true, aliases: ['Si'] },
    { id: 'action', kind: 'text', label: 'Action', placeholder: '', required: true },
    { id: 'free', kind: 'text', label: 'Free text', placeholder: '', required: false },
  ],
  layout: {
    type: 'listItem',
    ordered: true,
    patterns: [
      [strong('If'), text(' '), field('condition'), text(' '), strong('then'), text(' '), field('action')],
      [field('free')],
    ],
  },
  initialItems: [],
};

const bold = (value: string): PhrasingContent => ({ type: 'strong', children: [{ type: 'text', value }] });
const plain = (value: string): PhrasingContent => ({ type: 'text', value });

describe('pattern keywords', () => {
  it('are the strong texts of the pattern, each with the field after it', () => {
    expect(patternKeywords(rules)).toEqual([
      { label: 'If', field: 'condition' },
      { label: 'then', field: 'action' },
    ]);
  });

  it('name their field by the pattern’s text or by the field’s label and aliases', () => {
    expect(keywordField(rules, 'IF:')).toBe('condition');
    expect(keywordField(rules, 'Si')).toBe('condition');
    expect(keywordField(rules, 'Action')).toBe('action');
    expect(keywordField(rules, 'Free text')).toBeUndefined();
  });

  it('read an item only by a pattern that has keywords', () => {
    expect(
      readKeywordItem(rules, [bold('If'), plain(' it rains, '), bold('then'), plain(' stay in')]),
    ).toEqual({
      condition: 'it rains',
      action: 'stay in',
      free: '',
    });
    expect(readKeywordItem(rules, [plain('it rains, so stay in')])).toBeUndefined();
  });
});
