import { createContext, type ReactNode, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { TemplateRegistry } from '../core/template/registry';
import type { TemplateDescription } from '../core/template/types';
import { activeTemplateRegistry } from '../core/templates';
import type { TemplatesLoaded } from './templates';

const TemplatesContext = createContext<TemplateRegistry | null>(null);
const LoadedContext = createContext<Promise<TemplatesLoaded> | null>(null);

/**
 * Makes the app's template registry (see `createAppTemplates`) available to every page, with the initial load of
 * the user's and the team's templates (`loadAppTemplates`) when there is one.
 */
export function TemplatesProvider({
  registry,
  loaded,
  children,
}: {
  registry: TemplateRegistry;
  loaded?: Promise<TemplatesLoaded>;
  children: ReactNode;
}) {
  return (
    <TemplatesContext.Provider value={registry}>
      <LoadedContext.Provider value={loaded ?? null}>{children}</LoadedContext.Provider>
    </TemplatesContext.Provider>
  );
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

/** What the initial load of the user's and the team's templates found; undefined until it is done (or none). */
export function useTemplatesLoaded(): TemplatesLoaded | undefined {
  const loaded = useContext(LoadedContext);
  const [result, setResult] = useState<TemplatesLoaded>();
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    void loaded.then((value) => {
      if (live) setResult(value);
    });
    return () => {
      live = false;
    };
  }, [loaded]);
  return result;
}
