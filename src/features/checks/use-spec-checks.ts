import { useEffect, useState } from 'react';
import type { SpecFinding } from '../../core/checks/spec-finding';
import { afterFirstPaint } from '../../lib/after-first-paint';
import type { LiveDocument } from '../../lib/live-document';
import type { ChecksRunner } from './checks-runner';

/** How long typing must pause before the checks run again. */
export const checksPauseMs = 400;

export interface SpecChecksState {
  /** The findings of the latest document checked; undefined before the first check. */
  findings?: SpecFinding[];
  error?: string;
}

type Idle = (callback: () => void, options?: { timeout: number }) => number;

/**
 * The findings of the live document, kept up to date off the input path: a change only restarts a timer; after a
 * pause in typing (and when the browser is idle) the document is checked by `runner`, one check at a time, the
 * latest change waiting.
 */
export function useSpecChecks(live: LiveDocument, ears: boolean, runner: ChecksRunner): SpecChecksState {
  const [state, setState] = useState<SpecChecksState>({});
  useEffect(() => {
    let alive = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let busy = false;
    let again = false;
    let shown: string | undefined;
    const run = async () => {
      if (busy) {
        again = true;
        return;
      }
      busy = true;
      try {
        const findings = await runner.check(live.get(), ears);
        // Most pauses change no finding: keep the same state then, so the region does not render again.
        const signature = findings.map((f) => `${f.key}\u0000${f.path}\u0000${f.message}`).join('\u0001');
        if (alive && signature !== shown) {
          shown = signature;
          setState({ findings });
        }
      } catch (error) {
        shown = undefined;
        if (alive) setState((previous) => ({ ...previous, error: String(error) }));
      } finally {
        busy = false;
        if (again && alive) {
          again = false;
          schedule();
        }
      }
    };
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const idle = (globalThis as { requestIdleCallback?: Idle }).requestIdleCallback;
        if (idle) idle(() => void run(), { timeout: 1000 });
        else void run();
      }, checksPauseMs);
    };
    // The first check does not wait for a pause (there is no typing yet), only for the form to be drawn.
    const cancelFirst = afterFirstPaint(() => void run());
    const unsubscribe = live.subscribe(schedule);
    return () => {
      alive = false;
      cancelFirst();
      clearTimeout(timer);
      unsubscribe();
    };
  }, [live, ears, runner]);
  return state;
}
