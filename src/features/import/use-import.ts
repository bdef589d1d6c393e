import { useCallback, useRef, useState } from 'react';
import type { ImportOutcome, ImportReport, SpecDocument, TemplateDetection, TemplateId } from '../../core';
import { readImportFile } from './read-file';

/**
 * The reader (remark, the GFM and front matter parsers) loads when the user first opens something, so it is not in
 * the home page's or the editor's start-up bundle.
 */
const loadImporter = () => import('../../core/import/import-markdown');

/** Where an import is: nothing going on, reading, waiting for the template choice, or failed with a message. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'choose-template'; text: string; source: string; detection: TemplateDetection; message: string }
  | { status: 'error'; message: string };

export interface UseImport {
  state: ImportState;
  openFile: (file: File) => Promise<void>;
  openText: (text: string) => Promise<void>;
  chooseTemplate: (template: TemplateId) => void;
  /** Closes the template choice or the error. */
  dismiss: () => void;
}

/**
 * The import flow, shared by the file picker, window drops and the "Open from text" dialog. `onOpen` is called
 * only with a document that validated; on any failure the caller's current document is not touched.
 */
export function useImport(onOpen: (doc: SpecDocument, report: ImportReport) => void): UseImport {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;

  const settle = useCallback((outcome: ImportOutcome) => {
    if (outcome.status === 'opened') {
      setState({ status: 'idle' });
      onOpenRef.current(outcome.doc, outcome.report);
    } else setState(outcome);
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      setState({ status: 'reading' });
      try {
        const [{ importMarkdown }, input] = await Promise.all([loadImporter(), readImportFile(file)]);
        settle(importMarkdown(input));
      } catch (error) {
        setState({
          status: 'error',
          message: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Try again, or paste its text with “Open from text”.`,
        });
      }
    },
    [settle],
  );

  const openText = useCallback(
    async (text: string) => {
      setState({ status: 'reading' });
      const { importMarkdown } = await loadImporter();
      settle(importMarkdown(text));
    },
    [settle],
  );

  const chooseTemplate = useCallback(
    (template: TemplateId) => {
      if (state.status !== 'choose-template') return;
      const { text, source } = state;
      void loadImporter().then(({ importText }) => settle(importText(text, template, source)));
    },
    [settle, state],
  );

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  return { state, openFile, openText, chooseTemplate, dismiss };
}
