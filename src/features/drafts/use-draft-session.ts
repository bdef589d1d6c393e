import { useCallback, useEffect, useRef, useState } from 'react';
import type { SpecDocument } from '../../core';
import type { DocumentStore } from '../../lib/document-store';
import type { LiveDocument } from '../../lib/live-document';
import { renameDocument } from '../../lib/storage/draft-record';
import { readTabDocument } from './tab-document';
import { openTabChannel, type TabMessage } from './tab-messages';
import { requestPersistentStorage } from './use-persistent-storage';

/**
 * A published change is saved at most this long after it was made, even while typing goes on (the editor
 * publishes 200 ms after a keystroke: half a second in all), and at once when the page is hidden or closed.
 */
export const autosaveDelayMs = 250;

/** How long after opening a tab waits for an answer to "hello" before it claims the draft. */
const settleMs = 300;

/** How long a tab taking over waits for the editing tab to save and step back (it may be closed or frozen). */
const releaseTimeoutMs = 1500;

/** How often, at most, the editing tab sends its document to the tabs that follow it. */
const followIntervalMs = 150;

export type SaveState = 'saved' | 'pending' | 'saving' | 'failed';

export interface DraftSession {
  /** Another tab edits this draft: this one follows its changes and must not edit, or one would overwrite the other. */
  readOnly: boolean;
  takingOver: boolean;
  /** Asks the editing tab to save and step back, then reloads this tab to edit from the latest version. */
  takeOver(): void;
  saveState: SaveState;
  /** Set when this tab's changes had to be saved as a separate draft (the stored one changed elsewhere). */
  copiedTo: string | null;
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
export function useDraftSession(live: LiveDocument, store: DocumentStore): DraftSession {
  const [readOnly, setReadOnly] = useState(false);
  const [takingOver, setTakingOver] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>('saved');
  const [copiedTo, setCopiedTo] = useState<string | null>(null);
  const actions = useRef({ flush: async () => {}, takeOver: () => {} });

  useEffect(() => {
    void requestPersistentStorage();
  }, []);

  useEffect(() => {
    const draftId = live.id;
    const tabId = crypto.randomUUID();
    const openedAt = Date.now();
    /** When the user first changed the document in this tab (0: not yet): between two new tabs, the first wins. */
    let editedAt = 0;
    let isReadOnly = false;
    /** Changed since the last save started. */
    let dirty = false;
    /** The last version storage confirmed: anything else is unsaved, and is journaled when the page goes. */
    let confirmed = live.get();
    let saveTimer: ReturnType<typeof setTimeout> | undefined;
    let followTimer: ReturnType<typeof setTimeout> | undefined;
    let releaseTimer: ReturnType<typeof setTimeout> | undefined;
    let last: Promise<void> = Promise.resolve();
    let takeOverPending = false;

    const setRO = (value: boolean) => {
      isReadOnly = value;
      setReadOnly(value);
    };

    /**
     * Saves what is pending; `urgent` when the page may be gone before IndexedDB answers (then whatever storage
     * has not confirmed, even a save still under way or one that failed, is journaled first).
     */
    const flush = (urgent = false): Promise<void> => {
      if (saveTimer !== undefined) clearTimeout(saveTimer);
      saveTimer = undefined;
      if (isReadOnly) return last;
      const doc = live.get();
      if (!dirty && !(urgent && doc !== confirmed)) return last;
      dirty = false;
      setSaveState('saving');
      // saveNow writes its journal synchronously, here, before this handler returns.
      const saving = urgent ? store.saveNow(draftId, doc) : undefined;
      last = last
        .then(() => saving ?? store.save(draftId, doc))
        .then((result) => {
          if (result.ok) {
            confirmed = doc;
            if (result.copiedTo) setCopiedTo(result.copiedTo);
            if (!dirty) setSaveState('saved');
          } else {
            // Not stored: still unsaved (the store journaled it), saved again with the next change or on leaving.
            dirty = true;
            setSaveState('failed');
          }
        });
      return last;
    };

    /** This tab's claim to edit, compared with another's: the first to type, else the first to open. */
    const winsOver = (other: { editedAt: number; openedAt: number; from: string }) => {
      const mine = [editedAt || Number.MAX_SAFE_INTEGER, openedAt, tabId] as const;
      const theirs = [other.editedAt || Number.MAX_SAFE_INTEGER, other.openedAt, other.from] as const;
      if (mine[0] !== theirs[0]) return mine[0] < theirs[0];
      if (mine[1] !== theirs[1]) return mine[1] < theirs[1];
      return mine[2] < theirs[2];
    };

    /** Whether another tab has said anything about this draft: only then is there anyone to follow this one. */
    let othersSeen = false;
    /** The tabs this one, following, has said hello back to. */
    const greeted = new Set<string>();

    const claim = () => {
      channel?.post({ type: 'editing', draftId, from: tabId, doc: live.get(), editedAt, openedAt });
    };

    /**
     * Sends the document to the tabs that follow this one (and tells them this tab edits). Only once another tab has
     * shown up for this draft: a structured clone of a large document every 150 ms is a cost while typing, and a tab
     * that opens later says "hello" and is answered with the document at once.
     */
    const announce = () => {
      if (!channel || isReadOnly || !othersSeen || followTimer !== undefined) return;
      // Right after opening, the answer to "hello" may be on its way: do not claim a draft another tab edits.
      const wait = Math.max(followIntervalMs, settleMs - (Date.now() - openedAt));
      followTimer = setTimeout(() => {
        followTimer = undefined;
        if (!isReadOnly) claim();
      }, wait);
    };

    const onChange = () => {
      if (isReadOnly) return;
      editedAt ||= Date.now();
      dirty = true;
      setSaveState('pending');
      saveTimer ??= setTimeout(() => flush(), autosaveDelayMs);
      announce();
    };

    /** Another tab edits: stop editing here (saving what was typed here first) and show its version. */
    const follow = (doc: SpecDocument) => {
      if (!isReadOnly) {
        // What was typed here is saved, never dropped: the store keeps both versions if they differ.
        void flush();
        setRO(true);
      }
      live.set(doc);
    };

    const finishTakeOver = () => {
      if (!takeOverPending) return;
      takeOverPending = false;
      clearTimeout(releaseTimer);
      // Nothing received from another tab is saved from here: the reload reads the latest stored version and
      // what the journal kept of a tab that closed mid-save, and this tab edits from that.
      window.location.reload();
    };

    const onMessage = (message: TabMessage) => {
      if (message.draftId !== draftId || message.from === tabId) return;
      othersSeen = true;
      switch (message.type) {
        case 'hello':
          // A newcomer: if this tab edits the draft, it says so and the newcomer follows, read-only. A tab that
          // follows says hello back, once per newcomer: a newcomer that edits (it took over) then knows that
          // someone follows it, and sends its document.
          if (!isReadOnly) claim();
          else if (!greeted.has(message.from)) {
            greeted.add(message.from);
            channel?.post({ type: 'hello', draftId, from: tabId });
          }
          break;
        case 'editing':
          if (takeOverPending) break;
          // Two tabs opened together both claim the draft: the one whose user typed first keeps it (the other
          // follows, and nothing typed there is dropped), else the one opened first.
          if (!isReadOnly && winsOver(message)) claim();
          else follow(message.doc);
          break;
        case 'take-over': {
          // Whatever the editor has not published yet goes into the save the other tab waits for.
          live.settled();
          const saved = flush();
          setRO(true);
          void saved
            .catch(() => undefined)
            .then(() => channel?.post({ type: 'released', draftId, from: tabId, to: message.from }));
          break;
        }
        case 'released':
          if (message.to === tabId) finishTakeOver();
          break;
        case 'rename':
          // The home page renames through the editing tab, so that its next save does not undo the rename.
          if (isReadOnly) break;
          live.set(renameDocument(live.settled(), message.title));
          void flush()
            .catch(() => undefined)
            .then(() => channel?.post({ type: 'renamed', draftId, from: tabId, request: message.request }));
          break;
        case 'renamed':
          break;
      }
    };
    const channel = openTabChannel(onMessage, readTabDocument);
    channel?.post({ type: 'hello', draftId, from: tabId });

    actions.current = {
      flush: () => flush(),
      takeOver: () => {
        if (!isReadOnly || takeOverPending) return;
        takeOverPending = true;
        setTakingOver(true);
        channel?.post({ type: 'take-over', draftId, from: tabId });
        // The other tab may be closed or frozen: then this tab goes on from what storage and the journal hold.
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
  return { readOnly, takingOver, takeOver, saveState, copiedTo, flush };
}
