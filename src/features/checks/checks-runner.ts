import type { SpecFinding } from '../../core/checks/spec-finding';
import type { SpecDocument } from '../../core/document/spec-document';
import { diffDocument } from '../../core/preview/document-change';
import type { ChecksMessage, ChecksRequest, ChecksResponse } from './run-checks';

/** Runs the spec checks somewhere other than the input path. */
export interface ChecksRunner {
  check(doc: SpecDocument, ears: boolean): Promise<SpecFinding[]>;
  markdown(findings: SpecFinding[]): Promise<string>;
  dispose(): void;
}

type Pending = { resolve: (response: ChecksResponse) => void };

/**
 * A runner in a worker; where workers are missing or fail, the checks are loaded (on first use, so they never
 * weigh on the page's start) and run on the main thread, each request in a task of its own.
 */
export function createChecksRunner(): ChecksRunner {
  // Started with the first check, not with the runner: the panel is created with the form, and the worker's
  // fetch and start belong after the form accepts input.
  let worker: Worker | undefined;
  let started = false;
  let nextId = 1;
  const pending = new Map<number, Pending>();
  const requests = new Map<number, ChecksRequest>();
  const onMainThread = (request: ChecksRequest): Promise<ChecksResponse> =>
    import('./run-checks').then(
      ({ runChecks }) => new Promise((resolve) => setTimeout(() => resolve(runChecks(request)), 0)),
    );
  const start = () => {
    started = true;
    worker = startWorker();
    if (!worker) return;
    worker.onmessage = (event: MessageEvent<ChecksResponse>) => {
      pending.get(event.data.id)?.resolve(event.data);
      pending.delete(event.data.id);
      requests.delete(event.data.id);
    };
    worker.onerror = () => {
      worker?.terminate();
      worker = undefined;
      // What was waiting is answered on the main thread instead.
      for (const [id, waiting] of pending) {
        const request = requests.get(id);
        if (request) void onMainThread(request).then(waiting.resolve);
      }
      pending.clear();
      requests.clear();
    };
  };
  /** The document the worker holds: a check posts only what changed since (a clone of a large one is slow). */
  let posted: SpecDocument | undefined;
  const send = (request: ChecksRequest): Promise<ChecksResponse> => {
    if (!started) start();
    if (!worker) return onMainThread(request);
    const current = worker;
    const message: ChecksMessage =
      request.type === 'check'
        ? { id: request.id, type: 'check', change: diffDocument(posted, request.doc), ears: request.ears }
        : request;
    if (request.type === 'check') posted = request.doc;
    return new Promise((resolve) => {
      requests.set(request.id, request);
      pending.set(request.id, { resolve });
      current.postMessage(message);
    });
  };
  return {
    async check(doc, ears) {
      const response = await send({ id: nextId++, type: 'check', doc, ears });
      if ('error' in response) throw new Error(response.error);
      return 'findings' in response ? response.findings : [];
    },
    async markdown(findings) {
      const response = await send({ id: nextId++, type: 'markdown', findings });
      if ('error' in response) throw new Error(response.error);
      return 'markdown' in response ? response.markdown : '';
    },
    dispose() {
      worker?.terminate();
      worker = undefined;
      started = true;
      pending.clear();
    },
  };
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./checks-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}
