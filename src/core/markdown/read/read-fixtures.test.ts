import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { normalizeText } from '../../import/check-import-input';
import { compileTemplate } from '../../template/compile/compile-template';
import type { TemplateId } from '../../template/types';
import { activeTemplateRegistry, getTemplate } from '../../templates';
import { parseMarkdown } from '../processor';
import { readMarkdown } from '../read-markdown';
import { plainText } from './inline';
import { outline, type Region } from './outline';
import { indexTemplate } from './template-index';
import { tokenize } from './tokens';

// The first compile and read load remark: slow on a busy machine, so these tests get time.
vi.setConfig({ testTimeout: 60_000 });

// Fixtures: `fixtures/read/<case>/input.md` read against the case's template (`template.md`, compiled, or a shipped
// one named in `case.json` as `{ "template": "<id>" }`). Each stage has its own expectation: `outline.json` is what
// the first two stages make of the document (its regions, and the tokens in each), `expected.json` what the whole
// reading gives (the fields, the additional content and the warnings). UPDATE_FIXTURES=1 rewrites both; review the
// diff before committing, never edit them by hand.
const dir = new URL('./fixtures/read/', import.meta.url);
const update = process.env.UPDATE_FIXTURES === '1';
const cases = readdirSync(dir).sort();

/** The template a case reads against: its own compiled `template.md`, or the shipped one its `case.json` names. */
function caseTemplate(name: string): { id: TemplateId; compiled: boolean } {
  const template = new URL(`${name}/template.md`, dir);
  if (existsSync(template)) {
    const result = compileTemplate(readFileSync(template, 'utf8'), { id: `read-fixture-${name}` });
    if (!result.ok) throw new Error(`${name}: ${result.messages.join('; ')}`);
    activeTemplateRegistry().add(result.description);
    return { id: result.description.id, compiled: true };
  }
  const config = JSON.parse(readFileSync(new URL(`${name}/case.json`, dir), 'utf8')) as { template: string };
  return { id: config.template, compiled: false };
}

describe.each(cases)('reading %s', (name) => {
  let template: { id: TemplateId; compiled: boolean };
  beforeAll(() => {
    template = caseTemplate(name);
  });
  afterAll(() => {
    if (template.compiled) activeTemplateRegistry().remove(template.id);
  });

  it('has its expected outline', () => {
    const input = normalizeText(readFileSync(new URL(`${name}/input.md`, dir), 'utf8'));
    const description = getTemplate(template.id);
    const nodes = parseMarkdown(input).children;
    const index = indexTemplate(description);
    const regions = outline(index, tokenize(index, description, nodes), nodes).map(describeRegion);
    const expectedUrl = new URL(`${name}/outline.json`, dir);
    if (update) writeFileSync(expectedUrl, `${JSON.stringify(regions, null, 2)}\n`);
    expect(JSON.parse(readFileSync(expectedUrl, 'utf8'))).toEqual(regions);
  });

  it('gives its expected fields, additional content and warnings', () => {
    const input = readFileSync(new URL(`${name}/input.md`, dir), 'utf8');
    const { doc, report } = readMarkdown(input, template.id);
    const result = {
      fields: doc.fields,
      additional: doc.additional,
      ...(doc.extraFrontMatter ? { extraFrontMatter: doc.extraFrontMatter } : {}),
      warnings: report.warnings.map((w) => w.message),
    };
    const expectedUrl = new URL(`${name}/expected.json`, dir);
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (update) writeFileSync(expectedUrl, text);
    expect(JSON.parse(readFileSync(expectedUrl, 'utf8'))).toEqual(result);
  });
});

/** A region in words: what its heading is to the template, and its tokens (block types, guidance, inner headings). */
function describeRegion({ opener, tokens }: Region): { opener: string; tokens: string[] } {
  const heading = 'heading' in opener ? ` "${plainText(opener.heading.children).trim()}"` : '';
  const what =
    opener.type === 'subsection'
      ? `subsection ${opener.subsection.id}`
      : opener.type === 'item'
        ? `item of ${opener.group.id} ${JSON.stringify(opener.values)}`
        : opener.type;
  return {
    opener: `${what}${heading}`,
    tokens: tokens.map((token) =>
      token.type === 'guidance'
        ? `guidance (${token.nodes.length} blocks)`
        : token.type === 'heading'
          ? `heading "${plainText(token.node.children).trim()}": ${token.role.type}${token.role.type === 'grouping' ? ` ${token.role.group.id}` : ''}`
          : token.node.type,
    ),
  };
}
