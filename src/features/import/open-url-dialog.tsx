import { useId, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Dialog } from '../../components/ui/dialog';
import { fetchMarkdown } from './fetch-markdown';

export interface OpenUrlDialogProps {
  open: boolean;
  onClose: () => void;
  /** Called with the downloaded file; the dialog closes. */
  onFetched: (bytes: Uint8Array, name: string) => void;
}

/**
 * "Open from URL": downloads a Markdown file from an address that allows it (a raw file on a code host). Nothing is
 * requested until the user presses Open; a failure is shown here, with the address kept for another try.
 */
export function OpenUrlDialog({ open, onClose, onFetched }: OpenUrlDialogProps) {
  const [address, setAddress] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const id = useId();
  const hintId = useId();

  const submit = async () => {
    setBusy(true);
    setError(undefined);
    const fetched = await fetchMarkdown(address);
    setBusy(false);
    if (!fetched.ok) {
      setError(fetched.message);
      return;
    }
    setAddress('');
    onFetched(fetched.bytes, fetched.name);
  };

  return (
    <Dialog
      open={open}
      title="Open from URL"
      onClose={onClose}
      actions={
        <Button variant="primary" disabled={busy || address.trim() === ''} onClick={() => void submit()}>
          {busy ? 'Downloading…' : 'Open'}
        </Button>
      }
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy && address.trim() !== '') void submit();
        }}
      >
        <label htmlFor={id}>Address of a Markdown file</label>
        <input
          id={id}
          type="url"
          className="import-url"
          value={address}
          placeholder="https://raw.githubusercontent.com/…/spec.md"
          aria-describedby={hintId}
          onChange={(event) => setAddress(event.target.value)}
        />
        <p id={hintId} className="import-template-summary">
          The file is downloaded by your browser, only from a server that allows it (a raw file on a code
          host), and opened as a new draft.
        </p>
      </form>
      {error ? (
        <p role="alert" className="import-alert">
          {error}
        </p>
      ) : null}
    </Dialog>
  );
}
