import { useEffect } from 'react';
import { Button } from './button';
import './ui.css';

export interface ToastMessage {
  /** Changes for every new toast, so that its timer restarts. */
  key: number;
  text: string;
  action?: { label: string; onAction: () => void };
}

export interface ToastRegionProps {
  toast: ToastMessage | null;
  onDismiss: () => void;
  /** How long a toast stays, in ms. Long enough to reach its action with the keyboard. */
  timeout?: number;
  /** The region's accessible name (pages have other status regions). */
  label?: string;
}

/**
 * A polite live region that is always in the page (so screen readers announce what appears in it), showing one
 * toast at a time with an optional action such as Undo. The timer pauses while the pointer or focus is inside.
 */
export function ToastRegion({ toast, onDismiss, timeout = 8000, label = 'Notifications' }: ToastRegionProps) {
  useEffect(() => {
    if (!toast) return;
    const timer = window.setTimeout(onDismiss, timeout);
    return () => window.clearTimeout(timer);
  }, [toast, onDismiss, timeout]);
  return (
    <div role="status" aria-label={label} className="toast-region">
      {toast ? (
        <div className="toast" key={toast.key}>
          <span>{toast.text}</span>
          {toast.action ? (
            <Button
              size="small"
              onClick={() => {
                toast.action?.onAction();
                onDismiss();
              }}
            >
              {toast.action.label}
            </Button>
          ) : null}
          <Button size="small" variant="quiet" aria-label="Dismiss" onClick={onDismiss}>
            ×
          </Button>
        </div>
      ) : null}
    </div>
  );
}
