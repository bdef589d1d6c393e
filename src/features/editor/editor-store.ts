import type { SpecDocument, TemplateDescription } from '../../core';
import { templateSteps } from '../../core';
import {
  checkDocument,
  type DocumentIssue,
  type StepStatus,
  stepStatus,
  summarizeSteps,
  visibleIssues,
} from '../../core/checks';

/** Where a step stands, as the section list shows it. */
export interface StepState {
  id: string;
  title: string;
  status: StepStatus;
  errors: number;
  warnings: number;
  issues: DocumentIssue[];
}

/** What the editor's chrome shows, recomputed when the form publishes a document (not on every keystroke). */
export interface EditorSnapshot {
  doc: SpecDocument;
  steps: StepState[];
  /** Issues shown at their field, by dotted path. */
  byPath: ReadonlyMap<string, DocumentIssue>;
  errorCount: number;
  warningCount: number;
  canUndo: boolean;
  canRedo: boolean;
}

/** A small external store (useSyncExternalStore) for the checks, the step states and the undo buttons. */
export interface EditorStore {
  get(): EditorSnapshot;
  subscribe(listener: () => void): () => void;
  /** A new version of the document: runs the checks. */
  setDocument(doc: SpecDocument): void;
  /** The user left this step: its missing required values are reported from now on. */
  markVisited(stepId: string): void;
  setHistory(canUndo: boolean, canRedo: boolean): void;
}

export function createEditorStore(template: TemplateDescription, initial: SpecDocument): EditorStore {
  const steps = templateSteps(template);
  const visited = new Set<string>();
  const listeners = new Set<() => void>();
  let doc = initial;
  let issues = checkDocument(template, initial);
  let history = { canUndo: false, canRedo: false };
  let snapshot: EditorSnapshot | undefined;
  snapshot = compute();

  function compute(): EditorSnapshot {
    const summaries = summarizeSteps(template, doc, issues);
    const byPath = new Map<string, DocumentIssue>();
    const previous = snapshot?.byPath;
    let errorCount = 0;
    let warningCount = 0;
    const states = summaries.map((summary, index): StepState => {
      const step = steps[index]!;
      const seen = visited.has(step.id);
      const shown = visibleIssues(summary, seen);
      for (const issue of shown) {
        const existing = byPath.get(issue.path);
        // An error wins over a warning at the same place.
        if (!existing || (existing.severity === 'warning' && issue.severity === 'error'))
          byPath.set(issue.path, issue);
      }
      const errors = shown.filter((issue) => issue.severity === 'error').length;
      errorCount += errors;
      warningCount += shown.length - errors;
      return {
        id: step.id,
        title: step.title,
        status: stepStatus(summary, seen),
        errors,
        warnings: shown.length - errors,
        issues: shown,
      };
    });
    // The same issue as before keeps its object, so that the control showing it does not render again.
    if (previous) {
      for (const [path, issue] of byPath) {
        const old = previous.get(path);
        if (
          old &&
          old.message === issue.message &&
          old.severity === issue.severity &&
          old.code === issue.code
        )
          byPath.set(path, old);
      }
    }
    return { doc, steps: states, byPath, errorCount, warningCount, ...history };
  }

  function emit() {
    snapshot = compute();
    for (const listener of listeners) listener();
  }

  return {
    get: () => snapshot!,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    setDocument(next) {
      doc = next;
      issues = checkDocument(template, next);
      emit();
    },
    markVisited(stepId) {
      if (visited.has(stepId)) return;
      visited.add(stepId);
      emit();
    },
    setHistory(canUndo, canRedo) {
      if (canUndo === history.canUndo && canRedo === history.canRedo) return;
      history = { canUndo, canRedo };
      snapshot = { ...snapshot!, ...history };
      for (const listener of listeners) listener();
    },
  };
}
