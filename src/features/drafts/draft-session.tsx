import { useSyncExternalStore } from 'react';
import type { LiveDocument } from '../../lib/live-document';
import { useServices } from '../../lib/services-context';
import './drafts.css';
import { createBackup } from '../../lib/storage/backup';
import { draftTitle } from '../../lib/storage/draft-record';
import { downloadFile } from './download-file';
import { editorHref } from './editor-href';
import { StorageWarning } from './storage-warning';
import { type SaveState, useDraftSession } from './use-draft-session';

const saveLabels: Record<SaveState, string> = {
  saved: 'All changes saved in this browser',
  pending: 'Saving…',
  saving: 'Saving…',
  failed: 'Not saved: kept in this page only',
};

/**
 * Wraps the editor of a draft: saves every change of `live`, warns when storage fails, and makes this tab
 * read-only (with "Take over editing") while another tab edits the same draft.
 */
export function DraftSessionGuard({ live, children }: { live: LiveDocument; children: React.ReactNode }) {
  const { drafts, storageStatus } = useServices();
  const session = useDraftSession(live, drafts);
  const storageProblem = useSyncExternalStore(storageStatus.subscribe, storageStatus.get, storageStatus.get);
  const downloadBackup = () => {
    const now = Date.now();
    const doc = live.settled();
    const draft = {
      id: live.id,
      template: doc.template,
      title: draftTitle(doc),
      createdAt: now,
      updatedAt: now,
      revision: 0,
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
      {session.copiedTo && (
        <div className="notice" role="status">
          <p>
            This draft was changed elsewhere (another tab or window) while you edited it here. Both versions
            are kept: your changes here are saved as a separate draft,{' '}
            <a href={editorHref(session.copiedTo)}>open it on its own</a>; the other version is in the drafts
            list under the original name.
          </p>
        </div>
      )}
      {session.readOnly && (
        <div className="notice tab-lock" role="alert">
          <p>
            <strong>This draft is being edited in another tab.</strong> This tab is read-only and shows the
            other tab’s changes as they are made, so that neither tab overwrites the other.
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
            makes the other tab read-only and lets you edit here, from the latest version.
          </p>
        </div>
      )}
      <p
        className="save-state"
        data-state={session.readOnly ? 'read-only' : storageProblem ? 'not-saved' : session.saveState}
      >
        {session.readOnly
          ? 'Read-only: not saving from this tab'
          : storageProblem
            ? storageProblem.journaled
              ? 'Not saved: kept in this browser’s backup area'
              : 'Not saved: kept in this page only'
            : saveLabels[session.saveState]}
      </p>
      {/* inert: no focus, no typing, no clicks inside while another tab edits. */}
      <div inert={session.readOnly} aria-disabled={session.readOnly || undefined}>
        {children}
      </div>
    </div>
  );
}
