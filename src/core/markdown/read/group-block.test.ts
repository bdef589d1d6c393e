import type { RootContent } from 'mdast';
import { describe, expect, it } from 'vitest';
import type { GroupField, Segment } from '../../template/types';
import { parseMarkdown } from '../processor';
import { readGroupBlock } from './group-block';

const text = (value: string): Segment => ({ type: 'text', value });
const field = (id: string): Segment => ({ type: 'field', field: id });

/** A made-up list of controls: `- **CTL-01**: {text}`. */
const controls: GroupField = {
  id: 'controls',
  kind: 'group',
  label: 'Controls',
  itemName: 'control',
  placeholder: '',
  required: false,
  idField: { field: 'ref', scheme: { prefix: 'CTL-', digits: 2, regex: '^CTL-\\d{2}$' } },
  fields: [
    { id: 'ref', kind: 'text', label: 'ID', placeholder: 'CTL-{n}', required: true },
    { id: 'text', kind: 'text', label: 'Control', placeholder: '', required: true },
  ],
  layout: {
    type: 'listItem',
    ordered: false,
    patterns: [[{ type: 'strong', children: [field('ref')] }, text(': '), field('text')]],
  },
  initialItems: [],
};

const block = (markdown: string): RootContent => parseMarkdown(markdown).children[0]!;

describe('readGroupBlock', () => {
  it('reads a list of items in the group’s form, keeping the others aside', () => {
    const read = readGroupBlock(
      controls,
      block('- **CTL-01**: Encrypt at rest\n- CTL-02: Rotate keys\n- a note\n'),
    );
    expect(read?.items).toEqual([
      { ref: 'CTL-01', text: 'Encrypt at rest' },
      { ref: 'CTL-02', text: 'Rotate keys' },
    ]);
    expect(read?.rest).toHaveLength(1);
  });

  it('reads a table by its id column, other columns kept in the text', () => {
    const read = readGroupBlock(
      controls,
      block('| ID | Control | Owner |\n|---|---|---|\n| CTL-01 | Encrypt | Ana |\n'),
    );
    expect(read).toEqual({
      items: [{ ref: 'CTL-01', text: 'Encrypt (Owner: Ana)' }],
      rest: [],
      extraColumns: ['Owner'],
    });
  });

  it('is undefined for lists mostly of other items, and for other blocks', () => {
    expect(readGroupBlock(controls, block('- **CTL-01**: Encrypt\n- one\n- two\n'))).toBeUndefined();
    expect(readGroupBlock(controls, block('**CTL-01**: Encrypt\n'))).toBeUndefined();
  });
});
