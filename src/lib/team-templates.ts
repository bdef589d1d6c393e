import { z } from 'zod';
import type { TemplateRegistry } from '../core/template/registry';
import { textHash } from './text-hash';

/**
 * A team's templates: a hosted copy of the app holds `templates/index.json` beside `index.html` (the build ships it
 * empty), listing Markdown templates in that folder. Everyone using that copy is offered them, with no rebuild:
 *
 *     { "templates": ["decision-record.md", { "file": "rfc.md" }] }
 */
const fileSchema = z
  .string()
  .max(200)
  // A file of that folder: no way up or out of it, and Markdown only.
  .regex(/^(?!.*\.\.)[\w][\w./ -]*\.(md|markdown)$/i, 'a Markdown file name in the templates folder');
const indexSchema = z.object({
  templates: z.array(z.union([fileSchema, z.object({ file: fileSchema })])).max(50),
});

/** What became of the team's templates: how many are offered, and what could not be (in words). */
export interface TeamTemplatesResult {
  added: number;
  problems: string[];
}

/**
 * Reads `templates/index.json` next to the app (`base`) and adds each template it lists to `registry`, compiled in
 * the browser (the compiler is loaded only when there is an index). No index is no team templates, silently. Ids
 * are `team-<name>-<hash of the text>`: a changed template is another template, and the drafts made from the old one
 * keep the copy they carry.
 */
export async function loadTeamTemplates(
  registry: TemplateRegistry,
  base: URL = new URL('templates/', document.baseURI),
  fetchText: (url: URL) => Promise<string | undefined> = fetchIfThere,
): Promise<TeamTemplatesResult> {
  const problems: string[] = [];
  const indexText = await fetchText(new URL('index.json', base)).catch(() => undefined);
  if (indexText === undefined) return { added: 0, problems };
  let json: unknown;
  try {
    json = JSON.parse(indexText);
  } catch {
    return { added: 0, problems: ['templates/index.json is not JSON.'] };
  }
  const index = indexSchema.safeParse(json);
  if (!index.success)
    return {
      added: 0,
      problems: [`templates/index.json: ${index.error.issues[0]?.message ?? 'not a list'}.`],
    };
  // The build ships an empty index, for a team to fill in: then nothing more is loaded.
  if (index.data.templates.length === 0) return { added: 0, problems };
  const { compileTemplate } = await import('../core/template/compile/compile-template');
  let added = 0;
  for (const entry of index.data.templates) {
    const file = typeof entry === 'string' ? entry : entry.file;
    const markdown = await fetchText(new URL(file, base)).catch(() => undefined);
    if (markdown === undefined) {
      problems.push(`templates/${file} could not be read.`);
      continue;
    }
    const named = compileTemplate(markdown);
    if (!named.ok) {
      problems.push(`templates/${file}: ${named.messages.join(' ')}`);
      continue;
    }
    const id = `team-${named.description.id}`.slice(0, 48) + `-${textHash(markdown)}`;
    if (registry.has(id)) continue;
    const compiled = compileTemplate(markdown, { id });
    if (!compiled.ok) continue;
    registry.add(compiled.description);
    added += 1;
  }
  return { added, problems };
}

/** The text at `url`, or undefined when there is none (404 and the like). */
async function fetchIfThere(url: URL): Promise<string | undefined> {
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) return undefined;
  return response.text();
}
