// A Chromium trace of the page's main thread while something runs, summarised as DevTools does: self time by
// activity (scripting, style, layout, paint, GC) and the longest task, also under the Long Tasks API's 50 ms.

const categories = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8',
  'blink.user_timing',
];

const buckets = [
  ['style', /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|ScheduleStyleRecalculation)$/],
  [
    'layout',
    /^(Layout|UpdateLayout|InvalidateLayout|HitTest|IntersectionObserverController::computeIntersections)$/,
  ],
  [
    'paint',
    /^(PrePaint|Paint|Layerize|UpdateLayer|UpdateLayerTree|Commit|CompositeLayers|PaintImage|RasterTask)$/,
  ],
  ['gc', /GC|Garbage|BlinkGC/],
  [
    'scripting',
    /^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|RunMicrotasks|EvaluateScript|v8\.|V8\.|XHR|ParseHTML)/,
  ],
];

/** Runs `work` while tracing; returns the summary of the busiest renderer main thread. */
export async function traceWhile(browser, page, work) {
  await browser.startTracing(page, { categories });
  let buffer;
  try {
    await work();
  } finally {
    buffer = await browser.stopTracing();
  }
  return summarise(JSON.parse(buffer.toString('utf8')));
}

function summarise(trace) {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const mainThreads = new Set(
    events
      .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const byThread = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mainThreads.has(key) || e.ph !== 'X' || typeof e.dur !== 'number') continue;
    if (!byThread.has(key)) byThread.set(key, []);
    byThread.get(key).push(e);
  }
  // The page's main thread: the renderer main thread that was busiest.
  let main = [];
  for (const list of byThread.values()) {
    if (
      list.filter(isTask).reduce((sum, e) => sum + e.dur, 0) >
      main.filter(isTask).reduce((sum, e) => sum + e.dur, 0)
    )
      main = list;
  }
  main.sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  // Self time per event name, by nesting.
  const self = new Map();
  const stack = [];
  const topLevel = [];
  for (const e of main) {
    while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) parent.childTime = (parent.childTime ?? 0) + e.dur;
    else topLevel.push(e);
    stack.push(e);
  }
  for (const e of main) self.set(e.name, (self.get(e.name) ?? 0) + e.dur - (e.childTime ?? 0));
  const activity = { scripting: 0, style: 0, layout: 0, paint: 0, gc: 0, other: 0 };
  for (const [name, us] of self) {
    const bucket = buckets.find(([, re]) => re.test(name))?.[0] ?? 'other';
    activity[bucket] += us / 1000;
  }
  // Tasks: the outermost events (a task's own event may nest inside another task event of the same run loop).
  const tasks = topLevel;
  const mainBusy = tasks.reduce((sum, e) => sum + e.dur, 0);
  const longest = tasks.reduce((max, e) => Math.max(max, e.dur), 0) / 1000;
  const round = (v) => Math.round(v * 10) / 10;
  return {
    busyMs: round(mainBusy / 1000),
    longestTaskMs: round(longest),
    tasksOver50Ms: tasks.filter((e) => e.dur > 50_000).length,
    activityMs: Object.fromEntries(Object.entries(activity).map(([k, v]) => [k, round(v)])),
    topEvents: [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, us]) => ({ name, ms: round(us / 1000) })),
  };
}

function isTask(e) {
  return e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask';
}
