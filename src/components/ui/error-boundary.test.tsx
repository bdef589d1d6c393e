// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeError, ErrorBoundary, PageError } from './error-boundary';

afterEach(cleanup);

/** Read at render time, so that a reset renders the part again with the fault gone. */
const fault = { on: true };

function Boom(): React.ReactNode {
  if (fault.on) throw new RangeError('Invalid time value');
  return <p>Card content</p>;
}

describe('ErrorBoundary', () => {
  it('shows what failed in place of the part that threw; the rest of the page stays', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(
      <ul>
        <li>
          <ErrorBoundary
            fallback={(error, reset) => (
              <p role="alert">
                Failed: {describeError(error)}{' '}
                <button
                  type="button"
                  onClick={() => {
                    fault.on = false;
                    reset();
                  }}
                >
                  Retry
                </button>
              </p>
            )}
          >
            <Boom />
          </ErrorBoundary>
        </li>
        <li>Another draft</li>
      </ul>,
    );
    expect(screen.getByRole('alert').textContent).toContain('Failed: RangeError: Invalid time value');
    expect(screen.getByText('Another draft')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(screen.getByText('Card content')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('PageError', () => {
  it('says what failed and offers a way out', () => {
    render(<PageError error={new TypeError('x is undefined')} />);
    expect(screen.getByRole('heading', { name: 'This page could not be shown' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('TypeError: x is undefined');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('#/');
  });

  it('describes anything thrown, not only errors', () => {
    expect(describeError('plain text')).toBe('plain text');
    expect(
      describeError({
        toString: () => {
          throw new Error('no');
        },
      }),
    ).toBe('an unknown error');
  });
});
