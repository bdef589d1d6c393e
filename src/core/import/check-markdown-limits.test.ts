import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { limits } from '../limits';
import { parseMarkdown } from '../markdown/processor';
import { describeLimitBreach, findLimitBreach } from './check-markdown-limits';

const fixtures = new URL('../markdown/fixtures/', import.meta.url);
const realWorld = new URL('../markdown/fixtures/real-world/', import.meta.url);
const allFixtures = [
  ...readdirSync(fixtures)
    .filter((name) => name.endsWith('.md'))
    .map((name) => new URL(name, fixtures)),
  ...readdirSync(realWorld).map((name) => new URL(name, realWorld)),
];

const nestedList = (levels: number) =>
  Array.from({ length: levels }, (_, level) => `${'  '.repeat(level)}- level ${level + 1}`).join('\n');

describe('findLimitBreach', () => {
  it('lets every real spec through', () => {
    expect(allFixtures.length).toBeGreaterThan(10);
    for (const file of allFixtures)
      expect(findLimitBreach(readFileSync(file, 'utf8')), file.pathname).toBe(undefined);
  });

  it('refuses a line longer than the limit, and accepts one at the limit', () => {
    const atLimit = 'a'.repeat(limits.maxLineLength);
    expect(findLimitBreach(`# T\n\n${atLimit}\n`)).toBe(undefined);
    expect(findLimitBreach(`# T\n\n${atLimit}b\n`)).toEqual({
      kind: 'line-length',
      line: 3,
      value: limits.maxLineLength + 1,
    });
  });

  it('counts nesting by markers and indentation: lists, quotes and lists on one line', () => {
    expect(findLimitBreach(nestedList(limits.maxNestingDepth - 1))).toBe(undefined);
    expect(findLimitBreach(nestedList(1000))).toMatchObject({
      kind: 'nesting',
      line: limits.maxNestingDepth + 1,
    });
    expect(findLimitBreach(`${'> '.repeat(limits.maxNestingDepth + 1)}quote`)).toMatchObject({
      kind: 'nesting',
      line: 1,
      value: limits.maxNestingDepth + 1,
    });
    expect(findLimitBreach(`${'- '.repeat(500)}a`)).toMatchObject({ kind: 'nesting', value: 500 });
    expect(findLimitBreach(`${'1. '.repeat(100)}a`)).toMatchObject({ kind: 'nesting', value: 100 });
    // Emphasis, rules and numbers that are not list markers do not nest.
    expect(findLimitBreach('**bold** and *it*\n\n-----\n\n2024 was a year\n')).toBe(undefined);
  });

  it('counts list items, table rows and reference definitions together', () => {
    const half = limits.maxItems / 2;
    const list = '- item\n'.repeat(half);
    const table = `| a | b |\n${'| x | y |\n'.repeat(half - 1)}`;
    expect(findLimitBreach(`${list}\n${table}`)).toBe(undefined);
    expect(findLimitBreach(`${list}\n${table}[ref]: https://example.org\n`)).toMatchObject({
      kind: 'items',
      value: limits.maxItems + 1,
    });
    const definitions = Array.from({ length: 50_000 }, (_, i) => `[d${i}]: https://example.org/${i}`);
    expect(findLimitBreach(definitions.join('\n'))).toMatchObject({ kind: 'items' });
  });

  it('counts the emphasis marks of a paragraph across its lines, and of each table row on its own', () => {
    const marks = limits.maxEmphasisMarksPerBlock;
    expect(findLimitBreach('*a_'.repeat(20_000))).toMatchObject({ kind: 'emphasis', line: 1 });
    const half = `${'*a_'.repeat(marks / 4)}\n`;
    expect(findLimitBreach(`intro\n\n${half}${half}`)).toBe(undefined);
    expect(findLimitBreach(`intro\n\n${half}${half}${half}`)).toEqual({
      kind: 'emphasis',
      line: 3,
      value: marks * 1.5,
    });
    // A blank line ends the paragraph.
    expect(findLimitBreach(`${half}${half}\n${half}${half}`)).toBe(undefined);
    const row = `| ${'**b** '.repeat(marks / 8)} |\n`;
    expect(findLimitBreach(`| a |\n| - |\n${row.repeat(50)}`)).toBe(undefined);
  });

  it('keeps what it lets through quick to parse', () => {
    const marks = limits.maxEmphasisMarksPerBlock;
    const worst = `${'*a_'.repeat(Math.floor(marks / 2) - 1)}\n`;
    expect(findLimitBreach(worst)).toBe(undefined);
    const started = performance.now();
    parseMarkdown(worst);
    // Generous: a shared machine; unlimited, 20,000 marks take tens of seconds.
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe('describeLimitBreach', () => {
  it('says what is too big, where, and what the limit is', () => {
    expect(describeLimitBreach({ kind: 'nesting', line: 40, value: 1000 }, '“deep.md”')).toBe(
      `“deep.md” nests lists or quotes 1,000 levels deep (line 40); Specwright opens up to ${limits.maxNestingDepth} levels. Flatten the list, or check that this is the right file.`,
    );
    expect(
      describeLimitBreach({ kind: 'line-length', line: 1, value: 5_000_000 }, 'The pasted text'),
    ).toMatch(
      /^The pasted text has a line of 5,000,000 characters \(line 1\); Specwright opens lines of up to 100,000/,
    );
  });
});

describe('a long tight list', () => {
  it('counts the marks of each item on their own: every item is its own paragraph', () => {
    const list = Array.from({ length: 2000 }, (_, i) => `- **FR-${i}**: System MUST *do* it`).join('\n');
    expect(findLimitBreach(`# T\n\n${list}\n`)).toBeUndefined();
  });
});
