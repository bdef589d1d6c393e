import { getTemplate, type ImportReport, type SpecDocument, templateSteps } from '../core';
import type { DocumentStore } from './document-store';

/**
 * Import reports on their way from the page that opened a file to the editor of the new draft. In memory only:
 * a report is about the moment of opening, and is not worth keeping past a reload.
 */
export interface ImportReportHandoff {
  /** Leaves the report of a draft just opened from a file, for its editor to show. */
  set(draftId: string, report: ImportReport): void;
  /** The report left for this draft, once: the next call returns undefined. */
  take(draftId: string): ImportReport | undefined;
}

export function createImportReportHandoff(): ImportReportHandoff {
  const reports = new Map<string, ImportReport>();
  return {
    set: (draftId, report) => {
      reports.set(draftId, report);
    },
    take(draftId) {
      const report = reports.get(draftId);
      reports.delete(draftId);
      return report;
    },
  };
}

/**
 * Keeps an opened document as a new draft (never over existing work) and leaves its import report for the
 * editor. Returns where to go: the new draft's first section.
 */
export async function createImportedDraft(
  services: { drafts: DocumentStore; importReports: ImportReportHandoff },
  doc: SpecDocument,
  report: ImportReport,
): Promise<{ docId: string; section: string }> {
  const draft = await services.drafts.create(doc);
  services.importReports.set(draft.id, report);
  return { docId: draft.id, section: templateSteps(getTemplate(doc.template))[0]!.id };
}
