import { type ReactNode, useEffect, useId, useRef } from 'react';
import { Button } from './button';
import './ui.css';

export interface DialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Buttons at the bottom; a "Close" button is always there. */
  actions?: ReactNode;
}

/** A modal dialog on the native `<dialog>`: focus is trapped and Escape closes it; focus returns on close. */
export function Dialog({ open, title, onClose, children, actions }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
      <div className="dialog-actions">
        {actions}
        <Button onClick={onClose}>Close</Button>
      </div>
    </dialog>
  );
}
