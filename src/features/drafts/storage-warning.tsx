import { useSyncExternalStore } from 'react';
import { storageStatus } from '../../lib/document-store';

/**
 * A warning, as long as drafts are not reaching persistent storage (blocked or full). Renders nothing otherwise.
 * `children` adds actions (a download, say).
 */
export function StorageWarning({ children }: { children?: React.ReactNode }) {
  const problem = useSyncExternalStore(storageStatus.subscribe, storageStatus.get, storageStatus.get);
  if (!problem) return null;
  return (
    <div className="alert storage-warning" role="alert">
      <p>
        <strong>Your work is not being saved.</strong>{' '}
        {problem === 'full'
          ? 'The browser’s storage for this site is full.'
          : 'This browser does not let Specwright store drafts here (a private window, or storage is blocked).'}{' '}
        You can keep working, but closing or reloading this page will lose your changes. Use “Download
        Markdown” in the editor, or “Back up all drafts” on the home page, to keep a copy.
      </p>
      {children}
    </div>
  );
}
