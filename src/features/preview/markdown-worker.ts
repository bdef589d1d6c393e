// Writes the preview's Markdown off the main thread: on a large document the writer takes longer than a frame, and
// typing must never wait for it. The page sends what changed since its last message (one field for a keystroke, not
// the whole document, which would cost a structured clone of it on the main thread); the worker keeps the document
// and a cached writer that rewrites only the sections and items that changed.
import '../../lib/worker-dom-shim';
import type { SpecDocument } from '../../core';
import type { ExportOptions } from '../../core/markdown/write/context';
import { createCachedWriter } from '../../core/preview/cached-writer';
import { applyDocumentChange, type DocumentChange } from '../../core/preview/document-change';
import { type MarkdownPiece, splitMarkdown } from '../../core/preview/split-markdown';
import { documentTemplate } from '../../core/templates';

export interface WriteRequest {
  id: number;
  change: DocumentChange;
  options: ExportOptions;
}

/** The Markdown, and its pieces for the preview: cut here too, since cutting a large document takes the page a frame. */
export type WriteResponse =
  | { id: number; markdown: string; pieces: MarkdownPiece[] }
  | { id: number; error: string };

const write = createCachedWriter();
let doc: SpecDocument | undefined;

self.onmessage = (event: MessageEvent<WriteRequest>) => {
  const { id, change, options } = event.data;
  let response: WriteResponse;
  try {
    doc = applyDocumentChange(doc, change);
    // Only the shipped templates are registered in a worker: a user's template comes with its documents.
    documentTemplate(doc);
    const markdown = write(doc, options);
    response = { id, markdown, pieces: splitMarkdown(markdown) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
