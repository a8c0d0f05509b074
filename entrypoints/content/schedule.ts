/**
 * When the content script's work runs, so the page stays responsive. Each pipeline stage is
 * synchronous and runs as one task; between stages the pipeline hands the main thread back to the page
 * (`yieldToPage`), so input and paint wait at most one stage, and the longest task we cause is our
 * longest stage (`npm run bench` reports it from the Long Tasks API).
 */

/** The Prioritized Task Scheduling API's `scheduler.yield()` (Chromium 129+, Firefox 142+), when present. */
interface YieldingScheduler {
  yield(): Promise<void>;
}

function nativeScheduler(): YieldingScheduler | null {
  const scheduler = (globalThis as { scheduler?: Partial<YieldingScheduler> }).scheduler;
  return scheduler && typeof scheduler.yield === 'function' ? (scheduler as YieldingScheduler) : null;
}

/** Resolves in a new task: after the input, paint and tasks already waiting. */
function nextTimerTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * Gives the main thread back to the page and resumes in a new task. Uses `scheduler.yield()` where the
 * browser has it: the page still handles input and paints in between, but our continuation goes ahead of
 * other queued timers, so yielding does not make the sidebar wait behind a busy page's own work.
 * Falls back to a zero-delay timer. Never rejects.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = nativeScheduler();
  if (!scheduler) return nextTimerTask();
  try {
    return scheduler.yield().catch(nextTimerTask);
  } catch {
    return nextTimerTask();
  }
}
