import type { SpecDocument } from '../../core';
import type { DocumentStore, Draft, DraftListing, PutResult, SaveResult } from '../document-store';
import { type DamagedDraft, draftTitle, renameDocument, stableStringify } from './draft-record';
import type { Decision, Journal, KeyValueStore } from './key-value';
import type { ParsedDraft } from './parse-draft';
import { isNewer } from './revision';
import { type StorageFailure, type StorageStatus, storageFailure } from './storage-status';

/** What a key holds, read back and validated. */
type Stored = { kind: 'none' } | { kind: 'draft'; draft: Draft } | { kind: 'damaged'; damaged: DamagedDraft };

type ParseDraft = (value: unknown) => ParsedDraft;

/**
 * The validators of stored drafts, each loaded when first needed: a home page with no drafts (a first visit) loads
 * neither, and one with drafts made by this version loads the document schemas only. Only a draft made by an earlier
 * version (or under an earlier version of its template) needs the other, which brings the Markdown writer to
 * migrate it.
 */
const parsers: { current?: Promise<ParseDraft>; older?: Promise<ParseDraft> } = {};
// One import() each, in a function of its own: Vite preloads the dependencies of every import() in an expression
// together, so a single `which ? import(a) : import(b)` would fetch the writer with the current parser.
const importParser = {
  current: () => import('./parse-draft').then((module) => (value: unknown) => module.parseDraft(value)),
  older: () => import('./parse-older-draft').then((module) => module.parseOlderDraft),
};
const loadParser = (which: 'current' | 'older'): Promise<ParseDraft> =>
  (parsers[which] ??= importParser[which]().catch((error: unknown) => {
    parsers[which] = undefined; // a failed load (a network hiccup) is tried again by the next read
    throw error;
  }));

/** Stored records, validated: with the current parser, and again with the older one only where it is needed. */
async function parseAll(raws: readonly unknown[]): Promise<ParsedDraft[]> {
  if (raws.length === 0) return [];
  const current = await loadParser('current');
  const parsed = raws.map((raw) => current(raw));
  if (!parsed.some(needsOlder)) return parsed;
  const older = await loadParser('older');
  return parsed.map((result, i) => (needsOlder(result) ? older(raws[i]) : result));
}

const needsOlder = (parsed: ParsedDraft): boolean => !parsed.ok && parsed.upgrade === true;

function storedFrom(id: string, raw: unknown, parsed: ParsedDraft): Stored {
  if (!parsed.ok) return { kind: 'damaged', damaged: { id, raw, reason: parsed.reason } };
  // A record stored under one key but naming another id is damaged too: saving it would fork it.
  if (parsed.draft.id !== id)
    return { kind: 'damaged', damaged: { id, raw, reason: `stored as ${id} but names ${parsed.draft.id}` } };
  return { kind: 'draft', draft: parsed.draft };
}

const sameDoc = (a: SpecDocument, b: SpecDocument) => a === b || stableStringify(a) === stableStringify(b);

/**
 * Drafts in a key-value store (IndexedDB), one record per draft, each with a revision. Every write is a
 * compare-and-set in one transaction: a version based on an older revision than the stored one never replaces
 * it (it goes beside it, as a copy). When a write fails (storage blocked, full, silent) the version is kept in
 * memory and in the journal, `status` says what failed, and the next successful write stores it. Whatever is read
 * back is validated; what does not validate is reported as damaged and left untouched.
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
  /** The last version of each draft read from or written to storage here: the base of the next save. */
  const known = new Map<string, Draft>();
  /** Drafts whose stored record turned out damaged or changed elsewhere: their new versions go to a new id. */
  const redirects = new Map<string, string>();
  /** Journal entries written by this page, removed once IndexedDB holds that version. */
  const journaled = new Map<string, Draft>();
  /** Writes go one at a time, in order, so that an older version never lands after a newer one. */
  let queue: Promise<unknown> = Promise.resolve();

  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  /**
   * A compare-and-set of one record (see `KeyValueStore.update`), `decide` given what is stored, validated. The
   * current parser reads it unless it was made by an earlier version: then the older parser is loaded and the
   * transaction run again (no write happened), as what is stored is only known inside it.
   */
  async function updateStored<R>(id: string, decide: (here: Stored) => Decision<R>): Promise<R> {
    let parse = await loadParser('current');
    let olderLoaded = false;
    for (;;) {
      let older = false;
      const result = await kv.update(id, (raw): Decision<R | undefined> => {
        if (raw === undefined) return decide({ kind: 'none' });
        const parsed = parse(raw);
        if (!olderLoaded && needsOlder(parsed)) {
          older = true;
          return { result: undefined };
        }
        return decide(storedFrom(id, raw, parsed));
      });
      if (!older) return result as R;
      parse = await loadParser('older');
      olderLoaded = true;
    }
  }

  /** Keeps a version that storage refused in the journal, so that closing the page does not lose it. */
  const keep = (draft: Draft): boolean => {
    if (!journal) return false;
    const kept = journal.write(draft.id, draft);
    if (kept) journaled.set(draft.id, draft);
    return kept;
  };

  const settleJournal = (draft: Draft) => {
    const entry = journaled.get(draft.id);
    if (entry && !isNewer(entry, draft)) {
      journaled.delete(draft.id);
      journal?.remove(draft.id);
    }
  };

  const stored = (draft: Draft) => {
    known.set(draft.id, draft);
    if (
      pending.get(draft.id) === draft ||
      (pending.has(draft.id) && !isNewer(pending.get(draft.id) as Draft, draft))
    )
      pending.delete(draft.id);
    removed.delete(draft.id);
    settleJournal(draft);
  };

  const stamp = (
    base: Omit<Draft, 'title' | 'updatedAt' | 'revision'>,
    doc: SpecDocument,
    revision: number,
    now = Date.now(),
  ): Draft => ({
    ...base,
    template: doc.template,
    doc,
    title: draftTitle(doc),
    updatedAt: now,
    revision,
  });

  /** Writes a draft under a free id (a new draft, or a copy kept beside another). */
  async function writeNew(draft: Draft): Promise<Draft> {
    let written = draft;
    for (;;) {
      const candidate = written;
      const free = await kv.update(candidate.id, (raw) =>
        raw === undefined ? { value: candidate, result: true } : { result: false },
      );
      if (free) break;
      written = { ...written, id: newId() };
    }
    stored(written);
    return written;
  }

  /** Drafts that failed earlier get another chance once storage answers; one that fails again stays pending. */
  async function retryPending(): Promise<StorageFailure | null> {
    let failure: StorageFailure | null = null;
    if (pending.size === 0) return failure;
    for (const draft of [...pending.values()]) {
      try {
        await updateStored(draft.id, (here) => {
          // What is stored is as new or newer (another tab wrote it), or damaged: nothing to add here.
          if (here.kind === 'damaged' || (here.kind === 'draft' && !isNewer(draft, here.draft)))
            return { result: undefined };
          return { value: draft, result: undefined };
        });
        pending.delete(draft.id);
        known.set(draft.id, draft);
        settleJournal(draft);
      } catch (error) {
        failure = storageFailure(error, journaled.has(draft.id));
      }
    }
    return failure;
  }

  async function afterSuccess() {
    status.set(await retryPending());
  }

  /** A version storage refused: kept in memory (read before storage) and in the journal. */
  function refused(draft: Draft, error: unknown): StorageFailure {
    pending.set(draft.id, draft);
    removed.delete(draft.id);
    const failure = storageFailure(error, keep(draft));
    status.set(failure);
    return failure;
  }

  async function saveVersion(id: string, doc: SpecDocument): Promise<SaveResult> {
    const target = redirects.get(id) ?? id;
    const base = known.get(target);
    const now = Date.now();
    const fresh = { id: target, template: doc.template, createdAt: now, doc };
    // What storage refuses is stamped as if based on the last stored revision, so that it wins once stored.
    let draft = stamp(base ?? pending.get(target) ?? fresh, doc, (base?.revision ?? 0) + 1, now);
    let outcome: 'written' | 'damaged' | 'newer';
    try {
      outcome = await updateStored(target, (here) => {
        if (here.kind === 'damaged') return { result: 'damaged' as const };
        if (here.kind === 'draft') {
          // Changed elsewhere since this page read it (another tab, an undone delete): never write over it.
          if (base && here.draft.revision > base.revision && !sameDoc(here.draft.doc, doc))
            return { result: 'newer' as const };
          draft = stamp(base ?? here.draft, doc, Math.max(here.draft.revision, base?.revision ?? 0) + 1, now);
        }
        // None stored: deleted elsewhere while open, it comes back rather than losing what was typed.
        return { value: draft, result: 'written' as const };
      });
    } catch (error) {
      return { ok: false, failure: refused(draft, error) };
    }
    if (outcome === 'written') {
      stored(draft);
      await afterSuccess();
      return { ok: true };
    }
    // Damaged (it may be all that is left of someone's work) or newer: this version goes beside it.
    try {
      const copy = await writeNew(stamp(fresh, doc, 1, now));
      redirects.set(id, copy.id);
      journaled.delete(target);
      journal?.remove(target);
      await afterSuccess();
      return { ok: true, copiedTo: copy.id };
    } catch (error) {
      return { ok: false, failure: refused(draft, error) };
    }
  }

  /**
   * Moves what the journal kept (pages that closed mid-save, or while storage failed) into IndexedDB: a journal
   * version of a newer revision than the stored one wins; one that would overwrite a damaged record goes beside
   * it. Runs once, before any read.
   */
  const recovered = (async () => {
    const entries = journal?.entries() ?? [];
    if (!journal || entries.length === 0) return;
    const parsedEntries = await parseAll(entries.map(([, raw]) => raw));
    for (const [i, [id]] of entries.entries()) {
      const parsed = parsedEntries[i] as ParsedDraft;
      if (!parsed.ok || parsed.draft.id !== id) {
        journal.remove(id);
        continue;
      }
      const entry = parsed.draft;
      journaled.set(id, entry);
      try {
        const outcome = await updateStored(id, (here) => {
          if (here.kind === 'damaged') return { result: 'damaged' as const };
          if (here.kind === 'draft' && !isNewer(entry, here.draft)) return { result: 'older' as const };
          return { value: entry, result: 'written' as const };
        });
        if (outcome === 'written') stored(entry);
        else if (outcome === 'older') {
          journaled.delete(id);
          journal.remove(id);
        } else {
          await writeNew({ ...entry, id: newId() });
          journaled.delete(id);
          journal.remove(id);
        }
      } catch (error) {
        // Kept in the journal (and in memory) until IndexedDB takes it: a second failure loses nothing.
        pending.set(id, entry);
        status.set(storageFailure(error, true));
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
      status.set(storageFailure(error, false));
      return {};
    }
    if (raw === undefined) return {};
    const [parsed] = await parseAll([raw]);
    const here = storedFrom(id, raw, parsed as ParsedDraft);
    if (here.kind === 'damaged') return { damaged: here.damaged };
    if (here.kind === 'none') return {};
    known.set(id, here.draft);
    return { draft: here.draft };
  }

  queue = recovered;

  const store: DocumentStore = {
    create(doc) {
      const now = Date.now();
      const draft = stamp({ id: newId(), template: doc.template, createdAt: now, doc }, doc, 1, now);
      return serial(async () => {
        try {
          const written = await writeNew(draft);
          await afterSuccess();
          return written;
        } catch (error) {
          refused(draft, error);
          return draft;
        }
      });
    },

    async get(id) {
      await queue;
      return (await read(redirects.get(id) ?? id)).draft;
    },

    saveNow(id, doc) {
      // Synchronously, before anything else: the page may be gone before IndexedDB answers.
      const target = redirects.get(id) ?? id;
      const base = known.get(target) ?? pending.get(target);
      if (journal && base) keep(stamp(base, doc, (known.get(target)?.revision ?? 0) + 1));
      return store.save(id, doc);
    },

    save(id, doc) {
      return serial(() => saveVersion(id, doc));
    },

    async list() {
      return (await store.listAll()).drafts;
    },

    async listAll(): Promise<DraftListing> {
      await queue;
      const drafts = new Map<string, Draft>();
      const damaged: DamagedDraft[] = [];
      try {
        const entries = (await kv.entries()).filter(
          ([key]) => !removed.has(String(key)) && !pending.has(String(key)),
        );
        const parsed = await parseAll(entries.map(([, raw]) => raw));
        for (const [i, [key, raw]] of entries.entries()) {
          const id = String(key);
          const here = storedFrom(id, raw, parsed[i] as ParsedDraft);
          if (here.kind === 'draft') drafts.set(id, here.draft);
          else if (here.kind === 'damaged') damaged.push(here.damaged);
        }
      } catch (error) {
        status.set(storageFailure(error, false));
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
          status.set(storageFailure(error, false));
        }
      });
    },

    put(given) {
      const draft = { ...given, title: draftTitle(given.doc) };
      return serial(async (): Promise<PutResult> => {
        try {
          const outcome = await updateStored(draft.id, (here) => {
            if (here.kind === 'none') return { value: draft, result: 'stored' as const };
            if (here.kind === 'draft' && sameDoc(here.draft.doc, draft.doc))
              return { result: 'unchanged' as const };
            return { result: 'taken' as const };
          });
          if (outcome === 'stored') {
            stored(draft);
            await afterSuccess();
            return { status: 'stored', draft };
          }
          if (outcome === 'unchanged') {
            removed.delete(draft.id);
            return { status: 'unchanged', draft };
          }
          // Something newer (or damaged) is stored under this id: both are kept.
          const copy = await writeNew({ ...draft, id: newId() });
          await afterSuccess();
          return { status: 'copied', draft: copy };
        } catch (error) {
          // Not kept in memory: a draft storage refuses would fail every later write of this page. The caller
          // says it was not stored.
          const failure = storageFailure(error, false);
          if (failure.problem !== 'unstorable') status.set(failure);
          return { status: 'failed', draft, failure };
        }
      });
    },

    rename(id, title) {
      return serial(async () => {
        const target = redirects.get(id) ?? id;
        const inMemory = pending.get(target);
        let renamed: Draft | undefined;
        try {
          // Read and written in one transaction, so that a version saved meanwhile is renamed, not replaced.
          renamed = await updateStored(target, (here) => {
            const current =
              here.kind === 'draft' && !(inMemory && isNewer(inMemory, here.draft)) ? here.draft : inMemory;
            if (!current || here.kind === 'damaged') return { result: undefined };
            const next = stamp(
              current,
              renameDocument(current.doc, title),
              Math.max(current.revision, here.kind === 'draft' ? here.draft.revision : 0) + 1,
            );
            return { value: next, result: next };
          });
        } catch (error) {
          if (!inMemory) {
            status.set(storageFailure(error, false));
            return undefined;
          }
          renamed = stamp(inMemory, renameDocument(inMemory.doc, title), inMemory.revision + 1);
          refused(renamed, error);
          return renamed;
        }
        if (renamed) {
          stored(renamed);
          await afterSuccess();
        }
        return renamed;
      });
    },

    duplicate(id) {
      return serial(async () => {
        const { draft } = await read(id);
        if (!draft) return undefined;
        const now = Date.now();
        const doc = draft.title ? renameDocument(draft.doc, `${draft.title} (copy)`) : draft.doc;
        const copy = stamp({ id: newId(), template: draft.template, createdAt: now, doc }, doc, 1, now);
        try {
          const written = await writeNew(copy);
          await afterSuccess();
          return written;
        } catch (error) {
          refused(copy, error);
          return copy;
        }
      });
    },
  };
  return store;
}
