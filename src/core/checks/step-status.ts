import { initialValue } from '../document/create-document';
import type { SpecDocument } from '../document/spec-document';
import type { TemplateDescription } from '../template/types';
import { templateSteps } from '../template/walk';
import type { DocumentIssue } from './check-document';

/** Where a step of the form stands, as the section list says it in words. */
export type StepStatus = 'empty' | 'inProgress' | 'complete' | 'errors';

/** What a step holds: whether the user changed it, and the issues of its fields. */
export interface StepSummary {
  stepId: string;
  /** Some field of the step differs from a new document's value. */
  touched: boolean;
  errors: DocumentIssue[];
  warnings: DocumentIssue[];
}

const initialCache = new Map<string, Map<string, string>>();

function initialJson(template: TemplateDescription): Map<string, string> {
  let cached = initialCache.get(template.id);
  if (!cached) {
    cached = new Map(template.fields.map((field) => [field.id, JSON.stringify(initialValue(field))]));
    initialCache.set(template.id, cached);
  }
  return cached;
}

/** One summary per step of the template's form, in order, with the issues sorted to their step. */
export function summarizeSteps(
  template: TemplateDescription,
  doc: SpecDocument,
  issues: readonly DocumentIssue[],
): StepSummary[] {
  const initial = initialJson(template);
  return templateSteps(template).map((step) => {
    const ids = new Set(step.fieldIds);
    const own = issues.filter((issue) => ids.has(issue.fieldId));
    return {
      stepId: step.id,
      touched: step.fieldIds.some((id) => JSON.stringify(doc.fields[id]) !== initial.get(id)),
      errors: own.filter((issue) => issue.severity === 'error'),
      warnings: own.filter((issue) => issue.severity === 'warning'),
    };
  });
}

/**
 * The issues a step shows. A missing required value is only reported once the user has left the step (or is back
 * on it): a new document is not a page of errors, and nobody is told off for a field they have not reached yet.
 */
export function visibleIssues(summary: StepSummary, visited: boolean): DocumentIssue[] {
  const all = [...summary.errors, ...summary.warnings];
  if (visited) return all;
  return all.filter((issue) => issue.code !== 'required');
}

/** The status of a step from its summary and the issues it shows. */
export function stepStatus(summary: StepSummary, visited: boolean): StepStatus {
  const shown = visibleIssues(summary, visited);
  if (shown.some((issue) => issue.severity === 'error')) return 'errors';
  if (!summary.touched) return 'empty';
  return summary.errors.length === 0 ? 'complete' : 'inProgress';
}
