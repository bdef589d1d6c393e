import { createContext, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import { type FieldValues, type UseFormReturn, useForm } from 'react-hook-form';
import type { ToastMessage } from '../../components/ui/toast';
import type { SpecDocument, TemplateDescription } from '../../core';
import type { DocumentIssue } from '../../core/checks';
import type { LiveDocument } from '../../lib/live-document';
import { createDocumentHistory } from './document-history';
import { createEditorStore, type EditorSnapshot, type EditorStore } from './editor-store';
import { fieldDomId } from './field-paths';

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
  return session;
}

function createSession(
  template: TemplateDescription,
  live: LiveDocument,
  form: UseFormReturn<FieldValues>,
  showToast: (toast: ToastMessage) => void,
): EditorSession & { connect(): () => void } {
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
  let applying = false;

  const updateHistoryState = () => store.setHistory(history.canUndo(), history.canRedo());

  /** Publishes the form's values now: preview and drafts follow, checks run, history records. */
  const flush = () => {
    window.clearTimeout(timer);
    timer = undefined;
    if (!pending) return;
    pending = false;
    // getValues shares nested objects that the form mutates in place: publish a copy nobody can change.
    const doc = structuredClone(form.getValues()) as SpecDocument;
    ours = doc;
    live.set(doc);
    store.setDocument(doc);
    history.record(doc, pendingKey);
    updateHistoryState();
  };

  const schedule = (key: string | null) => {
    if (applying) return;
    // Another field (or a structural change) closes the current typing step.
    if (pending && pendingKey !== key) flush();
    pending = true;
    pendingKey = key;
    window.clearTimeout(timer);
    timer = window.setTimeout(flush, key === null ? 0 : typingDelayMs);
  };

  const apply = (doc: SpecDocument | undefined) => {
    if (!doc) return;
    ours = doc;
    applying = true;
    try {
      form.reset(structuredClone(doc));
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
    undo() {
      flush();
      apply(history.undo());
    },
    redo() {
      flush();
      apply(history.redo());
    },
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
      const unsubscribeForm = form.subscribe({
        formState: { values: true },
        callback: ({ name, type }) => schedule(type === 'change' && name ? name : null),
      });
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
        unsubscribeForm();
        unsubscribeLive();
        document.removeEventListener('visibilitychange', flushOnHide);
        window.removeEventListener('beforeunload', flush);
        window.removeEventListener('pagehide', flush);
      };
    },
  };
}
