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
  .regex(/^(?!.*\.\.)[\w][\w./ -]*\.(md|markdown)$/i);
const entrySchema = z.union([fileSchema, z.object({ file: fileSchema })]);
// Entries are checked one by one: a bad one is reported and the others are still offered.
const indexSchema = z.object({ templates: z.array(z.unknown()).max(50) });

/** An entry of the team's index that is not offered: which one (`templates/<file>`), and why, in words. */
export interface TeamTemplateProblem {
  entry: string;
  reason: string;
}

/** What became of the team's templates: how many are offered, and what could not be. */
export interface TeamTemplatesResult {
  added: number;
  problems: TeamTemplateProblem[];
}

const indexEntry = 'templates/index.json';

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
  const problems: TeamTemplateProblem[] = [];
  const indexText = await fetchText(new URL('index.json', base)).catch(() => undefined);
  if (indexText === undefined) return { added: 0, problems };
  let json: unknown;
  try {
    json = JSON.parse(indexText);
  } catch {
    return { added: 0, problems: [{ entry: indexEntry, reason: 'is not JSON' }] };
  }
  const index = indexSchema.safeParse(json);
  if (!index.success)
    return {
      added: 0,
      problems: [
        {
          entry: indexEntry,
          reason: 'is not a list of templates (expected { "templates": ["a-template.md"] }, at most 50)',
        },
      ],
    };
  // The build ships an empty index, for a team to fill in: then nothing more is loaded.
  if (index.data.templates.length === 0) return { added: 0, problems };
  const { compileTemplate } = await import('../core/template/compile/compile-template');
  let added = 0;
  for (const [position, raw] of index.data.templates.entries()) {
    const entry = entrySchema.safeParse(raw);
    if (!entry.success) {
      problems.push({
        entry: `${indexEntry}, entry ${position + 1} (${describeEntry(raw)})`,
        reason: 'is not the name of a Markdown file in the templates folder',
      });
      continue;
    }
    const file = typeof entry.data === 'string' ? entry.data : entry.data.file;
    const markdown = await fetchText(new URL(file, base)).catch(() => undefined);
    if (markdown === undefined) {
      problems.push({ entry: `templates/${file}`, reason: 'could not be read (is the file there?)' });
      continue;
    }
    const named = compileTemplate(markdown);
    if (!named.ok) {
      problems.push({ entry: `templates/${file}`, reason: `is not a template: ${named.messages.join(' ')}` });
      continue;
    }
    const id = `${`team-${named.description.id}`.slice(0, 48)}-${textHash(markdown)}`;
    if (registry.has(id)) continue;
    const compiled = compileTemplate(markdown, { id });
    if (!compiled.ok) continue;
    // Its version is its text, as a user template's.
    registry.add({ ...compiled.description, version: textHash(markdown) });
    added += 1;
  }
  return { added, problems };
}

/** An index entry as the team wrote it, short enough to quote. */
function describeEntry(raw: unknown): string {
  const text = typeof raw === 'string' ? raw : (JSON.stringify(raw) ?? String(raw));
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

/** The text at `url`, or undefined when there is none (404 and the like). */
async function fetchIfThere(url: URL): Promise<string | undefined> {
  const response = await fetch(url, { cache: 'no-cache', credentials: 'same-origin' });
  if (!response.ok) return undefined;
  return response.text();
}
