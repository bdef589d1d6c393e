import { type ImportOutcome, limits } from '../../core';
import { runInWorker } from '../../lib/run-in-worker';
import type { ImportRequest } from './import-worker';

const startWorker = () => new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });

/** A worker started ahead of need, and whether it failed to load meanwhile (then it is not used). */
let spare: { worker: Worker; failed: boolean } | undefined;

/**
 * Starts the reading worker ahead of need: when the user opens a dialog or the file chooser, or drags a file in, so
 * that its module loads while they pick or paste, not after (it was a third of opening a 100 KB spec). Each worker
 * still reads one document and is terminated; the next one is started the same way.
 */
export function prepareReading(): void {
  if (typeof Worker === 'undefined' || (spare && !spare.failed)) return;
  try {
    const next = { worker: startWorker(), failed: false };
    // Until a run takes it over (and sets its own handlers), a load failure only marks it unusable.
    next.worker.onerror = (event) => {
      event.preventDefault();
      next.failed = true;
    };
    spare = next;
  } catch {
    spare = undefined;
  }
}

/** The prepared worker when there is a usable one, else a new one. */
function takeWorker(): Worker {
  const prepared = spare;
  spare = undefined;
  if (prepared && !prepared.failed) return prepared.worker;
  prepared?.worker.terminate();
  return startWorker();
}

/**
 * Reads a file or text in a worker, within the parse budget (`limits.parseBudgetMs`). `what` names the input in the
 * messages (“spec.md”, “The pasted text”). Where there are no workers at all (unit tests), it reads on the main
 * thread. A worker that does not load (offline before first use, an old deployment's files removed) and one stopped
 * for taking too long both come back as an error that says so; the caller's document is never touched.
 */
export async function readInWorker(request: ImportRequest, what: string): Promise<ImportOutcome> {
  if (typeof Worker === 'undefined') {
    const { importMarkdown, importText } = await import('../../core/import/import-markdown');
    return request.kind === 'input'
      ? importMarkdown(request.input, undefined, request.templates)
      : importText(request.text, request.template, request.source, request.templates);
  }
  const run = await runInWorker<ImportRequest, ImportOutcome>(takeWorker, request, limits.parseBudgetMs);
  if (run.status === 'done') return run.value;
  if (run.status === 'timeout') {
    return {
      status: 'error',
      message: `Reading ${what} took longer than ${limits.parseBudgetMs / 1000} seconds, so it was stopped. Your current document was not changed. The text may be built in a way Specwright cannot read quickly (for example very long runs of * and _ or deep nesting): check that it is the right document.`,
    };
  }
  return {
    status: 'error',
    message: `The part of Specwright that reads Markdown could not be loaded (${run.message}); you may be offline, or the app was updated. Your current document was not changed and your text is kept: try again, or reload the page when you are online.`,
  };
}
