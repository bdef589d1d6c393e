import type { SpecDocument, TemplateId } from '../core';
import { createBrowserStore } from './storage/browser-store';
import type { DamagedDraft } from './storage/draft-record';
import { draftTitle, renameDocument } from './storage/draft-record';
import { idbKeyValueStore, localStorageJournal } from './storage/key-value';
import type { StorageFailure, StorageStatus } from './storage/storage-status';

export type { DamagedDraft } from './storage/draft-record';

/** A draft as the app keeps it. */
export interface Draft {
  id: string;
  template: TemplateId;
  /** Derived from the document's title field when saved; shown in the drafts list. */
  title: string;
  createdAt: number;
  updatedAt: number;
  /**
   * Counts the versions stored under this id: every write compares it with the stored one, so that an older
   * version never replaces a newer one (another tab's, a rename, an undone delete).
   */
  revision: number;
  doc: SpecDocument;
}

/**
 * What a save did. `copiedTo`: the stored draft had changed elsewhere meanwhile (or was damaged), so this version
 * was saved beside it, as a new draft with that id, and this page's later saves go there too.
 */
export type SaveResult = { ok: true; copiedTo?: string } | { ok: false; failure: StorageFailure };

/** What writing a whole draft did: stored as given, stored as a copy (its id was taken), nothing, or failed. */
export type PutResult =
  | { status: 'stored'; draft: Draft }
  | { status: 'copied'; draft: Draft }
  | { status: 'unchanged'; draft: Draft }
  | { status: 'failed'; draft: Draft; failure: StorageFailure };

/** Every readable draft, newest first, and the stored records that could not be read. */
export interface DraftListing {
  drafts: Draft[];
  damaged: DamagedDraft[];
}

/**
 * Where drafts live. The editor and routes depend on this interface only. The app's store keeps drafts in
 * IndexedDB; when that fails it keeps them in memory and `storageStatus` says so. Its methods do not reject on
 * storage errors.
 */
export interface DocumentStore {
  create(doc: SpecDocument): Promise<Draft>;
  /** The draft, or undefined when there is none (or its stored record is damaged: see `listAll`). */
  get(id: string): Promise<Draft | undefined>;
  /**
   * Saves a new version of a draft's document (recreating the draft if it was deleted meanwhile). Never over a
   * newer stored version: then this one is kept beside it (see `SaveResult`). When storage fails, the version is
   * kept in memory and in the journal, and the result says what failed.
   */
  save(id: string, doc: SpecDocument): Promise<SaveResult>;
  /**
   * As `save`, for a page that is closing (pagehide, beforeunload, hidden): the version is first written
   * synchronously where it survives the page (localStorage), then saved as usual; the next start finishes the job.
   */
  saveNow(id: string, doc: SpecDocument): Promise<SaveResult>;
  /** Readable drafts, newest first. */
  list(): Promise<Draft[]>;
  remove(id: string): Promise<void>;
  /** Readable drafts, newest first, plus the damaged records set aside. */
  listAll(): Promise<DraftListing>;
  /**
   * Writes a whole draft as given, timestamps included (restore, undo of a delete), only if its id is free: a
   * draft stored under it meanwhile is never replaced; a different one makes this a copy with a new id.
   */
  put(draft: Draft): Promise<PutResult>;
  /** Renames a draft (that is, sets its document's title field). */
  rename(id: string, title: string): Promise<Draft | undefined>;
  /** A new draft with the same content. */
  duplicate(id: string): Promise<Draft | undefined>;
}

function newId(): string {
  return crypto.randomUUID();
}

/** A store that keeps drafts in memory only (tests, and storage-less environments). */
export function createMemoryStore(): DocumentStore {
  const drafts = new Map<string, Draft>();
  const stamp = (draft: Omit<Draft, 'title' | 'updatedAt'>, doc: SpecDocument): Draft => ({
    ...draft,
    template: doc.template,
    doc,
    title: draftTitle(doc),
    updatedAt: Date.now(),
    revision: draft.revision + 1,
  });
  const store: DocumentStore = {
    async create(doc) {
      const draft = stamp(
        { id: newId(), template: doc.template, createdAt: Date.now(), revision: 0, doc },
        doc,
      );
      drafts.set(draft.id, draft);
      return draft;
    },
    async get(id) {
      return drafts.get(id);
    },
    async save(id, doc) {
      const draft = drafts.get(id) ?? { id, template: doc.template, createdAt: Date.now(), revision: 0, doc };
      drafts.set(id, stamp(draft, doc));
      return { ok: true };
    },
    saveNow(id, doc) {
      return store.save(id, doc);
    },
    async list() {
      return [...drafts.values()].sort((a, b) => b.updatedAt - a.updatedAt);
    },
    async listAll() {
      return { drafts: await store.list(), damaged: [] };
    },
    async remove(id) {
      drafts.delete(id);
    },
    async put(draft) {
      if (drafts.has(draft.id)) {
        const copy = { ...draft, id: newId() };
        drafts.set(copy.id, copy);
        return { status: 'copied', draft: copy };
      }
      const stored = { ...draft, title: draftTitle(draft.doc) };
      drafts.set(draft.id, stored);
      return { status: 'stored', draft: stored };
    },
    async rename(id, title) {
      const draft = drafts.get(id);
      if (!draft) return undefined;
      const renamed = stamp(draft, renameDocument(draft.doc, title));
      drafts.set(id, renamed);
      return renamed;
    },
    async duplicate(id) {
      const draft = drafts.get(id);
      if (!draft) return undefined;
      const doc = draft.title ? renameDocument(draft.doc, `${draft.title} (copy)`) : draft.doc;
      return store.create(doc);
    },
  };
  return store;
}

/**
 * The store the app uses: IndexedDB database `specwright`, object store `drafts`, one record per draft id; plus
 * localStorage keys `specwright:unsaved:<id>` for a version written as the page closed, moved into IndexedDB on
 * the next start. `status` says whether drafts are reaching IndexedDB (the storage warning follows it).
 */
export function createAppDocumentStore(status: StorageStatus): DocumentStore {
  return createBrowserStore(
    idbKeyValueStore('specwright', 'drafts'),
    status,
    newId,
    localStorageJournal('specwright:unsaved:'),
  );
}
