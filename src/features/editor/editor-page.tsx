import { Navigate, useNavigate } from '@tanstack/react-router';
import { type ReactNode, type RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Button } from '../../components/ui/button';
import { Tabs } from '../../components/ui/tabs';
import { type ToastMessage, ToastRegion } from '../../components/ui/toast';
import { getTemplate, type Step, templateSteps } from '../../core';
import type { LiveDocument } from '../../lib/live-document';
import { ChecksPanel } from '../checks';
import { anchorStep } from './additional-anchors';
import { DocumentTitle } from './document-title';
import {
  EditorProvider,
  type EditorSession,
  useEditor,
  useEditorSession,
  useEditorSnapshot,
} from './editor-session';
import { FindInDocument } from './find/find-in-document';
import { SectionForm } from './section-form';
import { SectionNav } from './section-nav';
import { useMediaQuery } from './use-media-query';
import './editor.css';

export interface EditorPageProps {
  /** The draft's document: the editor publishes every change to it, and follows what others set on it. */
  live: LiveDocument;
  /** The step in the URL; an unknown one is replaced by the first step. */
  sectionId: string;
  /** The preview column (another feature), given the published document and the step being edited. */
  renderPreview?: (live: LiveDocument, sectionId: string) => ReactNode;
  /** Export actions in the header bar (another feature). */
  renderExportBar?: (live: LiveDocument) => ReactNode;
  /** Opening another document (another feature), in the header bar. */
  renderOpen?: () => ReactNode;
  /** Notices shown above the form (an import report, say), given a way to go to a place in the form. */
  renderNotice?: (navigation: EditorNavigation) => ReactNode;
}

/** Going to a place in the form: its section is opened and its control focused. */
export interface EditorNavigation {
  /** A top-level field, by id. */
  goToField: (fieldId: string) => void;
  /** The "Additional content" kept at an anchor (`start`, a subsection id or a top-level field id). */
  goToAdditional: (anchor: string) => void;
  /** A value inside a top-level field, by its dotted form path (`fields.userStories.1.whyPriority`). */
  goToPath: (fieldId: string, path: string) => void;
}

/** The guided editor: header bar, section list, the current section's form, and the preview beside it. */
export function EditorPage({
  live,
  sectionId,
  renderPreview,
  renderExportBar,
  renderOpen,
  renderNotice,
}: EditorPageProps) {
  const template = getTemplate(live.get().template);
  const steps = useMemo(() => templateSteps(template), [template]);
  const [toast, setToast] = useState<ToastMessage | null>(null);
  const session = useEditorSession(template, live, setToast);
  const index = steps.findIndex((step) => step.id === sectionId);
  const step = steps[index];
  useVisitTracking(session, index >= 0 ? sectionId : null);
  const root = useRef<HTMLDivElement>(null);
  useHistoryKeys(session, root);
  const navigation = useFormNavigation(session, steps, sectionId);
  const narrow = useMediaQuery('(max-width: 63.99rem)');
  const [view, setView] = useState('form');
  const dismiss = useCallback(() => setToast(null), []);

  if (!step) {
    return <Navigate to="/edit/$docId/$section" params={{ docId: live.id, section: steps[0]!.id }} replace />;
  }

  const form = <SectionForm key={step.id} step={step} previous={steps[index - 1]} next={steps[index + 1]} />;
  const preview = (
    <>
      {renderPreview ? (
        renderPreview(session.live, step.id)
      ) : (
        // The preview feature plugs in here (a right-hand column; a tab on narrow screens).
        <p className="preview-missing">The preview is not available in this build.</p>
      )}
      <ChecksPanel live={session.live} onGoTo={navigation.goToPath} />
    </>
  );

  return (
    <EditorProvider value={session}>
      <div className="editor" ref={root}>
        <div className="editor-bar">
          <div className="editor-title">
            <p className="editor-template">{template.name}</p>
            <h1>
              <DocumentTitle field={template.titleField} />
            </h1>
          </div>
          <div className="editor-actions">
            <HistoryButtons />
            <ProblemCount />
            <FindInDocument sectionId={step.id} />
            {renderExportBar ? <div className="editor-export">{renderExportBar(session.live)}</div> : null}
            {renderOpen ? <div className="editor-open">{renderOpen()}</div> : null}
          </div>
        </div>
        {renderNotice ? <div className="editor-notice">{renderNotice(navigation)}</div> : null}
        <div className={narrow ? 'editor-body narrow' : 'editor-body'}>
          {narrow ? (
            <details className="section-nav-disclosure">
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
        <ToastRegion toast={toast} onDismiss={dismiss} />
      </div>
    </EditorProvider>
  );
}

/** Marks the step the user leaves as visited, and moves focus to the new step's heading (not on first load). */
function useVisitTracking(session: EditorSession, stepId: string | null) {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    if (!stepId) return;
    const left = previous.current;
    previous.current = stepId;
    if (!left || left === stepId) return;
    session.store.markVisited(left);
    const heading = document.getElementById(`step-${stepId}-heading`);
    heading?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
  }, [session, stepId]);
}

/**
 * Goes to a field or an additional content field: navigates to its step, then focuses its control once the step
 * is shown (after the step's own focus on its heading, which `useVisitTracking` does first).
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
      goToPath: (fieldId, path) =>
        goTo(
          steps.find((step) => step.fieldIds.includes(fieldId)),
          path,
        ),
    };
  }, [navigate, session, steps, sectionId]);
}

/** Ctrl+Z / Cmd+Z undoes; Ctrl+Shift+Z, Cmd+Shift+Z and Ctrl+Y redo, for the whole document. */
function useHistoryKeys(session: EditorSession, root: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // Not while the editor is inert (read-only in this tab), nor from a dialog or field outside it.
      const editor = root.current;
      if (!editor || editor.closest('[inert]')) return;
      if (event.target instanceof Node && event.target !== document.body && !editor.contains(event.target))
        return;
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

function HistoryButtons() {
  const { undo, redo } = useEditor();
  const canUndo = useEditorSnapshot((snapshot) => snapshot.canUndo);
  const canRedo = useEditorSnapshot((snapshot) => snapshot.canRedo);
  return (
    <div className="history-buttons">
      <Button
        size="small"
        onClick={undo}
        disabled={!canUndo}
        aria-keyshortcuts="Control+Z"
        title="Undo (Ctrl+Z)"
      >
        <span aria-hidden="true">↶ </span>Undo
      </Button>
      <Button
        size="small"
        onClick={redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
        title="Redo (Ctrl+Shift+Z)"
      >
        <span aria-hidden="true">↷ </span>Redo
      </Button>
    </div>
  );
}

function ProblemCount() {
  const errors = useEditorSnapshot((snapshot) => snapshot.errorCount);
  const warnings = useEditorSnapshot((snapshot) => snapshot.warningCount);
  if (!errors && !warnings) return null;
  return (
    <p className="problem-count">
      <span aria-hidden="true">⚠ </span>
      {errors ? `${errors} ${errors === 1 ? 'error' : 'errors'}` : ''}
      {errors && warnings ? ', ' : ''}
      {warnings ? `${warnings} ${warnings === 1 ? 'warning' : 'warnings'}` : ''}
    </p>
  );
}
