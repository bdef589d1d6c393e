import { useRef } from 'react';
import { Button, type ButtonProps } from '../../components/ui/button';
import { prepareReading } from './read-in-worker';

/** The file types the picker offers: Markdown, and plain text (specs are often saved as .txt). */
export const importAccept = '.md,.markdown,.txt,text/markdown,text/plain';

export interface OpenFileButtonProps extends Omit<ButtonProps, 'onClick'> {
  onFile: (file: File) => void;
  label?: string;
  /** Called when the picker opens: a file is likely to follow (see `ImportControlsProps.onPrepare`). */
  onPrepare?: () => void;
}

/** "Open Markdown file": a button that opens the system file picker (the input itself stays hidden). */
export function OpenFileButton({
  onFile,
  label = 'Open Markdown file',
  onPrepare,
  ...props
}: OpenFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        {...props}
        onClick={() => {
          prepareReading();
          onPrepare?.();
          input.current?.click();
        }}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept={importAccept}
        hidden
        aria-label={label}
        data-testid="open-markdown-file-input"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Reset, so that choosing the same file again still opens it.
          event.currentTarget.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
