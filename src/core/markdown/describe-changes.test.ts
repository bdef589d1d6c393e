import { describe, expect, it } from 'vitest';
import { describeChanges } from './describe-changes';

describe('describeChanges', () => {
  it('has no hunks when nothing changed', () => {
    expect(describeChanges('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('shows the changed line with its context and line numbers', () => {
    const before = ['# T', '', '- one', '- two', '- three', '', 'end', ''].join('\n');
    const after = ['# T', '', '- one', '- two!', '- three', '', 'end', ''].join('\n');
    expect(describeChanges(before, after, 1)).toEqual([
      {
        lines: [
          { kind: 'context', text: '- one', line: 3 },
          { kind: 'removed', text: '- two', line: 4 },
          { kind: 'added', text: '- two!', line: 4 },
          { kind: 'context', text: '- three', line: 5 },
        ],
      },
    ]);
  });

  it('keeps far apart changes in separate hunks', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const after = [...lines];
    after[1] = 'changed 1';
    after[15] = 'changed 15';
    const hunks = describeChanges(`${lines.join('\n')}\n`, `${after.join('\n')}\n`, 2);
    expect(hunks).toHaveLength(2);
    expect(hunks[1]!.lines.filter((l) => l.kind !== 'context').map((l) => l.text)).toEqual([
      'line 15',
      'changed 15',
    ]);
  });
});
