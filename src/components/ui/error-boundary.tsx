import { Component, type ErrorInfo, type ReactNode } from 'react';
import { Button } from './button';

/** The error in one line: its name and message, whatever was thrown. */
export function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name}: ${error.message}`.slice(0, 500);
  try {
    return String(error).slice(0, 500);
  } catch {
    return 'an unknown error';
  }
}

interface ErrorBoundaryProps {
  /** What to show instead of `children` once they threw; `reset` renders them again. */
  fallback: (error: unknown, reset: () => void) => ReactNode;
  children: ReactNode;
}

/**
 * Keeps an error thrown while rendering `children` inside them: the fallback says what failed and the rest of the
 * page stays usable (React has no hook for this; a class component is the only way).
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, { error: unknown; failed: boolean }> {
  override state = { error: undefined as unknown, failed: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept in the console for whoever reports the problem; the page itself says what failed.
    console.error(error, info.componentStack);
  }

  reset = () => this.setState({ error: undefined, failed: false });

  override render() {
    return this.state.failed ? this.props.fallback(this.state.error, this.reset) : this.props.children;
  }
}

/**
 * What a page shows when it failed (a route's `errorComponent`): what failed, in the browser's words, and ways
 * out. Drafts are not touched by it.
 */
export function PageError({ error }: { error: unknown }) {
  return (
    <div className="page" role="alert">
      <h1>This page could not be shown</h1>
      <p>
        Something failed while showing it. Your drafts are stored separately and are not affected: the home
        page lists them.
      </p>
      <p>
        What failed: <code>{describeError(error)}</code>
      </p>
      <p>
        <Button onClick={() => window.location.reload()}>Try again</Button>{' '}
        <a className="button" href="#/">
          Go to the home page
        </a>
      </p>
    </div>
  );
}
