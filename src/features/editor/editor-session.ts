import { createContext, useContext, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import type { ToastMessage } from '../../components/ui/toast';
import type { SpecDocument, TemplateDescription } from '../../core';
import type { DocumentIssue } from '../../core/checks';
import { createStore } from '../../core/store';
import type { LiveDocument } from '../../lib/live-document';
import { createDocumentHistory } from './document-history';
import { createEditorStore, type EditorSnapshot, type EditorStore } from './editor-store';
import { fieldDomId } from './field-paths';
import { firstDifference } from './first-difference';

/** Typing is published (preview, checks, history) this long after the last keystroke. */
const typingDelayMs = 200;

/**
 * One open document: the form, the published document (LiveDocument), checks, history and the actions the controls
 * call. Created once per draft; its members never change, so passing it around re-renders nothing.
 */
export interface EditorSession {
  template: TemplateDescription;
  docId: string;
  form: UseFormReturn<FieldValues>;
  live: LiveDocument;
  store: EditorStore;
  /** A structural change (add, remove, move, duplicate) was made: publish it and make it one undo step. */
  commit(): void;
  undo(): void;
  redo(): void;
  /** Shows a toast (one at a time). */
  notify(toast: Omit<ToastMessage, 'key'>): void;
  /** Reveals (expands) and focuses the control editing `path`. */
  focusPath(path: string): void;
  /**
   * Where undo or redo changed the document (the dotted path of the first value that differs), for the page to
   * put focus back there; a listener is called after each undo or redo that changed something.
   */
  onHistoryMove(listener: (path: string | undefined) => void): () => void;
  /** The form path of the value being edited (the last control focused in the form), for the preview to follow. */
  editing: { get(): string | undefined; subscribe(listener: () => void): () => void };
  /**
   * Items removed from each repeatable field (by form name) during this session: new ids are numbered past theirs
   * too, so that an id never comes back for another item.
   */
  retired: Map<string, Record<string, unknown>[]>;
}

const EditorContext = createContext<EditorSession | null>(null);
export const EditorProvider = EditorContext.Provider;

/** The session of the editor this component is in. */
export function useEditor(): EditorSession {
  const session = useContext(EditorContext);
  if (!session) throw new Error('useEditor outside an EditorProvider');
  return session;
}

/** The editor's snapshot, narrowed by `select`; re-renders only when the selected value changes. */
export function useEditorSnapshot<T>(select: (snapshot: EditorSnapshot) => T): T {
  const { store } = useEditor();
  return useSyncExternalStore(store.subscribe, () => select(store.get()));
}

/** The issue shown at the control editing `path`, if any. */
export function useFieldIssue(path: string): DocumentIssue | undefined {
  return useEditorSnapshot((snapshot) => snapshot.byPath.get(path));
}

/**
 * Creates the session of the document `live` holds, and keeps the form, the published document, the checks and
 * the history in step. A document set on `live` by someone else (another tab's version, say) replaces the form's.
 */
export function useEditorSession(
  template: TemplateDescription,
  live: LiveDocument,
  showToast: (toast: ToastMessage) => void,
): EditorSession {
  const form = useForm<FieldValues>({ defaultValues: structuredClone(live.get()), mode: 'onSubmit' });
  const [session] = useState(() => createSession(template, live, form, showToast));
  useEffect(() => session.connect(), [session]);
  // Leaving the editor (another draft opened, a link followed) publishes what was typed in the last moments while
  // the page around it still listens: layout cleanups run before the passive ones of the drafts feature's guard.
  useLayoutEffect(() => () => session.flush(), [session]);
  return session;
}

function createSession(
  template: TemplateDescription,
  live: LiveDocument,
  form: UseFormReturn<FieldValues>,
  showToast: (toast: ToastMessage) => void,
): EditorSession & { connect(): () => void; flush(): void } {
  const initial = live.get();
  const docId = live.id;
  /** The last document this editor published or applied: anything else on `live` comes from outside. */
  let ours: SpecDocument = initial;
  const store = createEditorStore(template, initial);
  const history = createDocumentHistory(initial);
  let toastKey = 0;
  let timer: number | undefined;
  let pending = false;
  let pendingKey: string | null = null;
  /** When the pending change's first and last keystrokes happened (history coalesces by these, not by the flush). */
  let pendingStart = 0;
  let pendingEnd = 0;
  let applying = false;

  const updateHistoryState = () => store.setHistory(history.canUndo(), history.canRedo());

  /** Publishes the form's values now: preview and drafts follow, checks run, history records. */
  const flush = () => {
    window.clearTimeout(timer);
    timer = undefined;
    if (typedTimer !== undefined) {
      window.clearTimeout(typedTimer);
      publishTyped();
    }
    if (!pending) return;
    pending = false;
    // Typing was already published value by value (publishTyped); only structural changes need a full copy.
    // getValues shares nested objects that the form mutates in place: publish a copy nobody can change.
    const doc = pendingKey === null ? (structuredClone(form.getValues()) as SpecDocument) : ours;
    ours = doc;
    live.set(doc);
    store.setDocument(doc);
    history.record(doc, pendingKey, pendingStart, pendingEnd);
    updateHistoryState();
  };

  let typedTimer: number | undefined;
  const typedPaths = new Set<string>();
  /**
   * Publishes what was typed at once, so the preview follows each keystroke, without copying the document: the
   * changed values are set on a copy-on-write path and everything else is shared with the last version. Checks and
   * history, whose cost grows with the document, wait for a pause in typing (flush).
   */
  const publishTyped = () => {
    typedTimer = undefined;
    let doc = ours;
    for (const path of typedPaths) doc = setPath(doc, path.split('.'), form.getValues(path as never));
    typedPaths.clear();
    if (doc === ours) return;
    ours = doc;
    live.set(doc);
  };

  const schedule = (key: string | null) => {
    // Only structural echoes of an undo or redo are ignored: typing (a key) comes from the user's input events, which
    // a reset never fires. Why not all: the browser may run a key press typed right after Ctrl+Y before the timer that
    // ends `applying`, and that keystroke was then left out of the history and overwritten by the next undo.
    if (applying && key === null) return;
    // Another field (or a structural change) closes the current typing step.
    if (pending && pendingKey !== key) flush();
    const now = Date.now();
    if (!pending) pendingStart = now;
    pendingEnd = now;
    pending = true;
    pendingKey = key;
    if (key !== null) {
      typedPaths.add(key);
      // One publication per task, after the key press has been handled: the input path never waits for it.
      typedTimer ??= window.setTimeout(publishTyped, 0);
    }
    window.clearTimeout(timer);
    timer = window.setTimeout(() => whenPointerFree(flush), key === null ? 0 : typingDelayMs);
  };

  /**
   * Why: publishing updates what the form shows around the field (its messages, the section's), which moves what is
   * below it. Between a button's mousedown and mouseup that turns the click into a click on something else, so a
   * user who types and at once clicks "Add" or "Renumber" would lose the click. While a pointer is held, the
   * publication waits for its release (and the click it makes); what was typed is in the form meanwhile, and
   * anything that reads the document (download, undo, another change) still flushes at once.
   */
  let pointerHeld = false;
  let pointerTimer: number | undefined;
  const afterPointer: (() => void)[] = [];
  const whenPointerFree = (work: () => void) => {
    if (pointerHeld) afterPointer.push(work);
    else work();
  };
  const releasePointer = () => {
    window.clearTimeout(pointerTimer);
    pointerHeld = false;
    // After the click this release makes: it is dispatched in the same task.
    window.setTimeout(() => {
      if (pointerHeld) return;
      for (const work of afterPointer.splice(0)) work();
    }, 0);
  };
  const holdPointer = () => {
    pointerHeld = true;
    // A press whose release never arrives (a context menu, a drag out of the window) holds nothing for long.
    window.clearTimeout(pointerTimer);
    pointerTimer = window.setTimeout(releasePointer, 2000);
  };

  const historyListeners = new Set<(path: string | undefined) => void>();
  const moveInHistory = (doc: SpecDocument | undefined) => {
    if (!doc) return;
    const before = ours;
    apply(doc);
    const path = firstDifference(before, doc);
    for (const listener of historyListeners) listener(path);
  };

  const editing = createStore<string | undefined>(undefined);
  /** Values edited since they were last left: leaving one shows its issues. */
  const edited = new Set<string>();

  const apply = (doc: SpecDocument | undefined) => {
    if (!doc) return;
    ours = doc;
    applying = true;
    try {
      // keepFieldsRef: the registered inputs get the new values now, not only once their component re-renders.
      form.reset(structuredClone(doc), { keepFieldsRef: true });
    } finally {
      // Field arrays publish their reset from effects; those echoes are not new history steps.
      window.setTimeout(() => {
        applying = false;
      }, 0);
    }
    live.set(doc);
    store.setDocument(doc);
    updateHistoryState();
  };

  return {
    template,
    docId,
    form,
    live,
    store,
    commit: () => schedule(null),
    flush,
    undo() {
      flush();
      moveInHistory(history.undo());
    },
    redo() {
      flush();
      moveInHistory(history.redo());
    },
    onHistoryMove(listener) {
      historyListeners.add(listener);
      return () => historyListeners.delete(listener);
    },
    editing: { get: editing.get, subscribe: editing.subscribe },
    retired: new Map(),
    notify(toast) {
      toastKey += 1;
      showToast({ ...toast, key: toastKey });
    },
    focusPath(path) {
      const element = document.getElementById(fieldDomId(path));
      if (!element) return;
      element.dispatchEvent(new CustomEvent('editor:reveal', { bubbles: true }));
      window.requestAnimationFrame(() => {
        element.focus();
        element.scrollIntoView({ block: 'center' });
      });
    },
    connect() {
      // A control's `name` is its form path (react-hook-form's register sets it).
      const pathOf = (target: EventTarget | null) =>
        target instanceof HTMLElement ? target.getAttribute('name') || undefined : undefined;
      // Why the DOM and not `form.subscribe`: a subscription to the form's values makes react-hook-form clone all of
      // them on every keystroke, which in a large document costs more than the rest of the key press. Typing into a
      // registered control fires `input` once its handler has stored the value; every other change (add, move,
      // remove, renumber, the date picker) calls `commit`.
      const onInput = (event: Event) => {
        const path = pathOf(event.target);
        if (!path || !isFormPath(path)) return;
        edited.add(path);
        schedule(path);
      };
      document.addEventListener('input', onInput);
      const onFocusIn = (event: FocusEvent) => {
        const path = pathOf(event.target);
        if (path) editing.set(path);
      };
      // Leaving a field after editing it shows what is wrong with it; not before, not while typing.
      const onFocusOut = (event: FocusEvent) => {
        const path = pathOf(event.target);
        if (!path || !edited.has(path)) return;
        edited.delete(path);
        whenPointerFree(() => {
          flush();
          store.markLeft(path);
        });
      };
      document.addEventListener('focusin', onFocusIn);
      document.addEventListener('focusout', onFocusOut);
      window.addEventListener('pointerdown', holdPointer, true);
      window.addEventListener('pointerup', releasePointer, true);
      window.addEventListener('pointercancel', releasePointer, true);
      // A download, copy or share reads the document with the last keystroke in it.
      const unsubscribeSettle = live.onSettle(flush);
      const unsubscribeLive = live.subscribe(() => {
        const doc = live.get();
        if (doc === ours) return;
        // Set from outside: it becomes the form's content and one undo step.
        pending = false;
        window.clearTimeout(timer);
        apply(doc);
        history.record(doc, null);
        updateHistoryState();
      });
      const flushOnHide = () => {
        if (document.visibilityState === 'hidden') flush();
      };
      document.addEventListener('visibilitychange', flushOnHide);
      // Before the drafts feature's own listeners (registered later, by a parent) save what it has.
      window.addEventListener('beforeunload', flush);
      window.addEventListener('pagehide', flush);
      return () => {
        flush();
        document.removeEventListener('focusin', onFocusIn);
        document.removeEventListener('focusout', onFocusOut);
        window.removeEventListener('pointerdown', holdPointer, true);
        window.removeEventListener('pointerup', releasePointer, true);
        window.removeEventListener('pointercancel', releasePointer, true);
        window.clearTimeout(pointerTimer);
        document.removeEventListener('input', onInput);
        unsubscribeSettle();
        unsubscribeLive();
        document.removeEventListener('visibilitychange', flushOnHide);
        window.removeEventListener('beforeunload', flush);
        window.removeEventListener('pagehide', flush);
      };
    },
  };
}

/** Whether a control's name is a path into the document (its fields or additional content), not another input's. */
function isFormPath(name: string): boolean {
  return name.startsWith('fields.') || name.startsWith('additional.');
}

/** `doc` with the value at `path` replaced; objects and arrays along the path are copied, the rest is shared. */
export function setPath<T>(doc: T, path: readonly string[], value: unknown): T {
  if (path.length === 0)
    return (value !== null && typeof value === 'object' ? structuredClone(value) : value) as T;
  const [head, ...rest] = path as [string, ...string[]];
  const container = doc as unknown as Record<string, unknown> | unknown[];
  const current = (container as Record<string, unknown>)[head];
  const next = setPath(current, rest, value);
  if (next === current) return doc;
  if (Array.isArray(container)) {
    const copy = container.slice();
    copy[Number(head)] = next;
    return copy as unknown as T;
  }
  return { ...container, [head]: next } as T;
}
