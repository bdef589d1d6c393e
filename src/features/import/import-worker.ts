// Reads untrusted Markdown off the main thread: a file can be built to keep the parser busy for minutes, and the page
// must stay responsive and able to stop it (the caller terminates this worker past its time budget). One message in,
// one out.
import '../../lib/zod-jitless';
import '../../lib/worker-dom-shim';
import type { ImportFile, ImportOutcome, TemplateDescription, TemplateId } from '../../core';
import { importMarkdown, importText } from '../../core/import/import-markdown';

/**
 * What to read: a file or pasted text (checked first), or text already checked with the template chosen; with the
 * templates on offer (a worker knows only the shipped ones: a user's or a team's come with the request).
 */
export type ImportRequest = (
  | { kind: 'input'; input: ImportFile | string }
  | { kind: 'chosen'; text: string; template: TemplateId; source?: string }
) & { templates?: readonly TemplateDescription[] };

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  const request = event.data;
  let outcome: ImportOutcome;
  try {
    outcome =
      request.kind === 'input'
        ? importMarkdown(request.input, undefined, request.templates)
        : importText(request.text, request.template, request.source, request.templates);
  } catch (error) {
    outcome = {
      status: 'error',
      message: `The document could not be read (${error instanceof Error ? error.message : String(error)}). Your current document was not changed.`,
    };
  }
  self.postMessage(outcome);
};
