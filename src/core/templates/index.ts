import { createTemplateRegistry, type TemplateRegistry } from '../template/registry';
import type { TemplateDescription, TemplateId } from '../template/types';
import { featureSpec } from './feature-spec';
import { checklist, implementationPlan, tasks } from './spec-kit';
import { technicalSpec } from './technical-spec';

/** The hand-described templates (the reader detects and reads these), in the order the home page lists them. */
export const templates: readonly TemplateDescription[] = [technicalSpec, featureSpec];

/** Every template that ships with the app: the hand-described ones, then spec-kit's, compiled from Markdown. */
export const builtInTemplates: readonly TemplateDescription[] = [
  ...templates,
  implementationPlan,
  tasks,
  checklist,
];

/** Ids of the hand-described templates. */
export const templateIds = ['technical-spec', 'feature-spec'] as const satisfies readonly TemplateId[];

// The registry that `getTemplate` reads. The app's composition root replaces it with the one it builds (shipped,
// team and user templates) before anything renders; until then, and in tests, it holds the shipped ones.
let active: TemplateRegistry = createTemplateRegistry(builtInTemplates);

/**
 * Makes `registry` the one `getTemplate`, `isTemplateId` and the writer, reader and checks resolve ids in.
 * Called once by the composition root; tests may call it to try a compiled template.
 */
export function setActiveTemplateRegistry(registry: TemplateRegistry): void {
  active = registry;
}

/** The registry `getTemplate` reads. */
export function activeTemplateRegistry(): TemplateRegistry {
  return active;
}

/** The description of a template. Throws on an id no registered template has (validate ids from outside first). */
export function getTemplate(id: TemplateId): TemplateDescription {
  const template = active.get(id);
  if (!template) throw new Error(`No template "${id}"`);
  return template;
}

/** True when `value` names a template on offer. */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && active.has(value);
}

export { checklist, featureSpec, implementationPlan, tasks, technicalSpec };
