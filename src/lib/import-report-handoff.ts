import { getTemplate, type ImportReport, type SpecDocument, templateSteps } from '../core';
import { documentStore } from './document-store';

/**
 * Import reports on their way from the page that opened a file to the editor of the new draft. In memory only:
 * a report is about the moment of opening, and is not worth keeping past a reload.
 */
const reports = new Map<string, ImportReport>();

export const importReportHandoff = {
  /** Leaves the report of a draft just opened from a file, for its editor to show. */
  set(draftId: string, report: ImportReport): void {
    reports.set(draftId, report);
  },
  /** The report left for this draft, once: the next call returns undefined. */
  take(draftId: string): ImportReport | undefined {
    const report = reports.get(draftId);
    reports.delete(draftId);
    return report;
  },
};

/**
 * Keeps an opened document as a new draft (never over existing work) and leaves its import report for the
 * editor. Returns where to go: the new draft's first section.
 */
export async function createImportedDraft(
  doc: SpecDocument,
  report: ImportReport,
): Promise<{ docId: string; section: string }> {
  const draft = await documentStore.create(doc);
  importReportHandoff.set(draft.id, report);
  return { docId: draft.id, section: templateSteps(getTemplate(doc.template))[0]!.id };
}
