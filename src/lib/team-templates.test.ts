import { describe, expect, it } from 'vitest';
import { createTemplateRegistry } from '../core/template/registry';
import { loadTeamTemplates } from './team-templates';

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
    ).toEqual(['templates/index.json is not JSON.']);
    const outside = host({ 'index.json': JSON.stringify({ templates: ['../secrets.md'] }) });
    const refused = await loadTeamTemplates(registry, base, outside.fetchText);
    expect(refused.problems[0]).toContain('a Markdown file name in the templates folder');
    expect(outside.asked).toEqual([`${base.href}index.json`]);
    const broken = host({
      'index.json': JSON.stringify({ templates: ['empty.md', 'missing.md', 'adr.md'] }),
      'empty.md': '',
      'adr.md': adr,
    });
    const result = await loadTeamTemplates(registry, base, broken.fetchText);
    expect(result.added).toBe(1);
    expect(result.problems).toEqual([
      'templates/empty.md: The template is empty.',
      'templates/missing.md could not be read.',
    ]);
    expect(registry.list()).toHaveLength(1);
  });
});
