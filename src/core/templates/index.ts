import { createTemplateRegistry, type TemplateRegistry } from '../template/registry';
import type { TemplateDescription, TemplateId } from '../template/types';
import { featureSpec } from './feature-spec';
import { checklist, implementationPlan, tasks } from './spec-kit';
import { technicalSpec } from './technical-spec';

/** The technical and feature specs: what `detectTemplate` chooses between unless told the templates on offer. */
export const templates: readonly TemplateDescription[] = [technicalSpec, featureSpec];

/**
 * Every template that ships with the app, in the order the home page lists them: each its Markdown file and an
 * overlay, compiled (see `shipped-sources.ts`).
 */
export const builtInTemplates: readonly TemplateDescription[] = [
  technicalSpec,
  featureSpec,
  implementationPlan,
  tasks,
  checklist,
];

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

// Templates known only from the documents that carry a copy (a user template removed since, or one from another
// browser, through a share link or a backup): they resolve, but they are not on offer.
const carried = new Map<string, TemplateDescription>();

/** The description of a template. Throws on an id no known template has (validate ids from outside first). */
export function getTemplate(id: TemplateId): TemplateDescription {
  const template = active.get(id) ?? carried.get(id);
  if (!template) throw new Error(`No template "${id}"`);
  return template;
}

/** True when `value` names a known template: one on offer, or one a document has carried in. */
export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (active.has(value) || carried.has(value));
}

/** True for the templates that ship with the app: documents of any other template carry a copy of it. */
export function isBuiltInTemplate(id: string): boolean {
  return builtInTemplates.some((template) => template.id === id);
}

/**
 * The template of a document that has been validated already (in a worker, where only the shipped templates are
 * registered): its carried copy is made known first.
 */
export function documentTemplate(doc: { template: TemplateId; templateCopy?: TemplateDescription }) {
  if (doc.templateCopy) carryTemplate(doc.templateCopy);
  return getTemplate(doc.template);
}

/**
 * Makes a template that a document carries known (not offered), unless one with its id is known already. Its
 * caller has validated it (`parseTemplateDescription`).
 */
export function carryTemplate(description: TemplateDescription): void {
  if (!active.has(description.id) && !carried.has(description.id)) carried.set(description.id, description);
}

export { checklist, featureSpec, implementationPlan, tasks, technicalSpec };
