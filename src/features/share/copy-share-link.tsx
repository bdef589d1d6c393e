import { useId, useState } from 'react';
import type { LiveDocument } from '../../lib/live-document';
import { maxShareUrlLength, shareUrl } from './share-link';
import './share.css';

type State =
  | { kind: 'idle' }
  | { kind: 'copied'; url: string }
  | { kind: 'manual'; url: string }
  | { kind: 'too-long'; length: number };

/**
 * "Copy share link": the whole document, compressed into the link's fragment, which browsers never send to a
 * server. The link is also shown, for copying by hand where the clipboard is not allowed.
 */
export function CopyShareLink({ live }: { live: LiveDocument }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const fieldId = useId();

  const copy = async () => {
    const url = shareUrl(live.settled(), window.location);
    if (url.length > maxShareUrlLength) {
      setState({ kind: 'too-long', length: url.length });
      return;
    }
    try {
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied', url });
    } catch {
      setState({ kind: 'manual', url });
    }
  };

  return (
    <div className="share-link">
      <button type="button" className="button" onClick={copy}>
        Copy share link
      </button>
      <div aria-live="polite" className="share-status">
        {state.kind === 'copied' && <p>Link copied. Anyone with the link can read this document.</p>}
        {state.kind === 'manual' && <p>Copy the link below; the browser did not allow copying it for you.</p>}
        {state.kind === 'too-long' && (
          <p className="notice">
            This document is too long for a link ({state.length.toLocaleString('en')} characters; browsers and
            chat apps may cut links beyond {maxShareUrlLength.toLocaleString('en')}). Use “Download Markdown”
            and send the file instead.
          </p>
        )}
      </div>
      {(state.kind === 'copied' || state.kind === 'manual') && (
        <p>
          <label htmlFor={fieldId}>Share link</label>{' '}
          <input
            id={fieldId}
            type="url"
            readOnly
            value={state.url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </p>
      )}
    </div>
  );
}
