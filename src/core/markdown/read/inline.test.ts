import fc from 'fast-check';
import type { Paragraph } from 'mdast';
import { describe, expect, it } from 'vitest';
import { isPlainLine, serialize } from './inline';

const serialized = (value: string) =>
  serialize({
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value }] } as Paragraph],
  }).trim();

// Pieces that come close to Markdown syntax: list and heading starts, numbered items, autolinks, entities, marks.
const pieces = [
  'a',
  'Z',
  'é',
  '字',
  '1',
  '0',
  ' ',
  '  ',
  ',',
  '.',
  ';',
  ':',
  '?',
  "'",
  '"',
  '(',
  ')',
  '/',
  '%',
  '-',
  '--',
  '1.',
  '2)',
  'www.',
  'http://',
  'https:',
  '@',
  'x.co',
  '#',
  '*',
  '_',
  '`',
  '[',
  ']',
  '!',
  '<',
  '>',
  '&',
  '&amp;',
  '|',
  '~',
  '\\',
  '+',
  '=',
  'FR-001',
  'MUST',
];

describe('isPlainLine', () => {
  it('accepts only text the serializer writes back unchanged', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 12 }), (parts) => {
        const text = parts.join('');
        if (isPlainLine(text)) expect(serialized(text)).toBe(text);
      }),
      { numRuns: 5000 },
    );
  });

  it('takes the common values of real specs', () => {
    for (const text of [
      'System MUST keep unsent reports on the device.',
      'Draft',
      'P1',
      'Edit while offline',
    ]) {
      expect(isPlainLine(text)).toBe(true);
    }
    for (const text of ['- item', '1. one', '# title', 'a *b*', 'see www.x.co', 'a  ', '']) {
      expect(isPlainLine(text)).toBe(false);
    }
  });
});
