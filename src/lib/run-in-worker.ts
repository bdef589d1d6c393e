/** The outcome of one job run in a worker with a time budget. */
export type WorkerRun<T> =
  | { status: 'done'; value: T }
  /** The budget ran out: the worker was terminated, whatever it was doing. */
  | { status: 'timeout' }
  /** The worker could not start or load its module (offline before first use, a chunk cleaned up), or crashed. */
  | { status: 'failed'; message: string };

/** The part of `Worker` a run needs (a test can pass its own). */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'onmessage' | 'onerror'>;

/**
 * Runs one job in a fresh worker and terminates it afterwards. Untrusted input can make a parser take minutes; in a
 * worker the page stays responsive, and past `budgetMs` the worker is terminated, which stops any code, however
 * stuck. `signal` cancels the run the same way (the result is then `timeout` too, and nobody waits for it).
 */
export function runInWorker<Request, Response>(
  start: () => WorkerLike,
  request: Request,
  budgetMs: number,
  signal?: AbortSignal,
): Promise<WorkerRun<Response>> {
  return new Promise((resolve) => {
    let worker: WorkerLike;
    try {
      worker = start();
    } catch (error) {
      resolve({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
      return;
    }
    let settled = false;
    const finish = (run: WorkerRun<Response>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.terminate();
      resolve(run);
    };
    const abort = () => finish({ status: 'timeout' });
    const timer = setTimeout(abort, budgetMs);
    signal?.addEventListener('abort', abort);
    worker.onmessage = (event: MessageEvent<Response>) => finish({ status: 'done', value: event.data });
    worker.onerror = (event: ErrorEvent) => {
      // A module that fails to load gives an ErrorEvent with no message.
      event.preventDefault?.();
      finish({ status: 'failed', message: event.message || 'the worker could not be loaded' });
    };
    try {
      worker.postMessage(request);
    } catch (error) {
      finish({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
    }
  });
}
