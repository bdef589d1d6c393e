import type { SpecDocument } from '../../core';
import type { DocumentStore, Draft, DraftListing } from '../document-store';
import { type DamagedDraft, draftTitle, parseDraft, renameDocument } from './draft-record';
import type { Journal, KeyValueStore } from './key-value';
import { classifyStorageError, type StorageStatus } from './storage-status';

/**
 * Drafts in a key-value store (IndexedDB), one record per draft. When a write fails (storage blocked or full) the
 * draft is kept in memory, `status` says so, and the page goes on working; the next successful write stores it.
 * Whatever is read back is validated; what does not validate is reported as damaged and left untouched.
 */
export function createBrowserStore(
  kv: KeyValueStore,
  status: StorageStatus,
  newId: () => string,
  journal?: Journal,
): DocumentStore {
  /** Drafts whose latest version is (or may be) only in memory: read before storage, retried on the next write. */
  const pending = new Map<string, Draft>();
  /** Ids deleted while storage failed, so that a stale stored copy does not come back in the list. */
  const removed = new Set<string>();
  /**
   * The last version of each draft read or written here. It lets `save` write at once, with no read first, so that
   * a save started by `pagehide` reaches IndexedDB before the page is gone.
   */
  const known = new Map<string, Draft>();
  /** Drafts whose stored record turned out damaged while open: their new versions go to a new id instead. */
  const redirects = new Map<string, string>();
  /** Writes go one at a time, in order, so that an older version never lands after a newer one. */
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /** Ids with a journal entry written by this page, removed once IndexedDB holds that version. */
  const journaled = new Map<string, Draft>();

  const failed = (error: unknown) => {
    status.set(classifyStorageError(error));
  };

  async function write(draft: Draft): Promise<void> {
    known.set(draft.id, draft);
    pending.set(draft.id, draft);
    removed.delete(draft.id);
    try {
      await kv.set(draft.id, draft);
      if (pending.get(draft.id) === draft) pending.delete(draft.id);
      settleJournal(draft);
      // Drafts that failed earlier get another chance now that storage answers.
      for (const other of [...pending.values()]) {
        await kv.set(other.id, other);
        if (pending.get(other.id) === other) pending.delete(other.id);
        settleJournal(other);
      }
      status.set(null);
    } catch (error) {
      failed(error);
    }
  }

  function settleJournal(draft: Draft) {
    const entry = journaled.get(draft.id);
    if (entry && entry.updatedAt <= draft.updatedAt) {
      journaled.delete(draft.id);
      journal?.remove(draft.id);
    }
  }

  /**
   * Moves what the journal kept from pages that closed mid-save into IndexedDB: a journal version newer than the
   * stored one wins; one that would overwrite a damaged record goes beside it. Runs once, before any read.
   */
  const recovered = (async () => {
    if (!journal) return;
    for (const [id, raw] of journal.entries()) {
      const parsed = parseDraft(raw);
      if (!parsed.ok || parsed.draft.id !== id) {
        journal.remove(id);
        continue;
      }
      const { draft: stored, damaged } = await read(id);
      const draft = damaged ? { ...parsed.draft, id: newId() } : parsed.draft;
      if (!stored || damaged || stored.updatedAt < draft.updatedAt) {
        journaled.set(draft.id, draft);
        if (draft.id !== id) journal.remove(id);
        await write(draft);
        // Kept in the journal until IndexedDB took it (write() settles it), so a second failure loses nothing.
      } else {
        journal.remove(id);
      }
    }
  })().catch(() => undefined);

  async function read(id: string): Promise<{ draft?: Draft; damaged?: DamagedDraft }> {
    const inMemory = pending.get(id);
    if (inMemory) return { draft: inMemory };
    if (removed.has(id)) return {};
    let raw: unknown;
    try {
      raw = await kv.get(id);
    } catch (error) {
      failed(error);
      return {};
    }
    if (raw === undefined) return {};
    const parsed = parseDraft(raw);
    if (!parsed.ok) return { damaged: { id, raw, reason: parsed.reason } };
    // A record stored under one key but naming another id is damaged too: saving it would fork it.
    if (parsed.draft.id !== id)
      return { damaged: { id, raw, reason: `stored as ${id} but names ${parsed.draft.id}` } };
    known.set(id, parsed.draft);
    return { draft: parsed.draft };
  }

  const stamp = (base: Omit<Draft, 'title' | 'updatedAt'>, doc: SpecDocument, now = Date.now()): Draft => ({
    ...base,
    template: doc.template,
    doc,
    title: draftTitle(doc),
    updatedAt: now,
  });

  queue = recovered;

  const store: DocumentStore = {
    create(doc) {
      const now = Date.now();
      const draft = stamp({ id: newId(), template: doc.template, createdAt: now, doc }, doc, now);
      return serial(async () => {
        await write(draft);
        return draft;
      });
    },

    async get(id) {
      await queue;
      return (await read(redirects.get(id) ?? id)).draft;
    },

    saveNow(id, doc) {
      // Synchronously, before anything else: the page may be gone before IndexedDB answers.
      const target = redirects.get(id) ?? id;
      const base = known.get(target);
      if (journal && base) {
        const draft = stamp(base, doc);
        journal.write(target, draft);
        journaled.set(target, draft);
      }
      return store.save(id, doc);
    },

    save(id, doc) {
      return serial(async () => {
        const target = redirects.get(id) ?? id;
        const cached = known.get(target);
        const { draft: base, damaged } = cached ? { draft: cached, damaged: undefined } : await read(target);
        const now = Date.now();
        if (damaged) {
          // Never write over a damaged record (it may be all that is left of someone's work): keep this beside it.
          const copyId = newId();
          redirects.set(id, copyId);
          await write(stamp({ id: copyId, template: doc.template, createdAt: now, doc }, doc, now));
          return;
        }
        // A draft deleted elsewhere while it was open comes back rather than losing what was typed.
        await write(stamp(base ?? { id: target, template: doc.template, createdAt: now, doc }, doc, now));
      });
    },

    async list() {
      return (await store.listAll()).drafts;
    },

    async listAll(): Promise<DraftListing> {
      await queue;
      const drafts = new Map<string, Draft>();
      const damaged: DamagedDraft[] = [];
      try {
        for (const [key, raw] of await kv.entries()) {
          const id = String(key);
          if (removed.has(id) || pending.has(id)) continue;
          const parsed = parseDraft(raw);
          if (parsed.ok && parsed.draft.id === id) drafts.set(id, parsed.draft);
          else
            damaged.push({
              id,
              raw,
              reason: parsed.ok ? `stored as ${id} but names ${parsed.draft.id}` : parsed.reason,
            });
        }
      } catch (error) {
        failed(error);
      }
      for (const draft of pending.values()) drafts.set(draft.id, draft);
      return { drafts: [...drafts.values()].sort((a, b) => b.updatedAt - a.updatedAt), damaged };
    },

    remove(id) {
      return serial(async () => {
        pending.delete(id);
        known.delete(id);
        // A journal entry left by a failed save would bring the draft back on the next start.
        journaled.delete(id);
        journal?.remove(id);
        try {
          await kv.del(id);
          removed.delete(id);
        } catch (error) {
          removed.add(id);
          failed(error);
        }
      });
    },

    put(draft) {
      return serial(() => write({ ...draft, title: draftTitle(draft.doc) }));
    },

    rename(id, title) {
      return serial(async () => {
        const { draft } = await read(id);
        if (!draft) return undefined;
        const renamed = stamp(draft, renameDocument(draft.doc, title));
        await write(renamed);
        return renamed;
      });
    },

    duplicate(id) {
      return serial(async () => {
        const { draft } = await read(id);
        if (!draft) return undefined;
        const now = Date.now();
        const doc = draft.title ? renameDocument(draft.doc, `${draft.title} (copy)`) : draft.doc;
        const copy = stamp({ id: newId(), template: draft.template, createdAt: now, doc }, doc, now);
        await write(copy);
        return copy;
      });
    },
  };
  return store;
}
