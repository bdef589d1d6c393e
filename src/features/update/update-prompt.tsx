import { useSyncExternalStore } from 'react';
import { isUpdateReady, reloadForUpdate, subscribeToUpdate } from './update-notice';
import './update.css';

/** "A new version is ready" with "Reload", shown on every page once a new version has installed. */
export function UpdatePrompt() {
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateReady, isUpdateReady);
  return (
    // A polite live region that is always there (so the notice is announced), holding a status only when there is
    // one: an empty status would stand beside every page's own.
    <div aria-live="polite" className="update-prompt-region">
      {ready ? (
        <div role="status" className="update-prompt">
          <p>A new version is ready. Reload when it suits you: your drafts are saved.</p>
          <button type="button" className="button primary small" onClick={reloadForUpdate}>
            Reload
          </button>
        </div>
      ) : null}
    </div>
  );
}
