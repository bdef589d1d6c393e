import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import './ui.css';

export interface DisclosureMenuProps {
  /** The button's words ("More"). */
  label: string;
  children: ReactNode;
  className?: string;
}

/**
 * A button that shows a panel of further actions and options (a disclosure, not an ARIA menu: the panel holds
 * checkboxes and selects too). Escape closes it and returns focus to the button; so does a click outside it. The
 * panel stays mounted while closed, so dialogs and messages its actions opened are not lost.
 */
export function DisclosureMenu({ label, children, className }: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // An action in the panel that reports a problem (an alert) shows it: the panel opens rather than hide it.
  useEffect(() => {
    const element = panel.current;
    if (!element || typeof MutationObserver === 'undefined') return;
    const observer = new MutationObserver(() => {
      if (element.querySelector('[role="alert"]')) setOpen(true);
    });
    observer.observe(element, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, []);
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      // A dialog opened from the panel handles its own Escape.
      if (event.key !== 'Escape' || (event.target as HTMLElement | null)?.closest?.('dialog')) return;
      if (!(event.target instanceof Node && root.current?.contains(event.target))) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);
  return (
    <div ref={root} className={['disclosure-menu', className].filter(Boolean).join(' ')}>
      <button
        ref={button}
        type="button"
        className="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <svg aria-hidden="true" focusable="false" width="12" height="12" viewBox="0 0 12 12">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.8" />
        </svg>
      </button>
      <div ref={panel} id={panelId} className="disclosure-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
