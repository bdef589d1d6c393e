import { useCallback, useEffect, useRef, useState } from 'react';

/** The channel the tabs of this app talk on about who edits which draft. */
const channelName = 'specwright-draft-tabs';

type Message =
  | { type: 'hello'; draftId: string; from: string }
  | { type: 'editing'; draftId: string; from: string }
  | { type: 'take-over'; draftId: string; from: string }
  | { type: 'released'; draftId: string; from: string; to: string };

/** How long a tab taking over waits for the editing tab to save and step back (it may be closed or frozen). */
const releaseTimeoutMs = 1500;

/** How long after opening a tab waits for an answer to "hello" before it claims the draft. */
const settleMs = 300;

export interface TabLock {
  /** Another tab edits this draft: this one must not, or one would silently overwrite the other. */
  readOnly: boolean;
  /** True while taking over. */
  takingOver: boolean;
  /** Asks the other tab to save and step back, then reloads this one with the latest version. */
  takeOver(): void;
  /** To call on every change made in this tab: tells the other tabs this one is editing. */
  announceEditing(): void;
}

/**
 * One editing tab per draft, through BroadcastChannel. A tab that opens a draft already open elsewhere starts
 * read-only; a tab that starts editing makes the others read-only; "Take over editing" moves the editing right
 * here after the other tab has saved. Without BroadcastChannel every tab stays editable.
 */
export function useTabLock(
  draftId: string,
  { beforeRelease }: { beforeRelease: () => Promise<void> },
): TabLock {
  const [readOnly, setReadOnly] = useState(false);
  const [takingOver, setTakingOver] = useState(false);
  const readOnlyRef = useRef(false);
  const channelRef = useRef<BroadcastChannel | null>(null);
  const tabId = useRef(crypto.randomUUID()).current;
  const beforeReleaseRef = useRef(beforeRelease);
  beforeReleaseRef.current = beforeRelease;
  const lastAnnounce = useRef(0);
  const openedAt = useRef(Date.now());
  const onReleased = useRef<(() => void) | null>(null);

  const becomeReadOnly = useCallback(() => {
    readOnlyRef.current = true;
    setReadOnly(true);
  }, []);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(channelName);
    channelRef.current = channel;
    const post = (message: Message) => channel.postMessage(message);
    channel.onmessage = (event: MessageEvent<Message>) => {
      const message = event.data;
      if (!message || message.draftId !== draftId || message.from === tabId) return;
      switch (message.type) {
        case 'hello':
          // A newcomer: if this tab holds the draft, it says so and the newcomer stays read-only.
          if (!readOnlyRef.current) post({ type: 'editing', draftId, from: tabId });
          break;
        case 'editing':
          becomeReadOnly();
          break;
        case 'take-over':
          becomeReadOnly();
          void beforeReleaseRef
            .current()
            .catch(() => undefined)
            .then(() => post({ type: 'released', draftId, from: tabId, to: message.from }));
          break;
        case 'released':
          if (message.to === tabId) onReleased.current?.();
          break;
      }
    };
    post({ type: 'hello', draftId, from: tabId });
    return () => {
      channel.close();
      channelRef.current = null;
    };
  }, [draftId, tabId, becomeReadOnly]);

  const takeOver = useCallback(() => {
    setTakingOver(true);
    const reload = () => {
      onReleased.current = null;
      // A fresh load reads the version the other tab has just saved; the old form state here is stale.
      window.location.reload();
    };
    onReleased.current = reload;
    channelRef.current?.postMessage({ type: 'take-over', draftId, from: tabId } satisfies Message);
    setTimeout(() => onReleased.current?.(), releaseTimeoutMs);
  }, [draftId, tabId]);

  const announceEditing = useCallback(() => {
    if (readOnlyRef.current) return;
    const now = Date.now();
    // Right after opening, the answer to "hello" may still be on its way: a change the editor publishes as it
    // mounts must not take the draft from a tab that is editing it.
    const settling = settleMs - (now - openedAt.current);
    if (settling > 0) {
      setTimeout(() => announceRef.current(), settling);
      return;
    }
    if (now - lastAnnounce.current < 1000) return;
    lastAnnounce.current = now;
    channelRef.current?.postMessage({ type: 'editing', draftId, from: tabId } satisfies Message);
  }, [draftId, tabId]);

  const announceRef = useRef(announceEditing);
  announceRef.current = announceEditing;

  return { readOnly, takingOver, takeOver, announceEditing };
}
