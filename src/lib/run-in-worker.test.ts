import { afterEach, describe, expect, it, vi } from 'vitest';
import { runInWorker, type WorkerLike } from './run-in-worker';

/** A worker whose answer the test controls. */
function fakeWorker(behaviour: (worker: WorkerLike, request: unknown) => void) {
  const worker = {
    onmessage: null,
    onerror: null,
    terminate: vi.fn(),
    postMessage: vi.fn((request: unknown) => behaviour(worker, request)),
  } as unknown as WorkerLike & { terminate: ReturnType<typeof vi.fn> };
  return worker;
}

const answer = (worker: WorkerLike, data: unknown) =>
  worker.onmessage?.call(worker as Worker, new MessageEvent('message', { data }));

afterEach(() => vi.useRealTimers());

describe('runInWorker', () => {
  it('returns the answer and terminates the worker', async () => {
    const worker = fakeWorker((w, request) => queueMicrotask(() => answer(w, `echo ${request}`)));
    await expect(runInWorker(() => worker, 'hi', 1000)).resolves.toEqual({
      status: 'done',
      value: 'echo hi',
    });
    expect(worker.terminate).toHaveBeenCalledTimes(1);
  });

  it('terminates a worker that is still busy when the budget runs out, and ignores its late answer', async () => {
    vi.useFakeTimers();
    const worker = fakeWorker(() => {});
    const run = runInWorker(() => worker, 'slow', 10_000);
    await vi.advanceTimersByTimeAsync(9_999);
    expect(worker.terminate).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(run).resolves.toEqual({ status: 'timeout' });
    expect(worker.terminate).toHaveBeenCalledTimes(1);
    answer(worker, 'too late');
    expect(worker.terminate).toHaveBeenCalledTimes(1);
  });

  it('stops at once when cancelled', async () => {
    const worker = fakeWorker(() => {});
    const controller = new AbortController();
    const run = runInWorker(() => worker, 'x', 60_000, controller.signal);
    controller.abort();
    await expect(run).resolves.toEqual({ status: 'timeout' });
    expect(worker.terminate).toHaveBeenCalled();
  });

  it('reports a worker that cannot load or start', async () => {
    const broken = fakeWorker((w) =>
      queueMicrotask(() =>
        w.onerror?.call(w as Worker, Object.assign(new Event('error'), { message: '' }) as ErrorEvent),
      ),
    );
    await expect(runInWorker(() => broken, 'x', 1000)).resolves.toEqual({
      status: 'failed',
      message: 'the worker could not be loaded',
    });
    await expect(
      runInWorker(
        () => {
          throw new Error('no workers here');
        },
        'x',
        1000,
      ),
    ).resolves.toEqual({ status: 'failed', message: 'no workers here' });
  });
});
