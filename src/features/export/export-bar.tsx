import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { SpecDocument } from '../../core';
import { markdownFileName } from '../../core/preview/slug';
import { type ExportOptions, type ExportOptionsStore, useExportOptions } from '../../lib/export-options';
import type { LiveDocument } from '../../lib/live-document';
import { useServices } from '../../lib/services-context';
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
 * shows exactly what these buttons produce). The editor shows its parts apart: Download in the header, the rest in
 * its menu.
 */
export function ExportBar({ live }: ExportBarProps) {
  return (
    <div className="export-bar">
      <DownloadButton live={live} />
      <ExportMenuItems live={live} />
    </div>
  );
}

/** Says what an action did, cleared first so that saying the same thing twice is announced twice. */
function useStatus(): [string, (message: string) => void] {
  const [status, setStatus] = useState('');
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const say = useCallback((message: string) => {
    setStatus('');
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setStatus(message), 50);
  }, []);
  return [status, say];
}

const preload = () => {
  loadWriter().catch(() => undefined);
};

/** The Markdown of the document as it is now: the latest keystroke and options, not the last render's. */
async function currentMarkdown(live: LiveDocument, options: ExportOptionsStore) {
  const write = await loadWriter();
  const doc = live.settled();
  return { doc, text: write(doc, options.get()) };
}

/**
 * "Download Markdown", also on Ctrl+S / Cmd+S (the browser's "Save page" would save the app, not the spec). With
 * `shortcut` off (several on a page), only the button.
 */
export function DownloadButton({ live, shortcut = true }: ExportBarProps & { shortcut?: boolean }) {
  const [status, say] = useStatus();
  const { exportOptions } = useServices();
  const download = useCallback(async () => {
    try {
      const { doc, text } = await currentMarkdown(live, exportOptions);
      const name = markdownFileName(doc);
      saveTextFile(name, text);
      say(`Downloaded ${name}`);
    } catch (error) {
      say(`The Markdown could not be written: ${error instanceof Error ? error.message : String(error)}`);
    }
  }, [live, say, exportOptions]);
  useEffect(() => {
    if (!shortcut) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      if (event.key.toLowerCase() !== 's') return;
      event.preventDefault();
      void download();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [download, shortcut]);
  return (
    <div className="download-action">
      <button
        type="button"
        className="button primary"
        onClick={download}
        onPointerEnter={preload}
        onFocus={preload}
        aria-keyshortcuts={shortcut ? 'Control+S' : undefined}
        title={shortcut ? 'Download Markdown (Ctrl+S)' : undefined}
      >
        {/* One flex item: the button's gap would otherwise split the words. */}
        <span>
          Download <span className="download-more">Markdown</span>
        </span>
      </button>
      <p className="export-status" role="status">
        {status}
      </p>
    </div>
  );
}

/** "Copy Markdown" and the export options (guidance, empty fields): the rest of exporting, for a menu. */
export function ExportMenuItems({ live }: ExportBarProps) {
  const { exportOptions } = useServices();
  const [options, setOptions] = useExportOptions();
  const [status, say] = useStatus();
  const emptyFieldsId = useId();

  const copy = async () => {
    if (typeof navigator === 'undefined' || !navigator.clipboard?.writeText) {
      say(
        'Copying is not available in this browser. Use Download Markdown, or select the text in the Markdown tab.',
      );
      return;
    }
    try {
      const { text } = await currentMarkdown(live, exportOptions);
      await navigator.clipboard.writeText(text);
      say('Markdown copied');
    } catch {
      say(
        'The browser did not allow copying. Use Download Markdown, or select the text in the Markdown tab and copy it.',
      );
    }
  };

  return (
    <div className="export-menu-items">
      <button type="button" className="button" onClick={copy} onPointerEnter={preload} onFocus={preload}>
        Copy Markdown
      </button>
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
