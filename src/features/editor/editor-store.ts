import type { SpecDocument, TemplateDescription } from '../../core';
import { templateSteps } from '../../core';
import { checkDocument, type DocumentIssue, type StepStatus, summarizeSteps } from '../../core/checks';
import { createStore } from '../../core/store';

/** Where a step stands, as the section list shows it. */
export interface StepState {
  id: string;
  title: string;
  status: StepStatus;
  errors: number;
  warnings: number;
  /** The issues shown: at fields the user edited and left, or all of them once the step was checked. */
  issues: DocumentIssue[];
  /** Issues not shown yet (the user has not reached them): what is still to do, not errors. */
  toDo: number;
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
  /**
   * The user edited the value at `path` (or a list, by adding or removing) and left it: its issues, and those of
   * the values holding it (a story with no scenario), are shown from now on.
   */
  markLeft(path: string): void;
  /** The user asked to check a step ("Check this section", the summary): all of its issues are shown. */
  checkStep(stepId: string): void;
  setHistory(canUndo: boolean, canRedo: boolean): void;
}

export function createEditorStore(template: TemplateDescription, initial: SpecDocument): EditorStore {
  const steps = templateSteps(template);
  const markdownIds = new Set(template.fields.filter((f) => f.kind === 'markdown').map((f) => f.id));
  const left = new Set<string>();
  const checked = new Set<string>();
  let doc = initial;
  let issues = checkDocument(template, initial);
  let history = { canUndo: false, canRedo: false };
  const state = createStore(compute());

  function compute(previousSnapshot?: EditorSnapshot): EditorSnapshot {
    const summaries = summarizeSteps(template, doc, issues);
    const byPath = new Map<string, DocumentIssue>();
    const previous = previousSnapshot?.byPath;
    let errorCount = 0;
    let warningCount = 0;
    const states = summaries.map((summary, index): StepState => {
      const step = steps[index]!;
      const all = [...summary.errors, ...summary.warnings];
      const shown = checked.has(step.id) ? all : revealed(all);
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
        status: statusOf(shown, summary.errors.length, summary.touched || hasText(step.fieldIds)),
        errors,
        warnings: shown.length - errors,
        issues: shown,
        toDo: all.length - shown.length,
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

  /**
   * The issues shown of those not checked yet: at a value edited and left (or holding one); an id used twice is
   * flagged at every place once it is at one, as the user needs to see both to choose.
   */
  function revealed(issues: readonly DocumentIssue[]): DocumentIssue[] {
    const shown = issues.filter((issue) => isLeft(issue.path));
    const duplicates = new Set(
      shown.filter((issue) => issue.code === 'duplicateId').map((issue) => issue.message),
    );
    return issues.filter(
      (issue) => isLeft(issue.path) || (issue.code === 'duplicateId' && duplicates.has(issue.message)),
    );
  }

  /** The issue at `path` is shown: that value, or one inside it, was edited and left. */
  function isLeft(path: string): boolean {
    if (left.has(path)) return true;
    for (const done of left) if (done.startsWith(`${path}.`)) return true;
    return false;
  }

  /**
   * Some Markdown field of the step has content: a team's pre-filled policy text counts as filled in (header
   * defaults such as a "Draft" status do not make a section started).
   */
  function hasText(fieldIds: readonly string[]): boolean {
    return fieldIds.some((id) => {
      const value = doc.fields[id];
      return markdownIds.has(id) && typeof value === 'string' && value.trim() !== '';
    });
  }

  function emit() {
    state.set(compute(state.get()));
  }

  return {
    get: state.get,
    subscribe: state.subscribe,
    setDocument(next) {
      doc = next;
      issues = checkDocument(template, next);
      emit();
    },
    markLeft(path) {
      if (left.has(path)) return;
      left.add(path);
      emit();
    },
    checkStep(stepId) {
      if (checked.has(stepId)) return;
      checked.add(stepId);
      emit();
    },
    setHistory(canUndo, canRedo) {
      if (canUndo === history.canUndo && canRedo === history.canRedo) return;
      history = { canUndo, canRedo };
      state.set({ ...state.get(), ...history });
    },
  };
}

/** A step's state: errors only when shown ones are; otherwise empty, in progress or complete by its content. */
function statusOf(shown: readonly DocumentIssue[], allErrors: number, filled: boolean): StepStatus {
  if (shown.some((issue) => issue.severity === 'error')) return 'errors';
  if (!filled) return 'empty';
  return allErrors === 0 ? 'complete' : 'inProgress';
}
