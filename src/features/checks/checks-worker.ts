// Runs the spec checks off the main thread: the first check of a large document parses thousands of values, and
// typing must never wait for it. One message in, one out. The worker keeps the last document it checked: a check
// brings only what changed since, so the page never clones a whole large document in a pause of typing.
import '../../lib/worker-dom-shim';
import type { SpecDocument } from '../../core/document/spec-document';
import { applyDocumentChange } from '../../core/preview/document-change';
import { type ChecksMessage, runChecks } from './run-checks';

let doc: SpecDocument | undefined;

self.onmessage = (event: MessageEvent<ChecksMessage>) => {
  const message = event.data;
  if (message.type === 'markdown') {
    self.postMessage(runChecks(message));
    return;
  }
  try {
    doc = applyDocumentChange(doc, message.change);
  } catch (error) {
    self.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) });
    return;
  }
  self.postMessage(runChecks({ id: message.id, type: 'check', doc, ears: message.ears }));
};
