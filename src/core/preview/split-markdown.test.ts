import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type MarkdownPiece, splitMarkdown } from './split-markdown';

const fixture = (name: string) =>
  readFileSync(new URL(`../markdown/fixtures/${name}`, import.meta.url), 'utf8');
const kinds = (pieces: MarkdownPiece[]) => pieces.map((p) => p.type);

describe('splitMarkdown', () => {
  it('cuts before headings and keeps every character', () => {
    const md = '# Title\n\nIntro *text*.\n\n## 1. Overview\n\nBody\n\n### Goals\n\nMore\n';
    const pieces = splitMarkdown(md);
    expect(pieces.map((p) => p.markdown)).toEqual([
      '# Title\n\nIntro *text*.\n\n',
      '## 1. Overview\n\nBody\n\n',
      '### Goals\n\nMore\n',
    ]);
    expect(pieces.map((p) => (p.type === 'blocks' ? p.heading : undefined))).toEqual([
      { depth: 1, text: 'Title' },
      { depth: 2, text: '1. Overview' },
      { depth: 3, text: 'Goals' },
    ]);
  });

  it('takes front matter apart', () => {
    const pieces = splitMarkdown('---\ntitle: "x"\n# not a heading: yaml comment\n---\n\n## A\n');
    expect(pieces[0]).toEqual({
      type: 'frontMatter',
      markdown: '---\ntitle: "x"\n# not a heading: yaml comment\n---\n',
      yaml: 'title: "x"\n# not a heading: yaml comment\n',
    });
    expect(kinds(pieces)).toEqual(['frontMatter', 'blocks', 'blocks']);
  });

  it('never cuts inside fenced code or HTML blocks', () => {
    for (const md of [
      '```\n# not a heading\n```\n# heading\n',
      '~~~~md\n# no\n~~~\n# still code\n~~~~\n# heading\n',
      '<!--\n# comment\n-->\n# heading\n',
      '<div>\n# html\n\n# heading\n',
      '<script>\n# js\n</script>\n# heading\n',
    ]) {
      const pieces = splitMarkdown(md);
      expect(pieces).toHaveLength(2);
      expect(pieces[1]!.markdown).toBe('# heading\n');
    }
  });

  it('cuts a table into its rows', () => {
    const md = '### Reqs\n\n| ID | Text |\n| --- | :-: |\n| FR-1 | a \\| b |\n| FR-2 | c |\n\nAfter\n';
    const pieces = splitMarkdown(md);
    expect(kinds(pieces)).toEqual(['blocks', 'table', 'blocks']);
    expect(pieces[1]).toMatchObject({
      head: '| ID | Text |\n| --- | :-: |\n',
      rows: ['| FR-1 | a \\| b |\n', '| FR-2 | c |\n'],
    });
  });

  it('leaves a table whole when a lazy line may follow it', () => {
    const pieces = splitMarkdown('| a |\n| - |\n| 1 |\nlazy\n');
    expect(kinds(pieces)).toEqual(['blocks']);
  });

  it('cuts a tight list into its items, indented continuations included', () => {
    const md = '- [ ] one\n- [x] two\n  more of two\n- three\n\n## Next\n';
    const pieces = splitMarkdown(md);
    expect(kinds(pieces)).toEqual(['list', 'blocks', 'blocks']);
    expect(pieces[0]).toMatchObject({ items: ['- [ ] one\n', '- [x] two\n  more of two\n', '- three\n'] });
  });

  it('keeps lists whole when items are loose, lazy or mixed', () => {
    for (const md of [
      '- a\n\n- b\n',
      '- a\nlazy\n- b\n',
      '- a\n* b\n',
      '1. a\n2) b\n',
      '- a\n---\n',
      '- a\n  b\n\n- c\n',
      '- a\nlazy\n\n- c\n',
    ]) {
      expect(kinds(splitMarkdown(md))).not.toContain('list');
    }
  });

  it('gives up cutting when definitions could reach across pieces', () => {
    const md = '# A\n\nSee [x].\n\n# B\n\n[x]: https://example.com\n';
    expect(splitMarkdown(md)).toEqual([{ type: 'blocks', markdown: md }]);
  });

  it('gives up when an indented fence is left by a less indented line', () => {
    const md = '1. a\n\n   ```\n   code\n```\n# inside code\n```\n';
    expect(splitMarkdown(md)).toHaveLength(1);
  });

  it('splits the template fixtures into many pieces', () => {
    for (const name of ['technical-spec.md', 'feature-spec.md']) {
      const md = fixture(name);
      const pieces = splitMarkdown(md);
      expect(pieces.map((p) => p.markdown).join('')).toBe(md);
      expect(pieces.length).toBeGreaterThan(10);
    }
  });

  it('always keeps every character, in order', () => {
    const line = fc.constantFrom(
      '# h',
      '## 2. Sec',
      '',
      'text',
      '- item',
      '  cont',
      '1. one',
      '| a | b |',
      '| --- | --- |',
      '```',
      '<!--',
      '-->',
      '<div>',
      '---',
      '> quote',
      '    code',
      '[d]: /u',
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), fc.boolean(), (ls, trailing) => {
        const md = ls.join('\n') + (trailing ? '\n' : '');
        expect(
          splitMarkdown(md)
            .map((p) => p.markdown)
            .join(''),
        ).toBe(md);
      }),
    );
  }, 30_000);
});
