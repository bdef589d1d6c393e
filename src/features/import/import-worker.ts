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

/**
 * A small spec in the shapes real ones use (front matter, labelled lines, stories with Given/When/Then lists, FR
 * lists, a table, code, a comment). Why: the worker is started ahead of need (`prepareReading`), and reading this
 * while the user picks or pastes compiles the parser's and reader's code; in a cold worker the first real read took
 * about twice as long as later ones.
 */
const warmUpText = `---
title: Warm-up
status: Draft
---

# Feature Specification: Warm-up

**Feature Branch**: \`001-warm-up\`
**Created**: 2026-01-01

## User Scenarios & Testing *(mandatory)*

<!-- Stories in order of priority. -->

${Array.from(
  { length: 6 },
  (_, i) => `### User Story ${i + 1} - Read a *spec* (Priority: P${(i % 3) + 1})

A user opens a [spec](https://example.com/${i}) and reads \`code\`.

**Why this priority**: It is **the** main journey.

1. **Given** a file, **When** it opens, **Then** it shows
2. **Given** a table, **When** it is read, **Then** its rows stay
`,
).join('\n')}
## Requirements *(mandatory)*

${Array.from({ length: 20 }, (_, i) => `- **FR-${String(i + 1).padStart(3, '0')}**: System MUST do thing ${i + 1}.`).join('\n')}

| ID | Test | Expected |
| --- | --- | --- |
| TC-1 | Open it | It opens |

\`\`\`text
a diagram
\`\`\`
`;

/**
 * How long the worker keeps warming up while idle. One warm-up read is not enough: a worker that had read the text once
 * still read a 100 KB spec in about 1.5 times the time of one that had kept reading it for a second (the parser's
 * code is optimized only once it has run for a while). Each round is its own task, so a real request waits for one
 * round at most (a few milliseconds), and the first request stops the warm-up.
 */
const warmUpMs = 1000;
let warming = true;

function warmUp(until: number): void {
  if (!warming || performance.now() > until) return;
  try {
    importText(warmUpText);
  } catch {
    // Only a warm-up: a real read reports its own errors.
  }
  setTimeout(() => warmUp(until), 0);
}
warmUp(performance.now() + warmUpMs);

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  warming = false;
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
