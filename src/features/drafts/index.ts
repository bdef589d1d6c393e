export { DraftSessionGuard, useDraftSession } from './draft-session';
export { DraftsList } from './drafts-list';
export { StorageWarning } from './storage-warning';
export { useAutosave } from './use-autosave';
export { useTabLock } from './use-tab-lock';
