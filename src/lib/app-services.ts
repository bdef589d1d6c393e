import { createAppDocumentStore, type DocumentStore } from './document-store';
import { createAppExportOptions, type ExportOptionsStore } from './export-options';
import { createImportReportHandoff, type ImportReportHandoff } from './import-report-handoff';
import { createStorageStatus, type StorageStatus } from './storage/storage-status';
import { createTemplateStore, type TemplateStore } from './storage/template-store';

/**
 * What the app's pages share, created once by the composition root (`main.tsx`) and handed down by React context
 * (`ServicesProvider`) and the router's context: no module of `lib/` creates one on import.
 */
export interface AppServices {
  /** The drafts (IndexedDB, with a localStorage journal). */
  drafts: DocumentStore;
  /** Whether drafts are reaching IndexedDB; the storage warning follows it. */
  storageStatus: StorageStatus;
  /** The export options the user picked, kept between visits. */
  exportOptions: ExportOptionsStore;
  /** The user's own templates (IndexedDB `specwright-templates`, opened on first use). */
  userTemplates: TemplateStore;
  /** Import reports on their way from where a file was opened to the editor of its new draft. */
  importReports: ImportReportHandoff;
}

/** The services of the app in a browser. */
export function createAppServices(): AppServices {
  const storageStatus = createStorageStatus();
  return {
    drafts: createAppDocumentStore(storageStatus),
    storageStatus,
    exportOptions: createAppExportOptions(),
    userTemplates: createTemplateStore(),
    importReports: createImportReportHandoff(),
  };
}
