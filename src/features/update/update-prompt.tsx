import { useSyncExternalStore } from 'react';
import { isUpdateReady, reloadForUpdate, subscribeToUpdate } from './update-notice';
import './update.css';

/** "A new version is ready" with "Reload", shown on every page once a new version has installed. */
export function UpdatePrompt() {
  const ready = useSyncExternalStore(subscribeToUpdate, isUpdateReady, isUpdateReady);
  return (
    <div role="status" className="update-prompt-region">
      {ready ? (
        <div className="update-prompt">
          <p>A new version is ready. Reload when it suits you: your drafts are saved.</p>
          <button type="button" className="button primary small" onClick={reloadForUpdate}>
            Reload
          </button>
        </div>
      ) : null}
    </div>
  );
}
