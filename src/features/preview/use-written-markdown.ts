import { startTransition, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { SpecDocument } from '../../core';
import type { ExportOptions } from '../../core/markdown/write/context';
import type { WriteMarkdown } from './load-modules';
import type { WriteRequest, WriteResponse } from './markdown-worker';

export interface Written {
  markdown?: string;
  error?: string;
}

function startWorker(): Worker | undefined {
  if (typeof Worker === 'undefined') return undefined;
  try {
    return new Worker(new URL('./markdown-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return undefined;
  }
}

/**
 * The Markdown of `doc` with `options`, written in a worker (coalesced: while one is being written, only the latest
 * change waits), so a keystroke never waits for the writer. Where workers are missing or fail, it is written on the
 * main thread in a deferred render instead, with `loadWriter`.
 */
export function useWrittenMarkdown(
  doc: SpecDocument,
  options: ExportOptions,
  loadWriter: () => Promise<WriteMarkdown>,
): Written {
  const [worker, setWorker] = useState<Worker | undefined>(undefined);
  const [workerFailed, setWorkerFailed] = useState(false);
  const [result, setResult] = useState<Written>({});
  const job = useRef<{ busy: boolean; next?: WriteRequest; id: number }>({ busy: false, id: 0 });

  useEffect(() => {
    const started = startWorker();
    if (!started) {
      setWorkerFailed(true);
      return;
    }
    const state = job.current;
    started.onmessage = (event: MessageEvent<WriteResponse>) => {
      const response = event.data;
      // A render of many pieces is interruptible: keystrokes that arrive meanwhile go first.
      startTransition(() =>
        setResult('markdown' in response ? { markdown: response.markdown } : { error: response.error }),
      );
      const next = state.next;
      state.next = undefined;
      if (next) started.postMessage(next);
      else state.busy = false;
    };
    started.onerror = () => {
      started.terminate();
      setWorker(undefined);
      setWorkerFailed(true);
    };
    setWorker(started);
    return () => {
      started.terminate();
      state.busy = false;
      state.next = undefined;
    };
  }, []);

  useEffect(() => {
    if (!worker) return;
    const state = job.current;
    const request: WriteRequest = { id: ++state.id, doc, options };
    if (state.busy) state.next = request;
    else {
      state.busy = true;
      worker.postMessage(request);
    }
  }, [worker, doc, options]);

  // The fallback: the main thread, after the keystroke has been painted.
  const [writer, setWriter] = useState<WriteMarkdown | undefined>(undefined);
  useEffect(() => {
    if (!workerFailed) return;
    let alive = true;
    loadWriter().then(
      (write) => alive && setWriter(() => write),
      (error: unknown) =>
        alive && setResult({ error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      alive = false;
    };
  }, [workerFailed, loadWriter]);
  const deferredDoc = useDeferredValue(doc);
  const deferredOptions = useDeferredValue(options);
  const direct = useMemo((): Written | undefined => {
    if (!writer) return undefined;
    try {
      return { markdown: writer(deferredDoc, deferredOptions) };
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [writer, deferredDoc, deferredOptions]);

  return direct ?? result;
}
