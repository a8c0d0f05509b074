/**
 * What the benchmark reads inside a page (main world), all from public web APIs:
 * - the content scripts' User Timing measures `sourcelight:<stage>` (the performance timeline is the
 *   document's, so measures made in the extension's isolated world are visible here), and work timed
 *   with a pair of marks only (`sourcelight:filters:start` → `sourcelight:filters:ready`, read only
 *   when no measure of that name exists: the early script now measures its own work, see
 *   utils/dom/filters-timing.ts, and older builds only marked that span);
 * - Long Tasks (PerformanceObserver, buffered) and navigation timing;
 * - when ads were hidden, and whether the blocks hidden in the end were already hidden at
 *   DOMContentLoaded (through the page-visible marks only: `data-sourcelight-hide` and the
 *   `<style data-sourcelight-style>` sheets);
 * - Readability alone, injected as a plain script into the main world of a load without the extension.
 * Scripts are strings: tsx would wrap named functions in a `__name` helper the page does not have.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * Installed before any page script runs, in every page of both browsers (main world, top frame). Keeps:
 * - long tasks;
 * - `writes`: times the extension wrote something that hides (an element got `data-sourcelight-hide`, or a
 *   `<style data-sourcelight-style>` was added or changed);
 * - `atDcl`: in the first task after DOMContentLoaded, whether each element was rendered then
 *   (`checkVisibility()`), so the end of the run can tell which of the blocks hidden in the end were
 *   already hidden at DOMContentLoaded.
 */
export const INIT_SCRIPT = `(() => {
  if (window.__sourcelightBench || window !== window.top) return;
  const bench = (window.__sourcelightBench = { longTasks: [], writes: [], atDcl: null, atDclTime: NaN });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const isOurStyle = (n) => n && n.nodeName === 'STYLE' && n.hasAttribute('data-sourcelight-style');
  new MutationObserver((records) => {
    for (const r of records) {
      const hides = r.type === 'attributes'
        ? r.oldValue === null && r.target.hasAttribute('data-sourcelight-hide')
        : isOurStyle(r.target) || isOurStyle(r.target.parentNode) || Array.from(r.addedNodes).some(isOurStyle);
      if (hides) { bench.writes.push(performance.now()); return; }
    }
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true,
    attributeOldValue: true, attributeFilter: ['data-sourcelight-hide'] });
  document.addEventListener('DOMContentLoaded', () => setTimeout(() => {
    bench.atDcl = new WeakMap();
    for (const el of document.body ? document.body.querySelectorAll('*') : []) bench.atDcl.set(el, el.checkVisibility());
    bench.atDclTime = performance.now();
  }, 0), { once: true });
})();`;

/** A span of main-thread time, in ms since the page's time origin. */
export interface Interval {
  start: number;
  duration: number;
}

/** What one load with the extension left in the page. */
export interface PageProbe {
  /** Every `sourcelight:*` measure (and mark pair), stage name without the prefix. */
  measures: Array<Interval & { name: string }>;
  longTasks: Interval[];
  /** Times the extension wrote something that hides ads (marker or hiding stylesheet). */
  writes: number[];
  domContentLoadedEnd: number;
  /** When the DOMContentLoaded snapshot was taken. */
  snapshotTime: number;
  /** Elements hidden by the extension now: marked, or matched by a display:none rule of its stylesheets. */
  hidden: number;
  /** Of those, the ones already in the page at DOMContentLoaded ("slots in the HTML")… */
  hiddenInHtml: number;
  /** …and the ones among them that were not rendered at DOMContentLoaded. */
  hiddenByDcl: number;
  /** How often the content script read the article in the page (`sourcelight:read-in-page`: the background could not). */
  readInPage: number;
}

/** Reads the probe's records and the measures from the page. */
export async function readProbe(page: Page): Promise<PageProbe> {
  return page.evaluate(`(() => {
    const bench = window.__sourcelightBench || { longTasks: [], writes: [], atDcl: null, atDclTime: NaN };
    const nav = performance.getEntriesByType('navigation')[0];
    const hidden = new Set(document.querySelectorAll('[data-sourcelight-hide]'));
    for (const style of document.querySelectorAll('style[data-sourcelight-style]')) {
      for (const rule of (style.sheet && style.sheet.cssRules) || []) {
        if (!rule.selectorText || rule.style.display !== 'none') continue;
        try { for (const el of document.querySelectorAll(rule.selectorText)) hidden.add(el); } catch (e) {}
      }
    }
    const inHtml = bench.atDcl ? [...hidden].filter((el) => bench.atDcl.has(el)) : [];
    const measures = performance.getEntriesByType('measure').filter((m) => m.name.startsWith('sourcelight:'))
      .map((m) => ({ name: m.name.slice('sourcelight:'.length), start: m.startTime, duration: m.duration }));
    // Work timed with marks only: sourcelight:<name>:start, then the next sourcelight:<name>:<anything>.
    const marks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('sourcelight:'));
    for (const start of marks.filter((m) => m.name.endsWith(':start'))) {
      const name = start.name.slice('sourcelight:'.length, -':start'.length);
      const end = marks.find((m) => m.name.startsWith('sourcelight:' + name + ':') && m !== start && m.startTime >= start.startTime);
      if (end && !measures.some((m) => m.name === name)) measures.push({ name, start: start.startTime, duration: end.startTime - start.startTime });
    }
    return {
      measures,
      longTasks: bench.longTasks, writes: bench.writes,
      domContentLoadedEnd: nav ? nav.domContentLoadedEventEnd : NaN, snapshotTime: bench.atDclTime,
      hidden: hidden.size, hiddenInHtml: inHtml.length, hiddenByDcl: inHtml.filter((el) => !bench.atDcl.get(el)).length,
      readInPage: performance.getEntriesByName('sourcelight:read-in-page').length,
    };
  })()`);
}

/** Readability 0.6's browser script, as the library ships it. */
export function readabilitySource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve('@mozilla/readability/Readability.js'), 'utf8');
}

/** Readability alone on one page: cloning the document and parsing the clone, in ms. */
export interface ReadabilityTiming {
  clone: number;
  parse: number;
  total: number;
}

/**
 * Injects Readability into the page's main world (a `<script>` through page.addScriptTag) and times
 * `new Readability(document.cloneNode(true)).parse()` once, as the content script runs it once.
 */
export async function timeReadability(page: Page, source: string): Promise<ReadabilityTiming> {
  await page.addScriptTag({ content: `${source}\nwindow.__sourcelightReadability = Readability;` });
  return page.evaluate(`(() => {
    const t0 = performance.now();
    const clone = document.cloneNode(true);
    const t1 = performance.now();
    const article = new window.__sourcelightReadability(clone).parse();
    const t2 = performance.now();
    if (!article) throw new Error('Readability found no article');
    return { clone: t1 - t0, parse: t2 - t1, total: t2 - t0 };
  })()`);
}
