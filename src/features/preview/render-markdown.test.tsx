import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../core';
import { writeMarkdown } from '../../core/markdown/write-markdown';
import { splitMarkdown } from '../../core/preview/split-markdown';
import { generateDocument } from '../../core/sample/generate-document';
import { RenderedView } from './preview-views';
import * as renderer from './render-markdown';

const html = (markdown: string) => renderToStaticMarkup(renderer.renderBlocks(markdown));

describe('renderBlocks', () => {
  it('never lets raw HTML, scripts, event handlers or javascript: URLs through', () => {
    const out = html(
      [
        '<script>window.__xss = 2</script>',
        '',
        'Text <img src=x onerror="window.__xss=1"> more',
        '',
        '<img src=x onerror="window.__xss=1">',
        '',
        '[click](javascript:alert(1)) and [ok](https://example.com)',
        '',
        '![pic](javascript:alert(1))',
        '',
        '<a href="javascript:alert(1)">raw</a>',
        '',
        '| a | b |',
        '| - | - |',
        '| <script>x</script> | <img src=x onerror=alert(1)> |',
        '',
        '<!-- a comment in guidance -->',
        '<iframe src="https://evil.example"></iframe>',
      ].join('\n'),
    );
    expect(out).not.toMatch(/<script|onerror|javascript:|<iframe|<!--|__xss/i);
    expect(out).not.toMatch(/<img[^>]*src="x"/);
    expect(out).toContain('<a href="https://example.com" target="_blank" rel="noopener noreferrer">ok</a>');
  });

  it('renders GFM tables and task lists', () => {
    const out = html('| ID | Text |\n| :-- | --: |\n| FR-1 | **bold** |\n\n- [ ] open\n- [x] done\n');
    expect(out).toContain('<th style="text-align:left">ID</th>');
    expect(out).toContain('<td style="text-align:right"><strong>bold</strong></td>');
    expect(out).toContain('<ul class="contains-task-list">');
    expect(out).toMatch(
      /<li class="task-list-item"><input type="checkbox" disabled="" aria-label="Not done"\/> open<\/li>/,
    );
    expect(out).toMatch(
      /<li class="task-list-item"><input type="checkbox" disabled="" aria-label="Done" checked=""\/> done<\/li>/,
    );
  });

  it('does not render front matter as text', () => {
    expect(html('---\ntitle: x\n---\n\n# Hi\n')).toBe('<h3 class="md-h1">Hi</h3>');
  });

  it('puts the document headings below the page headings without skipping a level', () => {
    expect(html('# A\n\n## B\n\n### C\n\n##### E\n\n###### F')).toBe(
      '<h3 class="md-h1">A</h3>\n<h3 class="md-h2">B</h3>\n<h4 class="md-h3">C</h4>\n<h6 class="md-h5">E</h6>\n<h6 class="md-h6">F</h6>',
    );
  });
});

describe('piece by piece rendering', () => {
  // What the whole document renders to, with the front matter shown the way the preview shows it.
  const normalize = (markup: string) =>
    markup
      .replace(/<figure class="preview-front-matter">.*?<\/figure>/s, '')
      .replace(/<span class="preview-anchor"[^>]*><\/span>/g, '')
      .replace(/^<div class="preview-document">|<\/div>$/g, '')
      .replace(/>\s+</g, '><')
      .trim();

  const cases: [string, string][] = [
    [
      'technical-spec fixture',
      readFileSync(new URL('../../core/markdown/fixtures/technical-spec.md', import.meta.url), 'utf8'),
    ],
    [
      'feature-spec fixture',
      readFileSync(new URL('../../core/markdown/fixtures/feature-spec.md', import.meta.url), 'utf8'),
    ],
    ...(['technical-spec', 'feature-spec'] as const).map((id): [string, string] => [
      `generated ${id}`,
      writeMarkdown(generateDocument(getTemplate(id), 'small', 7), {
        includeGuidance: true,
        emptyFields: 'placeholder',
      }),
    ]),
    ['ordered list from 3', '1. x\n\n3. a\n4. b\n5. c\n\n## H\n\n- [ ] t\n- u\n'],
  ];

  it.each(cases)('renders the %s exactly as the whole document', (_, markdown) => {
    const pieces = splitMarkdown(markdown);
    const pieceWise = renderToStaticMarkup(
      <RenderedView pieces={pieces} anchors={pieces.map(() => undefined)} renderer={renderer} />,
    );
    expect(normalize(pieceWise)).toBe(normalize(html(markdown)));
  });
});

describe('remote images', () => {
  it('renders a placeholder per remote image (inline, reference, in a table cell) and one button per host', () => {
    const markdown = [
      '![a](https://one.example/a.png) ![b][b]',
      '',
      '[b]: https://one.example/b.png',
      '',
      '| x |',
      '| - |',
      '| ![c](http://two.example:8080/c.png) |',
    ].join('\n');
    const out = renderToStaticMarkup(
      <renderer.RemoteImageGate>{renderer.renderBlocks(markdown)}</renderer.RemoteImageGate>,
    );
    expect(out).not.toContain('<img');
    expect(out.match(/role="img"/g)).toHaveLength(3);
    expect(out).toContain('aria-label="Not loaded: “c” from two.example:8080"');
    // Hosts register after mounting, so static markup shows no buttons yet; the e2e tests press them.
    expect(html('![a](https://one.example/a.png)')).toContain('Image not loaded: “a” from one.example');
  });
});
