import { startTransition, useDeferredValue, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { SpecDocument } from '../../core';
import type { ExportOptions } from '../../core/markdown/write/context';
import { diffDocument } from '../../core/preview/document-change';
import type { MarkdownPiece } from '../../core/preview/split-markdown';
import { afterFirstPaint } from '../../lib/after-first-paint';
import type { LiveDocument } from '../../lib/live-document';
import type { WriteMarkdown } from './load-modules';
import type { WriteRequest, WriteResponse } from './markdown-worker';

export interface Written {
  markdown?: string;
  /** `markdown` cut for the preview (see splitMarkdown), when it was written where cutting costs the page nothing. */
  pieces?: MarkdownPiece[];
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

const noSubscription = () => () => {};

/**
 * The Markdown of the live document with `options`. It is written in a worker, fed straight from the LiveDocument's
 * subscription (so a published change costs the page no render at all until its Markdown is back), one request at a
 * time with only the latest change waiting; each request carries only the fields that changed since the last one. Where workers are missing or fail, it is written on the main thread in
 * a deferred render instead, with `loadWriter`.
 */
export function useWrittenMarkdown(
  live: LiveDocument,
  options: ExportOptions,
  loadWriter: () => Promise<WriteMarkdown>,
): Written {
  const [worker, setWorker] = useState<Worker | undefined>(undefined);
  const [workerFailed, setWorkerFailed] = useState(false);
  const [result, setResult] = useState<Written>({});

  useEffect(() => {
    let started: Worker | undefined;
    // The worker (the writer, remark) is fetched and started once the form is drawn, not in its way.
    const cancel = afterFirstPaint(() => {
      started = startWorker();
      if (!started) {
        setWorkerFailed(true);
        return;
      }
      const self = started;
      self.onerror = () => {
        self.terminate();
        setWorker(undefined);
        setWorkerFailed(true);
      };
      setWorker(self);
    });
    return () => {
      cancel();
      started?.terminate();
    };
  }, []);

  useEffect(() => {
    if (!worker) return;
    let busy = false;
    let waiting = false;
    let id = 0;
    // What the worker holds: each message carries only the change from it (a new worker, or new options, start
    // again from the whole document, since this effect runs again).
    let sent: SpecDocument | undefined;
    const send = () => {
      const doc = live.get();
      if (sent === doc) return;
      if (busy) {
        waiting = true;
        return;
      }
      busy = true;
      const change = diffDocument(sent, doc);
      sent = doc;
      worker.postMessage({ id: ++id, change, options } satisfies WriteRequest);
    };
    worker.onmessage = (event: MessageEvent<WriteResponse>) => {
      const response = event.data;
      if (response.id !== id) return;
      // Interruptible: keystrokes that arrive while the changed pieces render go first.
      startTransition(() =>
        setResult(
          'markdown' in response
            ? { markdown: response.markdown, pieces: response.pieces }
            : { error: response.error },
        ),
      );
      busy = false;
      if (waiting) {
        waiting = false;
        send();
      }
    };
    send();
    const unsubscribe = live.subscribe(send);
    return () => {
      unsubscribe();
      worker.onmessage = null;
    };
  }, [worker, live, options]);

  // The fallback: the main thread, after the keystroke has been painted.
  const doc = useSyncExternalStore(workerFailed ? live.subscribe : noSubscription, live.get, live.get);
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
