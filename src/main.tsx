import './lib/zod-jitless';
import { createHashHistory, createRouter, RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { registerUpdates, UpdatePrompt } from './features/update';
import { createAppServices } from './lib/app-services';
import { ServicesProvider } from './lib/services-context';
import { loadUserTemplates } from './lib/storage/template-store';
import { loadTeamTemplates } from './lib/team-templates';
import { createAppTemplates, loadAppTemplates } from './lib/templates';
import { TemplatesProvider } from './lib/templates-context';
import { routeTree } from './routeTree.gen';
import './styles.css';

// The composition root: what the app's pages share is made here, once, and handed down by context (React's and the
// router's); no module creates it on import.
const services = createAppServices();
// The templates on offer: built before anything renders or resolves a template id. The user's own templates join
// them once read from storage (the home page follows the registry; drafts carry their own copy), and a team's,
// when the copy of the app they host lists some in templates/index.json (see the README).
const templates = createAppTemplates();
const templatesLoaded = loadAppTemplates({
  user: () => loadUserTemplates(services.userTemplates, templates),
  team: () => loadTeamTemplates(templates),
});

// Hash history: every route lives in the URL fragment, so any static host and any sub-path serve the app with no
// rewrite rules, and nothing the user types is ever sent to a server. Routes that name a template wait for
// `templatesLoaded` (a deep link to a user's template, opened first thing, finds it).
const router = createRouter({
  routeTree,
  history: createHashHistory(),
  defaultPreload: 'intent',
  context: { services, templatesLoaded },
});

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <ServicesProvider services={services}>
      <TemplatesProvider registry={templates} loaded={templatesLoaded}>
        <RouterProvider router={router} />
        <UpdatePrompt />
      </TemplatesProvider>
    </ServicesProvider>
  </StrictMode>,
);

// The service worker precaches the built app, so that after one visit it starts with the network off. A new version
// waits for the user's "Reload" (see registerUpdates): no tab is ever reloaded for an update on its own.
registerUpdates();
