/**
 * Runs `run` once the page has drawn what it has and has a moment (or half a second has passed): for work a page
 * needs soon but not for its first input (the preview's code and worker, the first spec check), so that it is
 * fetched and compiled after the form accepts input, never in its way. Returns a cancel function.
 */
export function afterFirstPaint(run: () => void, timeoutMs = 500): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 0);
  return () => clearTimeout(handle);
}
