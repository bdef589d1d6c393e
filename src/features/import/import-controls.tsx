import { useState } from 'react';
import { Button } from '../../components/ui/button';
import type { ImportReport, SpecDocument } from '../../core';
import { OpenFileButton } from './open-file-button';
import { OpenTextDialog } from './open-text-dialog';
import { OpenUrlDialog } from './open-url-dialog';
import { prepareReading } from './read-in-worker';
import { TemplateChoiceDialog } from './template-choice-dialog';
import { useImport } from './use-import';
import { useWindowDrop } from './use-window-drop';
import './import.css';

export interface ImportControlsProps {
  /** Called with a validated document and its import report; only then may the caller replace its document. */
  onOpen: (doc: SpecDocument, report: ImportReport) => void;
  /** Take files dropped anywhere on the window (one page should do this, not every instance). */
  acceptDrops?: boolean;
  /**
   * Called when a document is likely to be opened soon (a dialog or the file picker opens, a file is dragged in):
   * the caller can load what showing it needs meanwhile (the editor's code).
   */
  onPrepare?: () => void;
}

/**
 * Opening specs: the "Open Markdown file" picker, "Open from text", "Open from URL", drops on the window, the
 * template choice when the evidence is weak, and an alert when the input cannot be opened. The current document is
 * never touched on failure: `onOpen` is the only way out. Pasted text is kept until a document opened from it.
 */
export function ImportControls({ onOpen, acceptDrops = true, onPrepare }: ImportControlsProps) {
  const [textOpen, setTextOpen] = useState(false);
  const [urlOpen, setUrlOpen] = useState(false);
  const [text, setText] = useState('');
  const { state, openFile, openText, openFetched, chooseTemplate, dismiss } = useImport((doc, report) => {
    setText('');
    onOpen(doc, report);
  });
  const prepare = () => {
    prepareReading();
    onPrepare?.();
  };
  const dragging = useWindowDrop((file) => void openFile(file), acceptDrops, onPrepare);
  const reading = state.status === 'reading';

  return (
    <div className="import-controls">
      <OpenFileButton onFile={(file) => void openFile(file)} onPrepare={onPrepare} disabled={reading} />
      <Button
        onClick={() => {
          prepare();
          setTextOpen(true);
        }}
        disabled={reading}
      >
        Open from text
      </Button>
      <Button
        onClick={() => {
          prepare();
          setUrlOpen(true);
        }}
        disabled={reading}
      >
        Open from URL
      </Button>
      <p className="import-status" aria-live="polite">
        {reading ? 'Reading the document…' : ''}
      </p>
      {state.status === 'error' ? (
        <div role="alert" className="import-alert">
          <p>{state.message}</p>
          <Button size="small" onClick={dismiss}>
            OK
          </Button>
        </div>
      ) : null}
      {dragging ? (
        <div className="import-drop-hint" aria-hidden="true">
          Drop a Markdown file to open it
        </div>
      ) : null}
      <OpenTextDialog
        open={textOpen}
        text={text}
        onTextChange={setText}
        onClose={() => setTextOpen(false)}
        onSubmit={(pasted) => {
          setTextOpen(false);
          void openText(pasted);
        }}
      />
      <OpenUrlDialog
        open={urlOpen}
        onClose={() => setUrlOpen(false)}
        onFetched={(bytes, name) => {
          setUrlOpen(false);
          void openFetched(bytes, name);
        }}
      />
      {state.status === 'choose-template' ? (
        <TemplateChoiceDialog
          open
          message={state.message}
          detection={state.detection}
          onChoose={chooseTemplate}
          onClose={dismiss}
        />
      ) : null}
    </div>
  );
}
