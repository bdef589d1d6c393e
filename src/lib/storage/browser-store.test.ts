import { describe, expect, it } from 'vitest';
import { createDocument, featureSpec, technicalSpec } from '../../core';
import { createBrowserStore } from './browser-store';
import { renameDocument } from './draft-record';
import { type KeyValueStore, memoryJournal, memoryKeyValueStore } from './key-value';
import { createStorageStatus } from './storage-status';

let counter = 0;
const newId = () => `id-${++counter}`;

function setup(kv: KeyValueStore = memoryKeyValueStore()) {
  const status = createStorageStatus();
  return { kv, status, store: createBrowserStore(kv, status, newId) };
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('browser store', () => {
  it('creates, saves, lists newest first, renames, duplicates and removes', async () => {
    const { store } = setup();
    const a = await store.create(createDocument(technicalSpec));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const b = await store.create(createDocument(featureSpec));
    expect((await store.list()).map((d) => d.id)).toEqual([b.id, a.id]);

    await new Promise((resolve) => setTimeout(resolve, 5));
    await store.save(a.id, renameDocument(a.doc, 'Search'));
    const saved = await store.get(a.id);
    expect(saved?.title).toBe('Search');
    expect(saved?.createdAt).toBe(a.createdAt);
    expect((await store.list())[0]?.id).toBe(a.id);

    const renamed = await store.rename(a.id, 'Search v2');
    expect(renamed?.doc.fields.title).toBe('Search v2');
    const copy = await store.duplicate(a.id);
    expect(copy?.title).toBe('Search v2 (copy)');
    expect(copy?.id).not.toBe(a.id);

    await store.remove(a.id);
    expect(await store.get(a.id)).toBeUndefined();
    expect((await store.list()).map((d) => d.id).sort()).toEqual([b.id, copy?.id].sort());
  });

  it('sets aside a damaged record and still reads every other draft', async () => {
    const kv = memoryKeyValueStore();
    const { store } = setup(kv);
    const good = await store.create(createDocument(technicalSpec));
    await kv.set('broken', { id: 'broken', template: 'technical-spec', doc: { fields: 'nope' } });
    await kv.set('odd', 'a string');
    const listing = await store.listAll();
    expect(listing.drafts.map((d) => d.id)).toEqual([good.id]);
    expect(listing.damaged.map((d) => d.id).sort()).toEqual(['broken', 'odd']);
    expect(listing.damaged.find((d) => d.id === 'odd')?.raw).toBe('a string');
    expect(await store.get('broken')).toBeUndefined();
  });

  it('reads a draft stored by an earlier version, migrated, beside current ones', async () => {
    const kv = memoryKeyValueStore();
    const { store } = setup(kv);
    const good = await store.create(createDocument(technicalSpec));
    const { version: _version, ...unversioned } = createDocument(technicalSpec);
    const old = { ...unversioned, fields: { ...unversioned.fields, title: 'a*b*' } };
    await kv.set('old', { ...good, id: 'old', title: 'whatever', doc: old });
    const listing = await store.listAll();
    expect(listing.damaged).toEqual([]);
    const read = listing.drafts.find((d) => d.id === 'old');
    expect(read?.doc.fields.title).toBe('a\\*b\\*');
    expect(read?.title).toBe('a\\*b\\*');
    expect((await store.get('old'))?.doc.version).toBe(good.doc.version);
    expect(listing.drafts.find((d) => d.id === good.id)?.doc).toEqual(good.doc);
  });

  it('renames a draft stored by an earlier version in place: migrated, never set aside as a copy', async () => {
    const kv = memoryKeyValueStore();
    const { store } = setup(kv);
    const { version: _version, ...unversioned } = createDocument(technicalSpec);
    const old = { ...unversioned, fields: { ...unversioned.fields, title: 'a*b*' } };
    await kv.set('old', {
      id: 'old',
      template: 'technical-spec',
      title: '',
      createdAt: 1,
      updatedAt: 1,
      doc: old,
    });
    const renamed = await store.rename('old', 'Renamed');
    expect(renamed?.id).toBe('old');
    expect(renamed?.revision).toBe(1);
    expect(renamed?.doc.version).toBe(createDocument(technicalSpec).version);
    expect((await store.listAll()).drafts.map((d) => [d.id, d.title])).toEqual([['old', 'Renamed']]);
  });

  it('never saves over a damaged record: the new version goes beside it', async () => {
    const kv = memoryKeyValueStore();
    const draft = await setup(kv).store.create(createDocument(technicalSpec));
    await kv.set(draft.id, { damaged: true });
    // A new page (the damage happened between two visits).
    const { store } = setup(kv);
    await store.save(draft.id, renameDocument(draft.doc, 'Kept'));
    await store.save(draft.id, renameDocument(draft.doc, 'Kept again'));
    expect(kv.data.get(draft.id)).toEqual({ damaged: true });
    const listing = await store.listAll();
    expect(listing.drafts.map((d) => d.title)).toEqual(['Kept again']);
    expect((await store.get(draft.id))?.title).toBe('Kept again');
  });

  it('keeps working in memory when storage is full, says so, and stores the draft once there is room', async () => {
    const kv = memoryKeyValueStore();
    let full = true;
    const flaky: KeyValueStore = {
      ...kv,
      set: async (key, value) => {
        if (full) throw quotaError();
        await kv.set(key, value);
      },
      update: async (key, decide) => {
        if (full) throw quotaError();
        return kv.update(key, decide);
      },
    };
    const { store, status } = setup(flaky);
    const draft = await store.create(createDocument(technicalSpec));
    expect(status.get()?.problem).toBe('full');
    await store.save(draft.id, renameDocument(draft.doc, 'Unsaved'));
    expect((await store.get(draft.id))?.title).toBe('Unsaved');
    expect((await store.list()).map((d) => d.title)).toEqual(['Unsaved']);
    expect(kv.data.size).toBe(0);

    full = false;
    await store.save(draft.id, renameDocument(draft.doc, 'Saved at last'));
    expect(status.get()).toBeNull();
    expect(kv.data.get(draft.id)).toMatchObject({ title: 'Saved at last' });
  });

  it('keeps working in memory when storage is unavailable', async () => {
    const broken: KeyValueStore = {
      get: async () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      set: async () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      del: async () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      entries: async () => {
        throw new DOMException('blocked', 'SecurityError');
      },
      update: async () => {
        throw new DOMException('blocked', 'SecurityError');
      },
    };
    const { store, status } = setup(broken);
    const draft = await store.create(createDocument(featureSpec));
    expect(status.get()).toMatchObject({ problem: 'unavailable', detail: 'SecurityError: blocked' });
    expect((await store.get(draft.id))?.id).toBe(draft.id);
    expect((await store.list()).map((d) => d.id)).toEqual([draft.id]);
  });

  it('put restores a draft exactly (undo of a delete)', async () => {
    const { store } = setup();
    const draft = await store.create(createDocument(technicalSpec));
    await store.remove(draft.id);
    expect((await store.put(draft)).status).toBe('stored');
    expect(await store.get(draft.id)).toEqual(draft);
  });
});

describe('journal of a page that closed mid-save', () => {
  it('saveNow writes the journal synchronously; a completed save clears it', async () => {
    const kv = memoryKeyValueStore();
    const journal = memoryJournal();
    const store = createBrowserStore(kv, createStorageStatus(), newId, journal);
    const draft = await store.create(createDocument(technicalSpec));
    const saving = store.saveNow(draft.id, renameDocument(draft.doc, 'Closing'));
    expect(journal.data.get(draft.id)).toMatchObject({ title: 'Closing' });
    await saving;
    expect(journal.data.size).toBe(0);
    expect(kv.data.get(draft.id)).toMatchObject({ title: 'Closing' });
  });

  it('the next start moves a newer journal version into storage, and ignores an older one', async () => {
    const kv = memoryKeyValueStore();
    const journal = memoryJournal();
    const first = createBrowserStore(kv, createStorageStatus(), newId, journal);
    const a = await first.create(createDocument(technicalSpec));
    const b = await first.create(createDocument(featureSpec));
    // The page closed before IndexedDB answered: only the journal has the last version of a.
    journal.write(a.id, {
      ...a,
      doc: renameDocument(a.doc, 'Typed as it closed'),
      updatedAt: a.updatedAt + 10,
    });
    journal.write(b.id, { ...b, doc: renameDocument(b.doc, 'Older'), updatedAt: b.updatedAt - 10 });
    journal.write('junk', 'not a draft');

    const next = createBrowserStore(kv, createStorageStatus(), newId, journal);
    expect((await next.get(a.id))?.title).toBe('Typed as it closed');
    expect((await next.get(b.id))?.title).toBe('');
    expect(kv.data.get(a.id)).toMatchObject({ title: 'Typed as it closed' });
    expect(journal.data.size).toBe(0);
  });

  it('a journal version never overwrites a damaged record: it is kept beside it', async () => {
    const kv = memoryKeyValueStore();
    const journal = memoryJournal();
    const draft = await createBrowserStore(kv, createStorageStatus(), newId, journal).create(
      createDocument(technicalSpec),
    );
    await kv.set(draft.id, { damaged: true });
    journal.write(draft.id, {
      ...draft,
      doc: renameDocument(draft.doc, 'Rescued'),
      updatedAt: draft.updatedAt + 1,
    });
    const next = createBrowserStore(kv, createStorageStatus(), newId, journal);
    const listing = await next.listAll();
    expect(listing.damaged.map((d) => d.id)).toEqual([draft.id]);
    expect(listing.drafts.map((d) => d.title)).toEqual(['Rescued']);
  });

  it('a deleted draft does not come back from the journal', async () => {
    const kv = memoryKeyValueStore();
    const journal = memoryJournal();
    const store = createBrowserStore(kv, createStorageStatus(), newId, journal);
    const draft = await store.create(createDocument(technicalSpec));
    journal.write(draft.id, { ...draft, updatedAt: draft.updatedAt + 5 });
    await store.remove(draft.id);
    const next = createBrowserStore(kv, createStorageStatus(), newId, journal);
    expect(await next.list()).toEqual([]);
  });
});

describe('revisions: no write replaces a newer version with an older one', () => {
  it('counts revisions up with every save and rename', async () => {
    const { store } = setup();
    const draft = await store.create(createDocument(technicalSpec));
    expect(draft.revision).toBe(1);
    await store.save(draft.id, renameDocument(draft.doc, 'Two'));
    expect((await store.get(draft.id))?.revision).toBe(2);
    expect((await store.rename(draft.id, 'Three'))?.revision).toBe(3);
  });

  it('a page whose base is older than what another page stored saves beside it, not over it', async () => {
    const kv = memoryKeyValueStore();
    const draft = await setup(kv).store.create(createDocument(technicalSpec));
    const tabA = setup(kv).store;
    const tabB = setup(kv).store;
    await tabA.get(draft.id);
    await tabB.get(draft.id);
    expect(await tabA.save(draft.id, renameDocument(draft.doc, 'Newer, from A'))).toEqual({ ok: true });
    // B never saw A's version: its save must not replace it.
    const result = await tabB.save(draft.id, renameDocument(draft.doc, 'Stale, from B'));
    expect(result.ok && result.copiedTo).toBeTruthy();
    expect(kv.data.get(draft.id)).toMatchObject({ title: 'Newer, from A', revision: 2 });
    const copyId = result.ok ? result.copiedTo : undefined;
    expect(kv.data.get(copyId as string)).toMatchObject({ title: 'Stale, from B' });
    // B's later saves go to its copy.
    await tabB.save(draft.id, renameDocument(draft.doc, 'B again'));
    expect(kv.data.get(draft.id)).toMatchObject({ title: 'Newer, from A' });
    expect(kv.data.get(copyId as string)).toMatchObject({ title: 'B again' });
  });

  it('the same content stored meanwhile (the journal moved by another page) is no conflict', async () => {
    const kv = memoryKeyValueStore();
    const draft = await setup(kv).store.create(createDocument(technicalSpec));
    const tab = setup(kv).store;
    await tab.get(draft.id);
    const doc = renameDocument(draft.doc, 'Same');
    await kv.set(draft.id, { ...draft, doc, title: 'Same', revision: 2 });
    expect(await tab.save(draft.id, doc)).toEqual({ ok: true });
    expect(kv.data.get(draft.id)).toMatchObject({ title: 'Same', revision: 3 });
  });

  it('put (undo of a delete) stores only under a free id; else keeps both, or nothing when identical', async () => {
    const kv = memoryKeyValueStore();
    const home = setup(kv).store;
    const draft = await home.create(createDocument(technicalSpec));
    await home.remove(draft.id);
    // Another page that had it open saves it again.
    const editing = setup(kv).store;
    await kv.set(draft.id, draft);
    await editing.get(draft.id);
    await editing.save(draft.id, renameDocument(draft.doc, 'Newer'));
    const result = await home.put(draft);
    expect(result.status).toBe('copied');
    expect(kv.data.get(draft.id)).toMatchObject({ title: 'Newer' });
    expect(kv.data.get(result.draft.id)).toMatchObject({ title: '' });
    expect((await home.put(result.draft)).status).toBe('unchanged');
  });

  it('put reports a failure and keeps nothing in memory, so that later writes are not blamed for it', async () => {
    const kv = memoryKeyValueStore();
    let refuse = (value: unknown) => (value as { id?: string }).id === 'unstorable';
    const picky: KeyValueStore = {
      ...kv,
      update: async (key, decide) =>
        kv.update(key, (current) => {
          const decision = decide(current);
          if (decision.value !== undefined && refuse(decision.value))
            throw new DOMException('could not be cloned', 'DataCloneError');
          return decision;
        }),
    };
    const { store, status } = setup(picky);
    const draft = await store.create(createDocument(technicalSpec));
    const result = await store.put({ ...draft, id: 'unstorable' });
    expect(result).toMatchObject({ status: 'failed', failure: { problem: 'unstorable' } });
    expect(status.get()).toBeNull();
    expect(await store.save(draft.id, renameDocument(draft.doc, 'Still saves'))).toEqual({ ok: true });
    expect(status.get()).toBeNull();
    expect((await store.list()).map((d) => d.id)).toEqual([draft.id]);
    refuse = () => false;
  });

  it('a failed save is journaled at once and says so; the next start stores it', async () => {
    const kv = memoryKeyValueStore();
    const journal = memoryJournal();
    const draft = await createBrowserStore(kv, createStorageStatus(), newId, journal).create(
      createDocument(technicalSpec),
    );
    const failing: KeyValueStore = {
      ...kv,
      update: async () => {
        throw quotaError();
      },
    };
    const status = createStorageStatus();
    const store = createBrowserStore(failing, status, newId, journal);
    await store.get(draft.id);
    const result = await store.save(draft.id, renameDocument(draft.doc, 'Typed while full'));
    expect(result).toMatchObject({ ok: false, failure: { problem: 'full', journaled: true } });
    expect(status.get()).toMatchObject({
      problem: 'full',
      detail: expect.stringContaining('QuotaExceededError'),
    });
    expect(journal.data.get(draft.id)).toMatchObject({ title: 'Typed while full', revision: 2 });

    const next = createBrowserStore(kv, createStorageStatus(), newId, journal);
    expect((await next.get(draft.id))?.title).toBe('Typed while full');
    expect(kv.data.get(draft.id)).toMatchObject({ title: 'Typed while full', revision: 2 });
    expect(journal.data.size).toBe(0);
  });

  it('the journal wins by revision, not by clock: an older revision with a later time does not', async () => {
    const kv = memoryKeyValueStore();
    const journal = memoryJournal();
    const store = createBrowserStore(kv, createStorageStatus(), newId, journal);
    const draft = await store.create(createDocument(technicalSpec));
    await store.save(draft.id, renameDocument(draft.doc, 'Revision 2'));
    journal.write(draft.id, {
      ...draft,
      doc: renameDocument(draft.doc, 'Old'),
      updatedAt: Date.now() + 60_000,
    });
    const next = createBrowserStore(kv, createStorageStatus(), newId, journal);
    expect((await next.get(draft.id))?.title).toBe('Revision 2');
    expect(journal.data.size).toBe(0);
  });
});
