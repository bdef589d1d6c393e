import { createContext, type ReactNode, useContext } from 'react';
import { type AppServices, createAppServices } from './app-services';

const ServicesContext = createContext<AppServices | null>(null);

/** Hands the app's services (see `createAppServices`) to every page. */
export function ServicesProvider({ services, children }: { services: AppServices; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

// Outside a provider (a component test that needs none), one set made on first use, as the app would make it.
let standalone: AppServices | undefined;

/** The app's services. */
export function useServices(): AppServices {
  const provided = useContext(ServicesContext);
  if (provided) return provided;
  standalone ??= createAppServices();
  return standalone;
}
