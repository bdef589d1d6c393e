import { createRootRouteWithContext, Link, Outlet } from '@tanstack/react-router';
import { PageError } from '../components/ui/error-boundary';
import type { AppServices } from '../lib/app-services';
import type { TemplatesLoaded } from '../lib/templates';

/** What every route can use: the app's services and the initial load of the user's and the team's templates. */
export interface AppRouterContext {
  services: AppServices;
  templatesLoaded: Promise<TemplatesLoaded>;
}

export const Route = createRootRouteWithContext<AppRouterContext>()({
  component: RootLayout,
  notFoundComponent: NotFound,
  errorComponent: PageError,
});

function RootLayout() {
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <Link to="/" className="app-name">
          Specwright
        </Link>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}

function NotFound() {
  return (
    <div className="page" role="alert">
      <h1>Page not found</h1>
      <p>
        This address does not lead to anything in Specwright. <Link to="/">Go to the home page</Link>.
      </p>
    </div>
  );
}
