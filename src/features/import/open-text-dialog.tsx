import { useId } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';

export interface OpenTextDialogProps {
  open: boolean;
  /** The pasted text: kept by the caller until a document opened from it, so a failure never loses it. */
  text: string;
  onTextChange: (text: string) => void;
  onClose: () => void;
  onSubmit: (text: string) => void;
}

/** "Open from text": paste a spec's Markdown and open it. */
export function OpenTextDialog({ open, text, onTextChange, onClose, onSubmit }: OpenTextDialogProps) {
  const id = useId();
  return (
    <Dialog
      open={open}
      title="Open from text"
      onClose={onClose}
      actions={
        <Button variant="primary" disabled={text.trim() === ''} onClick={() => onSubmit(text)}>
          Open
        </Button>
      }
    >
      <label htmlFor={id}>Paste the Markdown of a Technical or Feature Specification</label>
      <textarea
        id={id}
        className="import-textarea"
        rows={14}
        value={text}
        spellCheck={false}
        onChange={(event) => onTextChange(event.target.value)}
      />
    </Dialog>
  );
}
