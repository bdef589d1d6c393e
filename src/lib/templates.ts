import { createTemplateRegistry, type TemplateRegistry } from '../core/template/registry';
import { builtInTemplates, setActiveTemplateRegistry } from '../core/templates';
import type { TeamTemplateProblem, TeamTemplatesResult } from './team-templates';

/**
 * The composition root of templates: the one registry of the templates on offer, created once when the app starts
 * (shipped templates now; team and user templates are added to it) and passed down by `TemplatesProvider`. It is
 * also made the registry `getTemplate` resolves ids in, so the writer, reader and checks see the same templates.
 */
export function createAppTemplates(): TemplateRegistry {
  const registry = createTemplateRegistry(builtInTemplates);
  setActiveTemplateRegistry(registry);
  return registry;
}

/** What the initial load of the templates that do not ship found. */
export interface TemplatesLoaded {
  /** The entries of the team's `templates/index.json` that are not offered, and why. */
  teamProblems: readonly TeamTemplateProblem[];
}

/**
 * Adds the user's stored templates and the team's to the registry (each loader does), and settles once both are
 * done: a route that names a template (`#/new/<id>`) waits for it on a cold start instead of finding nothing. It
 * never rejects: a source that fails offers nothing, and the shipped templates are there regardless.
 */
export async function loadAppTemplates(sources: {
  user: () => Promise<unknown>;
  team: () => Promise<TeamTemplatesResult>;
}): Promise<TemplatesLoaded> {
  const [, team] = await Promise.allSettled([sources.user(), sources.team()]);
  const teamProblems = team.status === 'fulfilled' ? team.value.problems : [];
  for (const problem of teamProblems)
    console.warn(`Team template not offered: ${problem.entry}: ${problem.reason}`);
  return { teamProblems };
}
