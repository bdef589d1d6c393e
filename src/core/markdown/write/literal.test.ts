import { describe, expect, it } from 'vitest';
import { isBlank } from '../../document/field-values';
import { literalCell, literalInline, literalPhrasing, normalizeLiteral } from './literal';

describe('literal values', () => {
  it('normalize line endings, trim each line and drop blank lines, as Markdown would', () => {
    expect(normalizeLiteral('  a  \r\n\r\n\tb\rc\n')).toBe('a\nb\nc');
    expect(normalizeLiteral('nul\0')).toBe('nul\uFFFD');
    expect(isBlank(' \n\t\r\n')).toBe(true);
    expect(isBlank(' x ')).toBe(false);
  });

  it('become one line in headings, hard breaks in paragraphs and <br> in table cells', () => {
    expect(literalInline('a\nb')).toBe('a b');
    expect(literalPhrasing('a\nb')).toEqual([
      { type: 'text', value: 'a' },
      { type: 'break' },
      { type: 'text', value: 'b' },
    ]);
    expect(literalCell('a\nb')).toEqual([
      { type: 'text', value: 'a' },
      { type: 'html', value: '<br>' },
      { type: 'text', value: 'b' },
    ]);
    expect(literalPhrasing('')).toEqual([]);
  });
});
