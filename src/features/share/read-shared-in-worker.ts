import { limits } from '../../core';
import { runInWorker } from '../../lib/run-in-worker';
import type { OpenedShare } from './open-shared';

const startWorker = () => new Worker(new URL('./share-worker.ts', import.meta.url), { type: 'module' });

/**
 * Opens a share link's data in a worker within the parse budget; where there are no workers (unit tests), on the
 * main thread. Too slow, or a worker that does not load, comes back as a reason to show.
 */
export async function readSharedInWorker(data: string, signal?: AbortSignal): Promise<OpenedShare> {
  if (typeof Worker === 'undefined') {
    const { openShared } = await import('./open-shared');
    return openShared(data);
  }
  const run = await runInWorker<string, OpenedShare>(startWorker, data, limits.parseBudgetMs, signal);
  if (run.status === 'done') return run.value;
  if (run.status === 'timeout') {
    return {
      ok: false,
      reason: `Opening this share link took longer than ${limits.parseBudgetMs / 1000} seconds, so it was stopped. It may have been made to be slow to read; ask for the Markdown file instead.`,
    };
  }
  return {
    ok: false,
    reason: `The part of Specwright that opens share links could not be loaded (${run.message}); you may be offline, or the app was updated. Reload the page when you are online.`,
  };
}
