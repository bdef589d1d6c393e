// Typing: for each key press in a field, the delay to the next frame (Event Timing, with a requestAnimationFrame
// measure for presses under Event Timing's 16 ms threshold), and to the preview showing the change.

const marker = 'Zqxbench';
/** Letters only: no Markdown syntax, nothing a writer trims or escapes. */
const alphabet = 'thequickbrownfoxjumpsoverthelazydog';

/**
 * How the benchmark types: bursts of `word` letters `gapMs` apart, then a pause of `pauseMs`, about 100 words a
 * minute. Pauses matter: an editor that publishes after a quiet period updates its preview only in them.
 */
export const typingPattern = { gapMs: 60, word: 5, pauseMs: 300 };

/**
 * The same, with a longer pause after every `sentence` words: long enough for work that waits for a pause in typing
 * (the spec checks wait 400 ms) to run, so that the next key press can meet it.
 */
export const thinkingPattern = { ...typingPattern, sentence: 3, sentencePauseMs: 900 };

async function typeWithPattern(page, text, deadline = Number.POSITIVE_INFINITY, pattern = typingPattern) {
  for (let i = 0; i < text.length && Date.now() < deadline; i++) {
    await page.keyboard.press(text[i]);
    const wordEnds = (i + 1) % pattern.word === 0;
    const sentenceEnds = pattern.sentence && (i + 1) % (pattern.word * pattern.sentence) === 0;
    await page.waitForTimeout(
      sentenceEnds ? pattern.sentencePauseMs : wordEnds ? pattern.pauseMs : pattern.gapMs,
    );
  }
}

/**
 * Types `keys` letters at the end of `field` (a Locator) and measures each press. `previewRegion` is a Locator of
 * the Preview region or undefined. Returns per-press figures and the long tasks seen while typing.
 */
export async function measureTyping(
  page,
  field,
  previewRegion,
  { keys = 200, warmup = 10, maxSeconds = 120, pattern = typingPattern } = {},
) {
  await field.scrollIntoViewIfNeeded();
  await field.click();
  // The end of the value, not of the line: End in a wrapping box stops at the end of the visual line, and the typed
  // letters then went into the middle of the text (so the check that every key arrived failed).
  await page.keyboard.press('Control+End');
  const typed = Array.from({ length: warmup + keys }, (_, i) => alphabet[i % alphabet.length]).join('');
  const regionHandle =
    previewRegion && (await previewRegion.count()) > 0 ? await previewRegion.elementHandle() : null;
  await page.evaluate(install, { region: regionHandle, marker, typed });

  // The marker, unmeasured: it makes the typed text findable in the preview.
  await page.keyboard.type(marker, { delay: typingPattern.gapMs });
  let previewSeen = false;
  if (regionHandle) {
    previewSeen = await page
      .waitForFunction(() => window.__benchTyping.markerSeen, null, { timeout: 10_000 })
      .then(() => true)
      .catch(() => false);
  }
  await page.evaluate(() => {
    window.__benchTyping.armed = true;
  });
  // A cap keeps the whole benchmark within minutes when every press takes a second (the result says so).
  await typeWithPattern(page, typed, Date.now() + maxSeconds * 1000, pattern);
  // Let the last frames and preview updates land.
  await page
    .waitForFunction(
      () => {
        const s = window.__benchTyping;
        return s.keys.every((k) => k.frame !== null && (!s.previewOn || k.preview !== null));
      },
      null,
      { timeout: 15_000 },
    )
    .catch(() => {});
  await page.waitForTimeout(200);
  const raw = await page.evaluate(collect);
  const measured = raw.keys.slice(warmup);
  const value = await field.inputValue().catch(() => '');
  const pressed = raw.keys.length;
  return {
    presses: measured.length,
    nextFrame: measured.map((k) => k.nextFrame),
    rafFrame: measured.map((k) => k.rafFrame),
    eventTimingEntries: measured.filter((k) => k.fromEventTiming).length,
    preview: previewSeen ? measured.map((k) => k.preview) : null,
    previewNa: regionHandle
      ? previewSeen
        ? undefined
        : 'typed text never appeared in the Preview region'
      : 'no region named "Preview"',
    longestTask: raw.longestTask,
    longTasks: raw.longTaskCount,
    fieldEndsWithTyped: value.endsWith(typed.slice(0, pressed)),
    cappedAfterSeconds: pressed < typed.length ? maxSeconds : undefined,
  };
}

// --- In the page ------------------------------------------------------------------------------------------------

function install({ region, marker, typed }) {
  const state = {
    armed: false,
    keys: [],
    events: [],
    longTasks: [],
    markerSeen: false,
    previewOn: Boolean(region),
    start: performance.now(),
  };
  window.__benchTyping = state;
  addEventListener(
    'keydown',
    (event) => {
      if (!state.armed || event.key.length !== 1) return;
      const key = { ts: event.timeStamp, n: state.keys.length + 1, frame: null, preview: null };
      state.keys.push(key);
      requestAnimationFrame(() =>
        setTimeout(() => {
          key.frame = performance.now() - key.ts;
        }, 0),
      );
    },
    { capture: true },
  );
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        state.events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  if (!region) return;

  // How many of the typed letters a text shows after the marker.
  const shown = (text) => {
    const at = text.indexOf(marker);
    if (at < 0) return -1;
    let n = 0;
    const from = at + marker.length;
    while (n < typed.length && text.charCodeAt(from + n) === typed.charCodeAt(n)) n++;
    return n;
  };
  let resolvedUpTo = 0;
  const observer = new MutationObserver((records) => {
    let best = -1;
    for (const record of records) {
      const node = record.target;
      const text = node.nodeType === Node.TEXT_NODE ? node.data : node.textContent;
      if (text) best = Math.max(best, shown(text));
    }
    if (best < 0) return;
    state.markerSeen = true;
    if (!state.armed) return;
    const now = performance.now();
    const due = state.keys.filter((k) => k.n > resolvedUpTo && k.n <= best);
    if (due.length === 0) return;
    resolvedUpTo = Math.max(resolvedUpTo, best);
    // "Showing" the change: the frame after the preview's DOM changed.
    requestAnimationFrame(() =>
      setTimeout(() => {
        const painted = performance.now();
        for (const k of due) {
          k.previewCommit = now - k.ts;
          k.preview = painted - k.ts;
        }
      }, 0),
    );
  });
  observer.observe(region, { subtree: true, childList: true, characterData: true });
}

function collect() {
  const s = window.__benchTyping;
  const keys = s.keys.map((k, i) => {
    const next = s.keys[i + 1]?.ts ?? Number.POSITIVE_INFINITY;
    // Event Timing's duration of the interaction this press started (keydown, keypress, input, keyup...).
    const entries = s.events.filter((e) => e.start >= k.ts - 0.5 && e.start < next - 0.5);
    const eventTiming = entries.length ? Math.max(...entries.map((e) => e.duration)) : null;
    // No entry: Event Timing saw this interaction under its 16 ms threshold; the rAF measure (which also counts the
    // task after the frame) stands in, capped at that threshold.
    return {
      nextFrame: eventTiming ?? (k.frame === null ? null : Math.min(k.frame, 16)),
      fromEventTiming: eventTiming !== null,
      rafFrame: k.frame,
      preview: k.preview,
    };
  });
  const first = s.keys[0]?.ts ?? s.start;
  // Only tasks that start while measured typing goes on: opening the editor and the warm-up presses are not typing.
  const tasks = s.longTasks.filter((t) => t.start >= first);
  return {
    keys,
    longestTask: tasks.length ? Math.max(...tasks.map((t) => t.duration)) : null,
    longTaskCount: tasks.length,
  };
}

/** Presses `count` letters into the focused field as the benchmark types (unmeasured typing, for a profile). */
export async function typeLetters(page, count) {
  const text = Array.from({ length: count }, (_, i) => alphabet[i % alphabet.length]).join('');
  await typeWithPattern(page, text);
}
