/**
 * User Timing for the early ad hiding, read by `npm run bench` and `npm run eval:ads` from the page
 * (the performance timeline is the document's, so marks made in the content script's world are seen):
 * - the marks `sourcelight:filters:start` → `sourcelight:filters:ready`: from document_start to the
 *   rules applied (a latency);
 * - a measure `sourcelight:filters…` around every piece of synchronous work (document_start, the class/id
 *   table arriving, DOMContentLoaded, each batch of added elements): the early script's main-thread
 *   cost, which the benchmark adds up. The early script runs inside the parser's own tasks, so these
 *   measures, not the length of those tasks, say what it costs.
 * A page that replaced `performance` loses only the timing.
 */

/** A performance mark. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // timing only
  }
}

/** How many `timed` calls are running: a nested one is inside its caller's measure already. */
let depth = 0;

/** Runs `work` and records its main-thread time as the measure `sourcelight:<name>` (unless nested). */
export function timed<T>(name: string, work: () => T): T {
  const start = performance.now();
  depth++;
  try {
    return work();
  } finally {
    depth--;
    try {
      if (depth === 0) performance.measure(`sourcelight:${name}`, { start, end: performance.now() });
    } catch {
      // timing only
    }
  }
}
