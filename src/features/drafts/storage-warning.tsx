import { useSyncExternalStore } from 'react';
import { useServices } from '../../lib/services-context';
import type { StorageFailure } from '../../lib/storage/storage-status';

const causes: Record<StorageFailure['problem'], string> = {
  full: 'The browser’s storage for this site is full.',
  unavailable:
    'This browser does not let Specwright store drafts here (a private window, or storage is blocked).',
  timeout: 'The browser’s storage (IndexedDB) stopped answering.',
  unstorable: 'The browser could not store this draft: it is too large or too deeply nested.',
};

/**
 * A warning, as long as drafts are not reaching persistent storage, that says what failed (in the browser's
 * words too) and where the latest changes are kept. Renders nothing otherwise. `children` adds actions.
 */
export function StorageWarning({ children }: { children?: React.ReactNode }) {
  const { storageStatus } = useServices();
  const failure = useSyncExternalStore(storageStatus.subscribe, storageStatus.get, storageStatus.get);
  if (!failure) return null;
  return (
    <div className="alert storage-warning" role="alert">
      <p>
        <strong>Your work is not being saved.</strong> {causes[failure.problem]}{' '}
        {failure.journaled
          ? 'Your latest changes are kept in this browser’s small backup area (localStorage) and come back when you open Specwright again, but that area is small and temporary.'
          : 'You can keep working, but closing or reloading this page will lose your changes.'}{' '}
        Use “Download Markdown” in the editor, or “Back up all drafts” on the home page, to keep a copy.
      </p>
      <p className="storage-error">
        What the browser said: <code>{failure.detail || 'no details'}</code>
      </p>
      {children}
    </div>
  );
}
