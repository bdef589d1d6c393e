import { useEffect, useId, useRef } from 'react';
import { Button } from '../../components/ui/button';

export interface TemplateTextDialogProps {
  open: boolean;
  /** The pasted text: kept by the caller, so that a template that does not compile can be fixed and tried again. */
  text: string;
  onTextChange: (text: string) => void;
  /** Escape or "Cancel": the dialog is closed; the caller returns focus to what opened it. */
  onCancel: () => void;
  /** "Preview template": the dialog has closed itself already, so focus can go where the preview is. */
  onPreview: (text: string) => void;
}

/**
 * "Template from text": paste a Markdown template. A native modal `<dialog>`: focus goes to the text area, stays
 * inside, and Escape closes it (the caller returns focus to the button that opened it).
 */
export function TemplateTextDialog({
  open,
  text,
  onTextChange,
  onCancel,
  onPreview,
}: TemplateTextDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const textRef = useRef<HTMLTextAreaElement>(null);
  const titleId = useId();
  const textId = useId();
  // Closing restores focus to the opener at once (the browser does), and the close event comes later: a preview
  // closes the dialog itself before anything else renders, and its close event is not a cancel.
  const previewing = useRef(false);
  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      dialog.showModal();
      textRef.current?.focus();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={dialogRef}
      className="dialog user-templates-dialog"
      aria-labelledby={titleId}
      onClose={() => {
        if (!previewing.current) onCancel();
        previewing.current = false;
      }}
    >
      <h2 id={titleId}>Template from text</h2>
      <label htmlFor={textId}>Template Markdown</label>
      <textarea
        ref={textRef}
        id={textId}
        className="user-templates-textarea"
        rows={14}
        value={text}
        spellCheck={false}
        onChange={(event) => onTextChange(event.target.value)}
      />
      <div className="dialog-actions">
        <Button
          variant="primary"
          disabled={text.trim() === ''}
          onClick={() => {
            previewing.current = true;
            dialogRef.current?.close();
            onPreview(text);
          }}
        >
          Preview template
        </Button>
        <Button onClick={() => dialogRef.current?.close()}>Cancel</Button>
      </div>
    </dialog>
  );
}
