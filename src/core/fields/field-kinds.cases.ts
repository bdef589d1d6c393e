import type { FieldValue } from '../document/spec-document';
import type { FieldKind } from '../template/types';
import type { FieldOfKind } from './field-kind-module';

/** One example field of a kind, and a value of it with content the Markdown writer writes and the reader reads back. */
export interface KindCase<K extends FieldKind> {
  field: FieldOfKind<K>;
  filled: FieldValue;
  /** The filled value is a single block the kind's module reads back (not a one-line or reader-placed kind). */
  readsBack: boolean;
}

const base = { label: 'Example', placeholder: '[Example]', required: true } as const;

/**
 * The registry tests' fixtures: one case per kind, typed so that a new kind needs one here too. Values are what an
 * author could type; ids start with a letter (they are form paths).
 */
export const kindCases: { [K in FieldKind]: KindCase<K> } = {
  text: { field: { ...base, id: 'title', kind: 'text' }, filled: 'Upload a file', readsBack: false },
  markdown: {
    field: { ...base, id: 'summary', kind: 'markdown', defaultValue: 'A team’s policy text.' },
    filled: 'Two *short* paragraphs.\n\nThe second one.',
    readsBack: false,
  },
  choice: {
    field: { ...base, id: 'status', kind: 'choice', options: ['Draft', 'Approved'] },
    filled: 'Approved',
    readsBack: false,
  },
  date: {
    field: { ...base, id: 'created', kind: 'date', iso: true },
    filled: '2026-01-31',
    readsBack: false,
  },
  code: {
    field: { ...base, id: 'diagram', kind: 'code' },
    filled: '[ client ] --> [ server ]\n    |\n    v\n[ store ]',
    readsBack: true,
  },
  list: {
    field: {
      ...base,
      id: 'goals',
      kind: 'list',
      itemName: 'goal',
      initialItems: [{ placeholder: '[Goal 1]' }],
    },
    filled: [{ text: 'Fast uploads' }, { text: 'No lost files' }],
    readsBack: true,
  },
  checklist: {
    field: {
      ...base,
      id: 'review',
      kind: 'checklist',
      itemName: 'item',
      initialItems: [{ placeholder: '[Item]' }, { placeholder: '[Item]' }],
    },
    filled: [
      { text: 'Reviewed', checked: true },
      { text: 'Signed off', checked: false },
    ],
    readsBack: true,
  },
  table: {
    field: {
      ...base,
      id: 'risks',
      kind: 'table',
      itemName: 'risk',
      columns: [
        {
          key: 'ref',
          label: 'ID',
          placeholder: '',
          required: false,
          id: { prefix: 'R-', digits: 2, regex: '^R-\\d{2}$' },
        },
        { key: 'risk', label: 'Risk', placeholder: '[Risk]', required: true },
        { key: 'level', label: 'Level', placeholder: '[Level]', required: false, options: ['High', 'Low'] },
      ],
      initialItems: [{}],
    },
    filled: [{ ref: 'R-01', risk: 'Quota exceeded', level: 'High' }],
    readsBack: true,
  },
  group: {
    field: {
      ...base,
      id: 'requirements',
      kind: 'group',
      itemName: 'requirement',
      fields: [
        { id: 'ref', kind: 'text', label: 'ID', placeholder: '', required: true },
        { id: 'text', kind: 'text', label: 'Requirement', placeholder: '[Requirement]', required: true },
      ],
      idField: { field: 'ref', scheme: { prefix: 'FR-', digits: 3, regex: '^FR-\\d{3}$' } },
      layout: {
        type: 'listItem',
        ordered: false,
        patterns: [
          [
            { type: 'strong', children: [{ type: 'field', field: 'ref' }] },
            { type: 'text', value: ': ' },
            { type: 'field', field: 'text' },
          ],
        ],
      },
      initialItems: [{}, {}],
    },
    filled: [
      { ref: 'FR-001', text: 'The system MUST keep every upload.' },
      { ref: 'FR-002', text: 'The system MUST resume an upload.' },
    ],
    // A group's list is read by the reader itself (it may leave items as additional content).
    readsBack: false,
  },
};
