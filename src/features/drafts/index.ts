export { DraftSessionGuard } from './draft-session';
export { DraftsList } from './drafts-list';
export { StorageWarning } from './storage-warning';
export { type DraftSession, useDraftSession } from './use-draft-session';
