import { useCallback, useRef, useState } from 'react';
import type { ImportOutcome, ImportReport, SpecDocument, TemplateDetection, TemplateId } from '../../core';
import { useTemplates } from '../../lib/templates-context';
import { readImportFile } from './read-file';
import { prepareReading, readInWorker } from './read-in-worker';

/** Where an import is: nothing going on, reading, waiting for the template choice, or failed with a message. */
export type ImportState =
  | { status: 'idle' }
  | { status: 'reading' }
  | { status: 'choose-template'; text: string; source: string; detection: TemplateDetection; message: string }
  | { status: 'error'; message: string };

export interface UseImport {
  state: ImportState;
  openFile: (file: File) => Promise<void>;
  /** Resolves to whether a document was opened (the caller keeps the pasted text until then). */
  openText: (text: string) => Promise<boolean>;
  /** Opens a file downloaded from an address, named by `name` in messages. */
  openFetched: (bytes: Uint8Array, name: string) => Promise<boolean>;
  chooseTemplate: (template: TemplateId) => void;
  /** Closes the template choice or the error. */
  dismiss: () => void;
  /** Shows an error that happened before reading (a download that failed). */
  fail: (message: string) => void;
}

/**
 * The import flow, shared by the file picker, window drops, "Open from text" and "Open from URL". Reading happens in
 * a worker with a time budget (the page stays responsive whatever the input); `onOpen` is called only with a
 * document that validated; on any failure the caller's current document is not touched.
 */
export function useImport(onOpen: (doc: SpecDocument, report: ImportReport) => void): UseImport {
  const [state, setState] = useState<ImportState>({ status: 'idle' });
  const onOpenRef = useRef(onOpen);
  onOpenRef.current = onOpen;
  // Every template on offer is a candidate, a user's and a team's too: the worker is told about them.
  const offered = useTemplates();

  const settle = useCallback((outcome: ImportOutcome): boolean => {
    if (outcome.status === 'opened') {
      setState({ status: 'idle' });
      onOpenRef.current(outcome.doc, outcome.report);
      return true;
    }
    // The choice is read again in a worker: it loads while the user chooses.
    if (outcome.status === 'choose-template') prepareReading();
    setState(outcome);
    return outcome.status === 'choose-template';
  }, []);

  const openFile = useCallback(
    async (file: File) => {
      setState({ status: 'reading' });
      try {
        const input = await readImportFile(file);
        settle(await readInWorker({ kind: 'input', input, templates: offered }, `“${file.name}”`));
      } catch (error) {
        setState({
          status: 'error',
          message: `“${file.name}” could not be read (${error instanceof Error ? error.message : String(error)}). Try again, or paste its text with “Open from text”.`,
        });
      }
    },
    [settle, offered],
  );

  const openText = useCallback(
    async (text: string) => {
      setState({ status: 'reading' });
      return settle(
        await readInWorker({ kind: 'input', input: text, templates: offered }, 'the pasted text'),
      );
    },
    [settle, offered],
  );

  const openFetched = useCallback(
    async (bytes: Uint8Array, name: string) => {
      setState({ status: 'reading' });
      return settle(
        await readInWorker(
          { kind: 'input', input: { name, size: bytes.byteLength, bytes }, templates: offered },
          `“${name}”`,
        ),
      );
    },
    [settle, offered],
  );

  const chooseTemplate = useCallback(
    (template: TemplateId) => {
      if (state.status !== 'choose-template') return;
      const { text, source } = state;
      setState({ status: 'reading' });
      void readInWorker({ kind: 'chosen', text, template, source, templates: offered }, 'the document').then(
        settle,
      );
    },
    [settle, state, offered],
  );

  const dismiss = useCallback(() => setState({ status: 'idle' }), []);
  const fail = useCallback((message: string) => setState({ status: 'error', message }), []);

  return { state, openFile, openText, openFetched, chooseTemplate, dismiss, fail };
}
