// Writes the preview's Markdown off the main thread: on a large document the writer takes longer than a frame, and
// typing must never wait for it. One message in (document and options), one out (its Markdown, or the error).
import './worker-dom-shim';
import type { SpecDocument } from '../../core';
import type { ExportOptions } from '../../core/markdown/write/context';
import { writeMarkdown } from '../../core/markdown/write-markdown';

export interface WriteRequest {
  id: number;
  doc: SpecDocument;
  options: ExportOptions;
}

export type WriteResponse = { id: number; markdown: string } | { id: number; error: string };

self.onmessage = (event: MessageEvent<WriteRequest>) => {
  const { id, doc, options } = event.data;
  let response: WriteResponse;
  try {
    response = { id, markdown: writeMarkdown(doc, options) };
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(response);
};
