import { useCallback, useEffect, useRef, useState } from 'react';
import type { SpecDocument } from '../../core';
import { type DocumentStore, documentStore } from '../../lib/document-store';
import type { LiveDocument } from '../../lib/live-document';
import { requestPersistentStorage } from './use-persistent-storage';

/**
 * A published change is saved at most this long after it was made, even while typing goes on (the editor
 * publishes 200 ms after a keystroke: half a second in all), and at once when the page is hidden or closed.
 */
export const autosaveDelayMs = 250;

/** The channel the tabs of this app talk on about who edits which draft. */
const channelName = 'specwright-draft-tabs';

/** How long after opening a tab waits for an answer to "hello" before it claims the draft. */
const settleMs = 300;

/** How long a tab taking over waits for the editing tab to save and step back (it may be closed or frozen). */
const releaseTimeoutMs = 1500;

/** How often, at most, the editing tab sends its document to the tabs that follow it. */
const followIntervalMs = 150;

type Message =
  | { type: 'hello'; draftId: string; from: string }
  | { type: 'editing'; draftId: string; from: string; doc: SpecDocument }
  | { type: 'take-over'; draftId: string; from: string }
  | { type: 'released'; draftId: string; from: string; to: string; doc: SpecDocument };

export type SaveState = 'saved' | 'pending' | 'saving';

export interface DraftSession {
  /** Another tab edits this draft: this one follows its changes and must not edit, or one would overwrite the other. */
  readOnly: boolean;
  takingOver: boolean;
  /** Asks the editing tab to save and step back, then reloads this tab to edit from the latest version. */
  takeOver(): void;
  saveState: SaveState;
  /** Saves what is pending now. */
  flush(): Promise<void>;
}

/**
 * Keeps a draft safe while it is edited:
 * - saves every change published on `live` to the store within `autosaveDelayMs`, and at once on
 *   `visibilitychange` to hidden, `pagehide`, `beforeunload` and unmount;
 * - one editing tab per draft, through BroadcastChannel: a tab that opens a draft already open elsewhere is
 *   read-only and follows the editing tab's changes live; a tab that starts editing makes the others read-only;
 *   "Take over editing" moves the editing here once the other tab has saved. A read-only tab never saves.
 * Without BroadcastChannel every tab stays editable (and saves).
 */
export function useDraftSession(live: LiveDocument, store: DocumentStore = documentStore): DraftSession {
  const [readOnly, setReadOnly] = useState(false);
  const [takingOver, setTakingOver] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const actions = useRef({ flush: async () => {}, takeOver: () => {} });

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  useEffect(() => {
    const draftId = live.id;
    const tabId = crypto.randomUUID();
    const openedAt = Date.now();
    let isReadOnly = false;
    let dirty = false;
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    let followTimer: ReturnType<typeof setTimeout> | undefined;
    let releaseTimer: ReturnType<typeof setTimeout> | undefined;
    let last: Promise<void> = Promise.resolve();
    let takeOverPending = false;

    const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(channelName);
    const post = (message: Message) => channel?.postMessage(message);

    const setRO = (value: boolean) => {
      isReadOnly = value;
      setReadOnly(value);
    };

    /** Saves what is pending; `urgent` when the page may be gone before IndexedDB answers. */
    const flush = (urgent = false): Promise<void> => {
      if (saveTimer !== undefined) clearTimeout(saveTimer);
      saveTimer = undefined;
      if (!dirty || isReadOnly) return last;
      dirty = false;
      setSaveState('saving');
      const doc = live.get();
      // saveNow writes its journal synchronously, here, before this handler returns.
      const saving = urgent ? store.saveNow(draftId, doc) : undefined;
      last = last
        .then(() => saving ?? store.save(draftId, doc))
        .then(() => {
          if (!dirty) setSaveState('saved');
        });
      return last;
    };

    /** Sends the document to the tabs that follow this one (and tells them this tab edits). */
    const announce = () => {
      if (!channel || isReadOnly || followTimer !== undefined) return;
      // Right after opening, the answer to "hello" may be on its way: do not claim a draft another tab edits.
      const wait = Math.max(followIntervalMs, settleMs - (Date.now() - openedAt));
      followTimer = setTimeout(() => {
        followTimer = undefined;
        if (!isReadOnly) post({ type: 'editing', draftId, from: tabId, doc: live.get() });
      }, wait);
    };

    const onChange = () => {
      if (isReadOnly) return;
      dirty = true;
      setSaveState('pending');
      saveTimer ??= setTimeout(() => flush(), autosaveDelayMs);
      announce();
    };

    /** Another tab edits: stop editing here and show its version. */
    const follow = (doc: SpecDocument) => {
      if (!isReadOnly) {
        // What this tab had not saved yet loses to the editing tab's newer version, never the other way round.
        dirty = false;
        if (saveTimer !== undefined) clearTimeout(saveTimer);
        saveTimer = undefined;
        setSaveState('saved');
        setRO(true);
      }
      live.set(doc);
    };

    const finishTakeOver = (doc?: SpecDocument) => {
      if (!takeOverPending) return;
      takeOverPending = false;
      clearTimeout(releaseTimer);
      // The latest version is saved (again: the other tab may have gone before saving what it sent), then this
      // tab starts afresh from it, so that no stale form state here can overwrite anything.
      void store
        .save(draftId, doc ?? live.get())
        .catch(() => undefined)
        .then(() => window.location.reload());
    };

    if (channel) {
      channel.onmessage = (event: MessageEvent<Message>) => {
        const message = event.data;
        if (!message || message.draftId !== draftId || message.from === tabId) return;
        switch (message.type) {
          case 'hello':
            // A newcomer: if this tab edits the draft, it says so and the newcomer follows, read-only.
            if (!isReadOnly) post({ type: 'editing', draftId, from: tabId, doc: live.get() });
            break;
          case 'editing':
            if (takeOverPending) break;
            follow(message.doc);
            break;
          case 'take-over': {
            const saved = flush();
            setRO(true);
            void saved
              .catch(() => undefined)
              .then(() =>
                post({ type: 'released', draftId, from: tabId, to: message.from, doc: live.get() }),
              );
            break;
          }
          case 'released':
            if (message.to === tabId) finishTakeOver(message.doc);
            break;
        }
      };
      post({ type: 'hello', draftId, from: tabId });
    }

    actions.current = {
      flush: () => flush(),
      takeOver: () => {
        if (!isReadOnly || takeOverPending) return;
        takeOverPending = true;
        setTakingOver(true);
        post({ type: 'take-over', draftId, from: tabId });
        // The other tab may be closed or frozen: then this tab goes on from the version it followed.
        releaseTimer = setTimeout(() => finishTakeOver(), releaseTimeoutMs);
      },
    };

    const unsubscribe = live.subscribe(onChange);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') void flush(true);
    };
    const onLeave = () => void flush(true);
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onLeave);
    window.addEventListener('beforeunload', onLeave);
    return () => {
      unsubscribe();
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onLeave);
      window.removeEventListener('beforeunload', onLeave);
      clearTimeout(followTimer);
      clearTimeout(releaseTimer);
      void flush(true);
      channel?.close();
    };
  }, [live, store]);

  const flush = useCallback(() => actions.current.flush(), []);
  const takeOver = useCallback(() => actions.current.takeOver(), []);
  return { readOnly, takingOver, takeOver, saveState, flush };
}
