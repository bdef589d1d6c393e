import { describe, expect, it } from 'vitest';
import { checkImportInput, maxImportBytes } from './check-import-input';

const file = (name: string, bytes: Uint8Array, size = bytes.byteLength) => ({ name, size, bytes });
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('checkImportInput', () => {
  it('accepts UTF-8 Markdown, strips a BOM and normalizes CRLF and CR', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('# Title\r\n\r\nText\rmore 日本語')]);
    expect(checkImportInput(file('spec.md', bytes))).toEqual({
      ok: true,
      text: '# Title\n\nText\nmore 日本語',
      source: '\uFEFF# Title\r\n\r\nText\rmore 日本語',
    });
    expect(checkImportInput('\uFEFF# Pasted\r\n')).toEqual({
      ok: true,
      text: '# Pasted\n',
      source: '\uFEFF# Pasted\r\n',
    });
  });

  it('refuses an empty file, saying what to do', () => {
    const result = checkImportInput(file('empty.md', new Uint8Array()));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/“empty\.md” is empty\. Choose/) });
    expect(checkImportInput('  \n\t')).toEqual({
      ok: false,
      message: expect.stringMatching(/pasted text is empty/),
    });
  });

  it('refuses a file over 2 MB, and pasted text over 2 MB', () => {
    const result = checkImportInput(file('huge.md', new Uint8Array(10), maxImportBytes + 1));
    expect(result).toEqual({ ok: false, message: expect.stringMatching(/larger than the 2 MB/) });
    expect(
      checkImportInput(
        `# T\n\n${'word '.repeat(maxImportBytes / 5)}\n`.replaceAll('word word', 'word\nword'),
      ),
    ).toEqual({
      ok: false,
      message: expect.stringMatching(/^The pasted text is larger than the 2 MB/),
    });
  });

  it('refuses text beyond the Markdown limits before parsing it, saying which and where', () => {
    expect(checkImportInput(file('slow.md', utf8('*a_'.repeat(20_000))))).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^“slow\.md” has a paragraph with more than 1,500 \* and _ marks \(from line 1\)/,
      ),
    });
    const deep = Array.from({ length: 1000 }, (_, level) => `${'  '.repeat(level)}- x`).join('\n');
    expect(checkImportInput(deep)).toEqual({
      ok: false,
      message: expect.stringMatching(/^The pasted text nests lists or quotes 33 levels deep \(line 33\)/),
    });
  });

  it('refuses a binary file (NUL bytes)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]);
    expect(checkImportInput(file('logo.png', png))).toEqual({
      ok: false,
      message: expect.stringMatching(/binary file, not text.*export it as Markdown/),
    });
  });

  it('refuses text that is not UTF-8', () => {
    // "café" in Latin-1: 0xE9 is not valid UTF-8 on its own.
    const latin1 = new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]);
    expect(checkImportInput(file('old.md', latin1))).toEqual({
      ok: false,
      message: expect.stringMatching(/not UTF-8 text\. Save it as UTF-8/),
    });
  });
});
