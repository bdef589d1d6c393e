import { Navigate, useNavigate } from '@tanstack/react-router';
import {
  type ReactNode,
  type RefObject,
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  useSyncExternalStore,
} from 'react';
import { useWatch } from 'react-hook-form';
import { Button } from '../../components/ui/button';
import { DisclosureMenu } from '../../components/ui/disclosure-menu';
import { GuidanceProvider } from '../../components/ui/field';
import { Tabs } from '../../components/ui/tabs';
import { ThemeSwitch } from '../../components/ui/theme-switch';
import { type ToastMessage, ToastRegion } from '../../components/ui/toast';
import { documentTemplate, type Step, type TemplateDescription, templateSteps } from '../../core';
import type { TemplateVersionChange } from '../../core/template/template-version';
import type { LiveDocument } from '../../lib/live-document';
import { anchorStep } from './additional-anchors';
import { DocumentTitle } from './document-title';
import { editingHints } from './editing-hints';
import {
  EditorProvider,
  type EditorSession,
  useEditor,
  useEditorSession,
  useEditorSnapshot,
} from './editor-session';
import { FindInDocument } from './find/find-in-document';
import { takeFreshDraft } from './fresh-drafts';
import { SectionForm } from './section-form';
import { SectionNav } from './section-nav';
import { ShortcutsDialog } from './shortcuts-dialog';
import { TemplateVersionNotice } from './template-version-notice';
import { useMediaQuery } from './use-media-query';
import './editor.css';

export interface EditorPageProps {
  /** The draft's document: the editor publishes every change to it, and follows what others set on it. */
  live: LiveDocument;
  /** The step in the URL; an unknown one is replaced by the first step. */
  sectionId: string;
  /**
   * The preview column (another feature), given the published document, the step being edited and words of the
   * item being edited (its id, title ...) for the preview to show that item, not only the section's top.
   */
  renderPreview?: (
    live: LiveDocument,
    sectionId: string,
    follow: readonly string[],
    navigation: EditorNavigation,
  ) => ReactNode;
  /** The header's main action (Download, another feature). */
  renderPrimary?: (live: LiveDocument) => ReactNode;
  /** The header menu's further actions and options (copy, export options, share, open ...: other features). */
  renderMenu?: (live: LiveDocument) => ReactNode;
  /** Notices shown above the form (an import report, say), given a way to go to a place in the form. */
  renderNotice?: (navigation: EditorNavigation) => ReactNode;
  /** The draft was made under another version of its template (see `recordTemplateVersion`): said above the form. */
  templateChange?: TemplateVersionChange;
}

/** Going to a place in the form: its section is opened and its control focused. */
export interface EditorNavigation {
  /** A top-level field, by id. */
  goToField: (fieldId: string) => void;
  /** The "Additional content" kept at an anchor (`start`, a subsection id or a top-level field id). */
  goToAdditional: (anchor: string) => void;
  /** Any form path (`fields.goals.2.text`): its step opens and its control, or the nearest one holding it, gets focus. */
  goToPath: (path: string) => void;
}

const guidanceKey = 'specwright-show-guidance';

/** The guided editor: header bar, section list, the current section's form, and the preview beside it. */
export function EditorPage({
  live,
  sectionId,
  renderPreview,
  renderPrimary,
  renderMenu,
  renderNotice,
  templateChange,
}: EditorPageProps) {
  const template = documentTemplate(live.get());
  const steps = useMemo(() => templateSteps(template), [template]);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const session = useEditorSession(template, live, setToast);
  const index = steps.findIndex((step) => step.id === sectionId);
  const step = steps[index];
  useStepFocus(index >= 0 ? sectionId : null);
  const root = useRef<HTMLDivElement>(null);
  useHistoryKeys(session, root);
  const [shortcutsOpen, setShortcutsOpen] = useState(false);
  useHelpKey(root, () => setShortcutsOpen(true));
  const navigation = useFormNavigation(session, steps, sectionId);
  useFocusAfterHistory(session, navigation.goToPath);
  useFirstFieldOfNewDraft(session, steps);
  const narrow = useMediaQuery('(max-width: 63.99rem)');
  const [view, setView] = useState('form');
  const [guidance, setGuidance] = useStoredFlag(guidanceKey);
  const dismiss = useCallback(() => setToast(null), []);

  if (!step) {
    return <Navigate to="/edit/$docId/$section" params={{ docId: live.id, section: steps[0]!.id }} replace />;
  }

  const form = (
    <>
      <label className="guidance-switch">
        <input type="checkbox" checked={guidance} onChange={(event) => setGuidance(event.target.checked)} />
        Show guidance
      </label>
      <SectionForm key={step.id} step={step} previous={steps[index - 1]} next={steps[index + 1]} />
    </>
  );
  const preview = renderPreview ? (
    <PreviewSlot session={session} sectionId={step.id} render={renderPreview} navigation={navigation} />
  ) : (
    // The preview feature plugs in here (a right-hand column; a tab on narrow screens).
    <p className="preview-missing">The preview is not available in this build.</p>
  );

  return (
    <EditorProvider value={session}>
      <GuidanceProvider value={guidance}>
        <div className="editor" ref={root}>
          <DocumentTabTitle template={template} />
          <div className="editor-bar">
            <div className="editor-title">
              <p className="editor-template">{template.name}</p>
              <h1>
                <DocumentTitle field={template.titleField} />
              </h1>
            </div>
            <div className="editor-actions">
              <HistoryButtons />
              <ProblemCount steps={steps} />
              <FindInDocument sectionId={step.id} />
              {renderPrimary ? <div className="editor-primary">{renderPrimary(session.live)}</div> : null}
              <DisclosureMenu label="More" className="editor-menu">
                {renderMenu ? renderMenu(session.live) : null}
                <div className="menu-group">
                  <ThemeSwitch />
                  <Button onClick={() => setShortcutsOpen(true)} aria-keyshortcuts="?">
                    Keyboard shortcuts
                  </Button>
                </div>
              </DisclosureMenu>
            </div>
          </div>
          {templateChange ? (
            <div className="editor-notice">
              <TemplateVersionNotice
                change={templateChange}
                templateName={template.name}
                lastStep={steps[steps.length - 1]!.title}
              />
            </div>
          ) : null}
          {renderNotice ? <div className="editor-notice">{renderNotice(navigation)}</div> : null}
          <div className={narrow ? 'editor-body narrow' : 'editor-body'}>
            {narrow ? (
              // Keyed by step: once a section is chosen the list folds away, so that its form is what shows.
              <details key={step.id} className="section-nav-disclosure">
                <summary>
                  Sections: {index + 1} of {steps.length}, {step.title}
                </summary>
                <SectionNav />
              </details>
            ) : (
              <div className="editor-nav">
                <SectionNav />
              </div>
            )}
            {narrow ? (
              <Tabs
                label="Editor view"
                className="editor-tabs"
                selected={view}
                onSelect={setView}
                tabs={[
                  { id: 'form', label: 'Form', panel: <div className="editor-form">{form}</div> },
                  { id: 'preview', label: 'Preview', panel: <div className="editor-preview">{preview}</div> },
                ]}
              />
            ) : (
              <>
                <div className="editor-form">{form}</div>
                <div className="editor-preview">{preview}</div>
              </>
            )}
          </div>
          <ShortcutsDialog open={shortcutsOpen} onClose={() => setShortcutsOpen(false)} />
          <ToastRegion toast={toast} onDismiss={dismiss} />
        </div>
      </GuidanceProvider>
    </EditorProvider>
  );
}

/** The preview, told which item is being edited; only it re-renders when focus moves in the form. */
function PreviewSlot({
  session,
  sectionId,
  render,
  navigation,
}: {
  session: EditorSession;
  sectionId: string;
  render: NonNullable<EditorPageProps['renderPreview']>;
  navigation: EditorNavigation;
}) {
  const path = useSyncExternalStore(session.editing.subscribe, session.editing.get);
  const follow = useMemo(
    () => (path ? editingHints(session.template, session.form.getValues(), path) : []),
    [session, path],
  );
  return <>{render(session.live, sectionId, follow, navigation)}</>;
}

/** The browser tab says which document this is: "Payment Gateway – Technical Specification". */
function DocumentTabTitle({ template }: { template: TemplateDescription }) {
  const { form } = useEditor();
  const title = useWatch({ control: form.control, name: `fields.${template.titleField}` }) as
    | string
    | undefined;
  const text = `${title?.trim() || 'Untitled'} – ${template.name} – Specwright`;
  useEffect(() => {
    document.title = text;
  }, [text]);
  useEffect(
    () => () => {
      document.title = 'Specwright';
    },
    [],
  );
  return null;
}

/** A switch remembered in this browser. */
function useStoredFlag(key: string): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return window.localStorage.getItem(key) === 'true';
    } catch {
      return false;
    }
  });
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        window.localStorage.setItem(key, String(next));
      } catch {
        // Not remembered: still applied on this page.
      }
    },
    [key],
  );
  return [value, set];
}

/** Moves focus to a new step's heading when the user goes to another step (not on first load). */
function useStepFocus(stepId: string | null) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (!stepId) return;
    const left = previous.current;
    previous.current = stepId;
    if (!left || left === stepId) return;
    const heading = document.getElementById(`step-${stepId}-heading`);
    heading?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [stepId]);
}

/** A new document starts with the cursor in its first field, ready to type. */
function useFirstFieldOfNewDraft(session: EditorSession, steps: readonly Step[]) {
  useEffect(() => {
    if (!takeFreshDraft(session.docId)) return;
    const first = steps[0]?.fieldIds[0];
    if (first) session.focusPath(`fields.${first}`);
  }, [session, steps]);
}

/** After undo or redo, focus goes to the value that changed (its section is opened first). */
function useFocusAfterHistory(session: EditorSession, goToPath: (path: string) => void) {
  useEffect(
    () =>
      session.onHistoryMove((path) => {
        if (path) goToPath(path);
      }),
    [session, goToPath],
  );
}

/**
 * Goes to a field or an additional content field: navigates to its step, then focuses its control once the step
 * is shown (after the step's own focus on its heading, which `useStepFocus` does first).
 */
function useFormNavigation(
  session: EditorSession,
  steps: readonly Step[],
  sectionId: string,
): EditorNavigation {
  const navigate = useNavigate();
  const [target, setTarget] = useState<{ stepId: string; path: string } | null>(null);
  useEffect(() => {
    if (!target || target.stepId !== sectionId) return;
    setTarget(null);
    session.focusPath(target.path);
  }, [session, target, sectionId]);
  return useMemo(() => {
    const goTo = (step: Step | undefined, path: string) => {
      if (!step) return;
      setTarget({ stepId: step.id, path });
      if (step.id !== sectionId)
        void navigate({ to: '/edit/$docId/$section', params: { docId: session.docId, section: step.id } });
    };
    return {
      goToField: (fieldId) =>
        goTo(
          steps.find((step) => step.fieldIds.includes(fieldId)),
          `fields.${fieldId}`,
        ),
      goToAdditional: (anchor) => goTo(anchorStep(steps, anchor), `additional.${anchor}`),
      goToPath: (path) => {
        const [root, id] = path.split('.');
        if (root === 'additional' && id) goTo(anchorStep(steps, id), `additional.${id}`);
        else if (root === 'fields' && id)
          goTo(
            steps.find((step) => step.fieldIds.includes(id)),
            path,
          );
      },
    };
  }, [navigate, session, steps, sectionId]);
}

/** Ctrl+Z / Cmd+Z undoes; Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y redo, for the whole document. */
function useHistoryKeys(session: EditorSession, root: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      if (!inEditor(root, event)) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        session.undo();
      } else if ((key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey)) {
        event.preventDefault();
        session.redo();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [session, root]);
}

/** "?" outside a text field lists the keyboard shortcuts. */
function useHelpKey(root: RefObject<HTMLDivElement | null>, open: () => void) {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target as HTMLElement | null;
      // A "?" typed into a field is text.
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      if (!inEditor(root, event)) return;
      event.preventDefault();
      latest.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [root]);
}

/** The key press is for this editor: not while it is inert (read-only in this tab), nor from a dialog outside it. */
function inEditor(root: RefObject<HTMLDivElement | null>, event: KeyboardEvent): boolean {
  const editor = root.current;
  if (!editor || editor.closest('[inert]')) return false;
  return !(event.target instanceof Node && event.target !== document.body && !editor.contains(event.target));
}

function HistoryButtons() {
  const { undo, redo } = useEditor();
  const canUndo = useEditorSnapshot((snapshot) => snapshot.canUndo);
  const canRedo = useEditorSnapshot((snapshot) => snapshot.canRedo);
  return (
    <div className="history-buttons">
      <Button onClick={undo} disabled={!canUndo} aria-keyshortcuts="Control+Z" title="Undo (Ctrl+Z)">
        <span aria-hidden="true" className="history-icon">
          ↶
        </span>
        <span className="history-word">Undo</span>
      </Button>
      <Button
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title="Redo (Ctrl+Shift+Z)"
      >
        <span aria-hidden="true" className="history-icon">
          ↷
        </span>
        <span className="history-word">Redo</span>
      </Button>
    </div>
  );
}

/** The number of problems shown, as a link to the summary of the first section that has them. */
function ProblemCount({ steps }: { steps: readonly Step[] }) {
  const { docId, focusPath } = useEditor();
  const navigate = useNavigate();
  const errors = useEditorSnapshot((snapshot) => snapshot.errorCount);
  const warnings = useEditorSnapshot((snapshot) => snapshot.warningCount);
  const first = useEditorSnapshot((snapshot) => snapshot.steps.find((step) => step.issues.length > 0)?.id);
  if ((!errors && !warnings) || !first) return null;
  const words = [
    errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : '',
    warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const step = steps.find((s) => s.id === first);
  return (
    <a
      className={errors ? 'problem-count has-errors' : 'problem-count'}
      href={`#summary-${first}`}
      onClick={async (event) => {
        event.preventDefault();
        if (!step) return;
        await navigate({ to: '/edit/$docId/$section', params: { docId, section: step.id } });
        focusPath(`summary.${step.id}`);
      }}
    >
      {words}
    </a>
  );
}
