import { describe, expect, it } from 'vitest';
import { createTemplateRegistry } from '../core/template/registry';
import { loadTeamTemplates } from './team-templates';
import { textHash } from './text-hash';

const base = new URL('https://intranet.example/tools/specs/templates/');
const adr = '# Decision Record: {title}\n\n## Context\n\n{context}\n\n## Decision\n\n{decision}\n';

/** A host serving `files` (paths under the templates folder). */
function host(files: Record<string, string>) {
  const asked: string[] = [];
  const fetchText = async (url: URL) => {
    asked.push(url.href);
    const path = url.href.startsWith(base.href) ? url.href.slice(base.href.length) : undefined;
    return path === undefined ? undefined : files[path];
  };
  return { asked, fetchText };
}

describe('team templates', () => {
  it('offers the templates templates/index.json lists, compiled, with ids that follow their text', async () => {
    const registry = createTemplateRegistry([]);
    const { fetchText } = host({
      'index.json': JSON.stringify({ templates: ['adr.md', { file: 'rfc.md' }] }),
      'adr.md': adr,
      'rfc.md': '# RFC: [Title]\n\n## Summary\n\n[One paragraph]\n',
    });
    expect(await loadTeamTemplates(registry, base, fetchText)).toEqual({ added: 2, problems: [] });
    expect(registry.list().map((t) => t.name)).toEqual(['Decision Record', 'RFC']);
    expect(registry.list()[0]?.id).toMatch(/^team-decision-record-[0-9a-z]+$/);
    // Its version is its text: what a document made from it records.
    expect(registry.list()[0]?.version).toBe(textHash(adr));

    // Changed on the host: another template (drafts of the old one carry their copy).
    const changed = createTemplateRegistry([]);
    const next = host({
      'index.json': JSON.stringify({ templates: ['adr.md'] }),
      'adr.md': adr.replace('Context', 'Background'),
    });
    await loadTeamTemplates(changed, base, next.fetchText);
    expect(changed.list()[0]?.id).not.toBe(registry.list()[0]?.id);
  });

  it('offers nothing, silently, where there is no index; says what is wrong with a bad one', async () => {
    const registry = createTemplateRegistry([]);
    expect(await loadTeamTemplates(registry, base, host({}).fetchText)).toEqual({ added: 0, problems: [] });
    // The index the build ships, before a team fills it in.
    const shipped = host({ 'index.json': '{ "templates": [] }\n' });
    expect(await loadTeamTemplates(registry, base, shipped.fetchText)).toEqual({ added: 0, problems: [] });
    expect(
      (await loadTeamTemplates(registry, base, host({ 'index.json': '<html>' }).fetchText)).problems,
    ).toEqual([{ entry: 'templates/index.json', reason: 'is not JSON' }]);
    const notList = await loadTeamTemplates(registry, base, host({ 'index.json': '{"files":[]}' }).fetchText);
    expect(notList.problems).toEqual([
      { entry: 'templates/index.json', reason: expect.stringContaining('is not a list of templates') },
    ]);
    expect(registry.list()).toHaveLength(0);
  });

  it('reports each bad entry, which one and why, and still offers the others', async () => {
    const registry = createTemplateRegistry([]);
    const broken = host({
      'index.json': JSON.stringify({
        templates: ['../secrets.md', 'empty.md', 'missing.md', 'notes.md', 'adr.md', 42],
      }),
      'empty.md': '',
      'notes.md': 'Just a paragraph, no heading at all.',
      'adr.md': adr,
    });
    const result = await loadTeamTemplates(registry, base, broken.fetchText);
    expect(result.added).toBe(1);
    expect(registry.list().map((t) => t.name)).toEqual(['Decision Record']);
    expect(result.problems).toEqual([
      {
        entry: 'templates/index.json, entry 1 (../secrets.md)',
        reason: 'is not the name of a Markdown file in the templates folder',
      },
      { entry: 'templates/empty.md', reason: 'is not a template: The template is empty.' },
      { entry: 'templates/missing.md', reason: 'could not be read (is the file there?)' },
      { entry: 'templates/notes.md', reason: expect.stringMatching(/^is not a template: .*no headings/) },
      {
        entry: 'templates/index.json, entry 6 (42)',
        reason: 'is not the name of a Markdown file in the templates folder',
      },
    ]);
    // A path out of the folder is never fetched.
    expect(broken.asked.some((url) => url.includes('secrets'))).toBe(false);
  });
});
