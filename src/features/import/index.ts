// Opening specs from Markdown: the controls the home page and the editor wire in, and the report panel.

export { fetchMarkdown } from './fetch-markdown';
export { ImportControls, type ImportControlsProps } from './import-controls';
export { ImportReportPanel, type ImportReportPanelProps } from './import-report-panel';
export { importAccept, OpenFileButton } from './open-file-button';
export { OpenTextDialog } from './open-text-dialog';
export { OpenUrlDialog } from './open-url-dialog';
export { readImportFile } from './read-file';
export { TemplateChoiceDialog } from './template-choice-dialog';
export { type ImportState, useImport } from './use-import';
export { useWindowDrop } from './use-window-drop';
