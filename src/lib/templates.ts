import { createTemplateRegistry, type TemplateRegistry } from '../core/template/registry';
import { builtInTemplates, setActiveTemplateRegistry } from '../core/templates';

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
