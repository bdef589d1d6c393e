import { describe, expect, it } from 'vitest';
import { findPlaceholders, isWholePlaceholder } from './placeholders';

const texts = (line: string) => findPlaceholders(line).map((m) => m.text);

describe('findPlaceholders', () => {
  it.each([
    ['# Feature: [Feature name]', ['[Feature name]']],
    ['< [X] ms', ['[X]']],
    ['# {title}', ['{title}']],
    ['status: {proposed | accepted}', ['{proposed | accepted}']],
    ['Owner: <name>', ['<name>']],
    ['v{{VERSION}} by {{NAME}}', ['{{VERSION}}', '{{NAME}}']],
    ['Prior art: (fill me in)', ['(fill me in)']],
    ['Dependencies updated: TODO', ['TODO']],
    ['Reference: TODO: write the reference', ['TODO: write the reference']],
    ['Decide by TBD.', ['TBD']],
  ])('finds the placeholders of %j', (line, expected) => {
    expect(texts(line)).toEqual(expected);
  });

  it('keeps nested brackets in one placeholder', () => {
    expect(texts('[Describe it - e.g., "tested by [specific action] and [value]"]')).toEqual([
      '[Describe it - e.g., "tested by [specific action] and [value]"]',
    ]);
  });

  it('finds none in ordinary text, task boxes, comparisons or the writer’s own {n}', () => {
    expect(texts('Mark an item when done. a < b and c > d. [ ] {n} {nnn} TODOS')).toEqual([]);
  });

  it('reads the options of {a | b}', () => {
    expect(findPlaceholders('{Draft | In review | Approved}')[0]?.options).toEqual([
      'Draft',
      'In review',
      'Approved',
    ]);
  });

  it('tells a whole placeholder from text that has one', () => {
    expect(isWholePlaceholder(' [Goal 1] ')).toBe(true);
    expect(isWholePlaceholder('System MUST [capability]')).toBe(false);
  });
});
