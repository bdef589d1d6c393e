import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../processor';
import { guidanceLength } from './guidance-length';
import { fingerprintsOf } from './template-index';

const guidance = [fingerprintsOf('<!-- Fill this in -->\n\nOne line of help.'), fingerprintsOf('> A tip')];

describe('guidanceLength', () => {
  const nodes = parseMarkdown(
    '# T\n\n<!-- Fill this in -->\n\nOne line   of help.\n\nText.\n\n> A tip\n\n<!-- Fill this in -->\n',
  ).children;

  it('counts the blocks of the template guidance that starts at a node, whitespace aside', () => {
    expect(guidanceLength(guidance, nodes, 1, nodes.length)).toBe(2);
    expect(guidanceLength(guidance, nodes, 4, nodes.length)).toBe(1);
  });

  it('is 0 for other blocks, headings, and guidance cut by the end', () => {
    expect(guidanceLength(guidance, nodes, 0, nodes.length)).toBe(0);
    expect(guidanceLength(guidance, nodes, 3, nodes.length)).toBe(0);
    expect(guidanceLength(guidance, nodes, 5, nodes.length)).toBe(0);
    expect(guidanceLength(guidance, nodes, 1, 2)).toBe(0);
    expect(guidanceLength(guidance, nodes, 9, nodes.length)).toBe(0);
  });
});
