import { createContext, type ReactNode, useContext, useSyncExternalStore } from 'react';
import type { TemplateRegistry } from '../core/template/registry';
import type { TemplateDescription } from '../core/template/types';
import { activeTemplateRegistry } from '../core/templates';

const TemplatesContext = createContext<TemplateRegistry | null>(null);

/** Makes the app's template registry (see `createAppTemplates`) available to every page. */
export function TemplatesProvider({
  registry,
  children,
}: {
  registry: TemplateRegistry;
  children: ReactNode;
}) {
  return <TemplatesContext.Provider value={registry}>{children}</TemplatesContext.Provider>;
}

/** The template registry of the app; outside a provider (component tests), the one `getTemplate` reads. */
export function useTemplateRegistry(): TemplateRegistry {
  return useContext(TemplatesContext) ?? activeTemplateRegistry();
}

/** The templates on offer, kept current as templates are added or removed. */
export function useTemplates(): readonly TemplateDescription[] {
  const registry = useTemplateRegistry();
  return useSyncExternalStore(registry.subscribe, registry.list, registry.list);
}
