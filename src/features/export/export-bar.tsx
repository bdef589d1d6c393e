import { useEffect, useId, useRef, useState } from 'react';
import type { SpecDocument } from '../../core';
import { markdownFileName } from '../../core/preview/slug';
import { type ExportOptions, exportOptionsStore, useExportOptions } from '../../lib/export-options';
import type { LiveDocument } from '../../lib/live-document';
import { saveTextFile } from './save-file';
import './export.css';

type WriteMarkdown = (doc: SpecDocument, options: ExportOptions) => string;

// The writer is loaded on demand (the preview writes in a worker and does not need it on the page): the bar starts
// loading it as soon as the pointer or focus comes near, so a click finds it ready.
let writer: Promise<WriteMarkdown> | undefined;
function loadWriter(): Promise<WriteMarkdown> {
  if (!writer) {
    writer = import('../../core/markdown/write-markdown').then((module) => module.writeMarkdown);
    writer.catch(() => {
      writer = undefined; // a later click tries again
    });
  }
  return writer;
}

export interface ExportBarProps {
  /** The document being edited. */
  live: LiveDocument;
}

/**
 * Download and copy the document's Markdown, with the export options the preview also follows (its Markdown view
 * shows exactly what these buttons produce).
 */
export function ExportBar({ live }: ExportBarProps) {
  const [options, setOptions] = useExportOptions();
  const [status, setStatus] = useState('');
  const statusTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const emptyFieldsId = useId();

  useEffect(() => () => clearTimeout(statusTimer.current), []);
  const preload = () => {
    loadWriter().catch(() => undefined);
  };

  // Cleared first, so that saying the same thing twice is announced twice.
  const say = (message: string) => {
    setStatus('');
    clearTimeout(statusTimer.current);
    statusTimer.current = setTimeout(() => setStatus(message), 50);
  };

  const markdown = async () => {
    const write = await loadWriter();
    // Read at click time: the latest keystroke and options, not the last render's.
    const doc = live.settled();
    return { doc, text: write(doc, exportOptionsStore.get()) };
  };

  const download = async () => {
    try {
      const { doc, text } = await markdown();
      const name = markdownFileName(doc);
      saveTextFile(name, text);
      say(`Downloaded ${name}`);
    } catch (error) {
      say(`The Markdown could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const copy = async () => {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) {
      say(
        'Copying is not available in this browser. Use Download Markdown, or select the text in the Markdown tab.',
      );
      return;
    }
    try {
      const { text } = await markdown();
      await navigator.clipboard.writeText(text);
      say('Markdown copied');
    } catch {
      say(
        'The browser did not allow copying. Use Download Markdown, or select the text in the Markdown tab and copy it.',
      );
    }
  };

  return (
    <div className="export-bar">
      <div className="export-actions">
        <button
          type="button"
          className="button primary"
          onClick={download}
          onPointerEnter={preload}
          onFocus={preload}
        >
          Download Markdown
        </button>
        <button type="button" className="button" onClick={copy} onPointerEnter={preload} onFocus={preload}>
          Copy Markdown
        </button>
      </div>
      <div className="export-options">
        <label className="export-option">
          <input
            type="checkbox"
            checked={options.includeGuidance}
            onChange={(event) => setOptions({ includeGuidance: event.target.checked })}
          />
          Include template guidance
        </label>
        <span className="export-option">
          <label htmlFor={emptyFieldsId}>Empty fields</label>
          <select
            id={emptyFieldsId}
            value={options.emptyFields}
            onChange={(event) =>
              setOptions({ emptyFields: event.target.value === 'omit' ? 'omit' : 'placeholder' })
            }
          >
            <option value="placeholder">Template placeholder</option>
            <option value="omit">Leave out</option>
          </select>
        </span>
      </div>
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}
