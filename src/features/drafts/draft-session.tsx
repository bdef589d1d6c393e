import { useEffect } from 'react';
import type { LiveDocument } from '../../lib/live-document';
import './drafts.css';
import { createBackup } from '../../lib/storage/backup';
import { draftTitle } from '../../lib/storage/draft-record';
import { downloadFile } from './download-file';
import { StorageWarning } from './storage-warning';
import { type SaveState, useAutosave } from './use-autosave';
import { requestPersistentStorage } from './use-persistent-storage';
import { useTabLock } from './use-tab-lock';

export interface DraftSession {
  readOnly: boolean;
  takingOver: boolean;
  takeOver(): void;
  saveState: SaveState;
  flush(): Promise<void>;
}

/**
 * Everything the editor page needs to keep a draft safe: autosave of the live document, and one editing tab per
 * draft (the others read-only).
 */
export function useDraftSession(live: LiveDocument): DraftSession {
  // The lock and the saver need each other: the lock pauses saving, and saves before giving the draft away.
  const lock = useTabLock(live.id, { beforeRelease: () => autosave.flush() });
  const autosave = useAutosave(live, { paused: lock.readOnly });
  const { announceEditing } = lock;

  useEffect(() => live.subscribe(announceEditing), [live, announceEditing]);
  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  return {
    readOnly: lock.readOnly,
    takingOver: lock.takingOver,
    takeOver: lock.takeOver,
    saveState: autosave.state,
    flush: autosave.flush,
  };
}

const saveLabels: Record<SaveState, string> = {
  saved: 'All changes saved in this browser',
  pending: 'Saving…',
  saving: 'Saving…',
};

/**
 * Wraps the editor of a draft: saves every change of `live`, warns when storage fails, and makes this tab
 * read-only (with "Take over editing") while another tab edits the same draft.
 */
export function DraftSessionGuard({ live, children }: { live: LiveDocument; children: React.ReactNode }) {
  const session = useDraftSession(live);
  const downloadBackup = () => {
    const now = Date.now();
    const doc = live.get();
    const draft = {
      id: live.id,
      template: doc.template,
      title: draftTitle(doc),
      createdAt: now,
      updatedAt: now,
      doc,
    };
    downloadFile(`${draft.title || 'draft'}.specwright.json`, JSON.stringify(createBackup([draft]), null, 2));
  };
  return (
    <div className="draft-session">
      <StorageWarning>
        <p>
          <button type="button" className="button" onClick={downloadBackup}>
            Download a backup of this draft
          </button>{' '}
          (it can be read back later with “Restore drafts” on the home page).
        </p>
      </StorageWarning>
      {session.readOnly && (
        <div className="notice tab-lock" role="alert">
          <p>
            <strong>This draft is open in another tab.</strong> This tab is read-only so that neither tab
            overwrites the other’s changes.
          </p>
          <p>
            <button
              type="button"
              className="button primary"
              onClick={session.takeOver}
              disabled={session.takingOver}
            >
              Take over editing
            </button>{' '}
            loads the latest version here and makes the other tab read-only.
          </p>
        </div>
      )}
      <p className="save-state" data-state={session.readOnly ? 'read-only' : session.saveState}>
        {session.readOnly ? 'Read-only: not saving from this tab' : saveLabels[session.saveState]}
      </p>
      {/* inert: no focus, no typing, no clicks inside while another tab edits. */}
      <div inert={session.readOnly} aria-disabled={session.readOnly || undefined}>
        {children}
      </div>
    </div>
  );
}
