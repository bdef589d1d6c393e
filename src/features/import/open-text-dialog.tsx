import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';

export interface OpenTextDialogProps {
  open: boolean;
  onClose: () => void;
  onSubmit: (text: string) => void;
}

/** "Open from text": paste a spec's Markdown and open it. */
export function OpenTextDialog({ open, onClose, onSubmit }: OpenTextDialogProps) {
  const [text, setText] = useState('');
  const id = useId();
  return (
    <Dialog
      open={open}
      title="Open from text"
      onClose={onClose}
      actions={
        <Button
          variant="primary"
          disabled={text.trim() === ''}
          onClick={() => {
            onSubmit(text);
            setText('');
          }}
        >
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
        onChange={(event) => setText(event.target.value)}
      />
    </Dialog>
  );
}
