/**
 * Turns raw loads into the benchmark's figures: per run, per page (medians over runs) and over all
 * pages. Pure, so the attribution rules below are easy to read and to test.
 *
 * Long tasks are attributed to the extension by time: the content script's synchronous stages each run
 * inside one task, so a long task in which a `sourcelight:<stage>` measure starts is ours (its length
 * includes whatever else that task ran: our stage glue, never page script, since the stages run from our
 * own timer and promise callbacks). The render stage is asynchronous (it awaits the sidebar's CSS), so a
 * long task merely overlapping it is counted as ours too: pessimistic, never flattering.
 *
 * The read and analyze stages run in the extension's background (entrypoints/content/background-analysis.ts:
 * Readability in the offscreen document, the engine in the service worker, each in a process of its own):
 * their measures are the wall time the page waited, during which the page's main thread was free. They
 * are reported, but not added to the page's total; the page's side of them (serialising the page and
 * sending it, which is the detect stage's first measure; sending the article, receiving the report)
 * starts in a task of ours and is counted there. A stage measured more than once in a load (detect:
 * serialising, then locating the container) counts for the sum.
 *
 * The early content script is the exception: it runs inside the page's own tasks (at document_start
 * inside the parser's task that creates <html>, at DOMContentLoaded inside the parser's last one, its
 * batches in animation frames), so such a task is mostly the page parsing or rendering, and would be
 * as long without the extension. It wraps all its synchronous work in `sourcelight:filters…` measures,
 * so in a task where only those start, ours is what they add up to.
 */
import type { StageName } from '../../entrypoints/content/timing';
import type { ExtensionLoad, PlainLoad } from './browser';
import type { Interval } from './probes';
import { median, range, spread } from './stats';

/** The stages in pipeline order (article detection = gate + detect + read). */
export const STAGES: StageName[] = ['gate', 'detect', 'read', 'hide', 'analyze', 'highlight', 'render'];
/** Stages that run off the page's main thread: shown, not summed into the page's total. */
export const OFF_THREAD_STAGES: ReadonlySet<StageName> = new Set(['read', 'analyze']);
/** A task longer than this blocks input noticeably (the Long Tasks API's own threshold). */
export const LONG_TASK_MS = 50;

/** One page, one run: the load with the extension and the load without it, side by side. */
export interface RunSample {
  /** ms per stage; NaN for a stage that did not run. */
  stages: Record<StageName, number>;
  /** Other `sourcelight:*` measures (work outside the pipeline, e.g. an early content script), ms. */
  other: number;
  /** The same by measure name (`filters`, `filters-dcl`, `filters-batch`…), ms. */
  otherByName: Record<string, number>;
  /** Sum of the page's stages (not the off-thread ones) and the other measures, ms. */
  total: number;
  /** First stage start to last stage end, ms (includes the yields between stages). */
  wall: number;
  /** Readability alone (clone + parse) in the load without the extension, ms. */
  readability: number;
  /** total ÷ readability, from the same run. */
  ratio: number;
  /** The longest long task attributed to the extension (0 when none reached 50 ms), ms. */
  longestTask: number;
  /** The stages (and other measures) inside that task. */
  longestTaskStages: string[];
  /** Every long task attributed to the extension, with its stages (`filters` and other measures included). */
  ownTasks: Array<{ duration: number; whole: number; stages: string[] }>;
  /** The extension's last hiding write, relative to DOMContentLoaded's end, ms (negative: before it); NaN when none. */
  dclToHidden: number;
  /** Blocks hidden in the end; of them, those already in the HTML at DOMContentLoaded; of those, the ones hidden by then. */
  hidden: number;
  hiddenInHtml: number;
  hiddenByDcl: number;
  /** Heap in use after GC with the extension minus without it, bytes. */
  extraHeap: number;
  /** 1 when the background could not read and Readability ran in the page instead (the fallback), else 0. */
  readInPage: number;
  status: string | null;
  sources: number | null;
  quotes: number | null;
}

/** Measures of the early content script (see the header). */
const EARLY_MEASURE = /^filters/;

/**
 * The long tasks attributed to the extension, each with the stages it ran. A task in which only the
 * early script's measures start counts for their sum (`whole`: the task's own length), and only if
 * that sum is itself a long task.
 */
export function ownLongTasks(probe: ExtensionLoad['probe']): Array<Interval & { stages: string[]; whole: number }> {
  const end = (i: Interval) => i.start + i.duration;
  return probe.longTasks
    .map((task) => {
      const inside = probe.measures.filter((m) => (m.name === 'render'
        ? m.start < end(task) && end(m) > task.start
        : m.start >= task.start - 1 && m.start <= end(task)));
      const early = inside.length > 0 && inside.every((m) => EARLY_MEASURE.test(m.name));
      const duration = early ? Math.min(task.duration, inside.reduce((sum, m) => sum + m.duration, 0)) : task.duration;
      return { start: task.start, duration, whole: task.duration, stages: inside.map((m) => m.name) };
    })
    .filter((task) => task.stages.length > 0 && task.duration >= LONG_TASK_MS);
}

/** Pairs one load with the extension and one without into a run sample. */
export function toRunSample(ext: ExtensionLoad, plain: PlainLoad): RunSample {
  const { probe } = ext;
  const stages = Object.fromEntries(STAGES.map((s) => [s, NaN])) as Record<StageName, number>;
  let other = 0;
  const otherByName: Record<string, number> = {};
  for (const m of probe.measures) {
    if (m.name in stages) stages[m.name as StageName] = (Number.isNaN(stages[m.name as StageName]) ? 0 : stages[m.name as StageName]) + m.duration;
    else (other += m.duration, otherByName[m.name] = (otherByName[m.name] ?? 0) + m.duration);
  }
  const total = STAGES.reduce((sum, s) => sum + (Number.isFinite(stages[s]) && !OFF_THREAD_STAGES.has(s) ? stages[s] : 0), other);
  const starts = probe.measures.map((m) => m.start);
  const ends = probe.measures.map((m) => m.start + m.duration);
  const own = ownLongTasks(probe).sort((a, b) => b.duration - a.duration);
  const longest = own[0];
  const dcl = probe.domContentLoadedEnd;
  return {
    stages, other, otherByName, total, wall: starts.length ? Math.max(...ends) - Math.min(...starts) : NaN,
    readability: plain.readability.total, ratio: total / plain.readability.total,
    longestTask: longest?.duration ?? 0, longestTaskStages: longest?.stages ?? [],
    ownTasks: own.map((t) => ({ duration: t.duration, whole: t.whole, stages: t.stages })),
    dclToHidden: probe.writes.length ? Math.max(...probe.writes) - dcl : NaN,
    hidden: probe.hidden, hiddenInHtml: probe.hiddenInHtml, hiddenByDcl: probe.hiddenByDcl,
    extraHeap: ext.heapBytes - plain.heapBytes,
    readInPage: probe.readInPage ? 1 : 0,
    status: ext.state.status, sources: ext.state.sources, quotes: ext.state.quotes,
  };
}

/** One page over all runs. */
export interface PageSummary {
  page: string;
  runs: RunSample[];
  /** Medians over the runs (stages, total, readability, ratio, dclToHidden, extraHeap, longestTask). */
  median: Record<StageName | 'other' | 'total' | 'wall' | 'readability' | 'ratio' | 'longestTask' | 'dclToHidden' | 'extraHeap', number>;
  /** The longest task of ours in any run, with its stages. */
  worstTask: { duration: number; stages: string[] };
  /** (max − min) ÷ median over the runs, for the total and for Readability. */
  spread: { total: number; readability: number };
}

/** Summarises one page's runs. */
export function summarisePage(page: string, runs: RunSample[]): PageSummary {
  const of = (pick: (r: RunSample) => number) => median(runs.map(pick));
  const stageMedians = Object.fromEntries(STAGES.map((s) => [s, of((r) => r.stages[s])])) as Record<StageName, number>;
  const worst = [...runs].sort((a, b) => b.longestTask - a.longestTask)[0];
  return {
    page, runs,
    median: {
      ...stageMedians, other: of((r) => r.other), total: of((r) => r.total), wall: of((r) => r.wall), readability: of((r) => r.readability),
      ratio: of((r) => r.ratio), longestTask: of((r) => r.longestTask), dclToHidden: of((r) => r.dclToHidden),
      extraHeap: of((r) => r.extraHeap),
    },
    worstTask: { duration: worst?.longestTask ?? 0, stages: worst?.longestTaskStages ?? [] },
    spread: { total: spread(runs.map((r) => r.total)), readability: spread(runs.map((r) => r.readability)) },
  };
}

/** The headline figures over all pages. */
export interface BenchSummary {
  /** Median over pages of each page's median ratio, and the worst page's. */
  ratioMedian: number;
  ratioWorst: { page: string; ratio: number };
  totalMedian: number;
  readabilityMedian: number;
  /** Longest task of ours on any page (median over runs, and worst single run). */
  longestTaskMedianWorst: { page: string; duration: number };
  longestTaskEver: { page: string; duration: number; stages: string[] };
  pagesWithTaskOver50: string[];
  dclToHiddenMedian: number;
  dclToHiddenRange: [number, number];
  /** Over all pages and runs: blocks in the HTML that were hidden by DOMContentLoaded, and all such blocks. */
  hiddenByDcl: number;
  hiddenInHtml: number;
  extraHeapMedian: number;
  /** Loads where the background read the article, where Readability ran in the page instead (the fallback), of all loads. */
  readAway: number;
  readInPage: number;
  loads: number;
  /** With `--profile`: the extension's CPU time (profiled load) ÷ Readability alone (page median). */
  cpuRatio: { median: number; worst: { page: string; ratio: number } } | null;
}

/** Summarises all pages; `cpuMs` is the profiled pass's CPU time per page, when there was one. */
export function summariseAll(pages: PageSummary[], cpuMs?: Record<string, number>): BenchSummary {
  const worstBy = (pick: (p: PageSummary) => number) => [...pages].sort((a, b) => pick(b) - pick(a))[0]!;
  const worstRatio = worstBy((p) => p.median.ratio);
  const worstTaskPage = worstBy((p) => p.median.longestTask);
  const everPage = worstBy((p) => p.worstTask.duration);
  return {
    ratioMedian: median(pages.map((p) => p.median.ratio)),
    ratioWorst: { page: worstRatio.page, ratio: worstRatio.median.ratio },
    totalMedian: median(pages.map((p) => p.median.total)),
    readabilityMedian: median(pages.map((p) => p.median.readability)),
    longestTaskMedianWorst: { page: worstTaskPage.page, duration: worstTaskPage.median.longestTask },
    longestTaskEver: { page: everPage.page, ...everPage.worstTask },
    pagesWithTaskOver50: pages.filter((p) => p.median.longestTask > LONG_TASK_MS).map((p) => p.page),
    dclToHiddenMedian: median(pages.map((p) => p.median.dclToHidden)),
    dclToHiddenRange: range(pages.map((p) => p.median.dclToHidden)),
    hiddenByDcl: pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.hiddenByDcl, 0), 0),
    hiddenInHtml: pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.hiddenInHtml, 0), 0),
    extraHeapMedian: median(pages.map((p) => p.median.extraHeap)),
    readAway: pages.reduce((n, p) => n + p.runs.filter((r) => Number.isFinite(r.stages.read) && !r.readInPage).length, 0),
    readInPage: pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.readInPage, 0), 0),
    loads: pages.reduce((n, p) => n + p.runs.length, 0),
    cpuRatio: cpuMs ? cpuRatios(pages, cpuMs) : null,
  };
}

function cpuRatios(pages: PageSummary[], cpuMs: Record<string, number>): NonNullable<BenchSummary['cpuRatio']> {
  const ratios = pages
    .filter((p) => cpuMs[p.page] !== undefined)
    .map((p) => ({ page: p.page, ratio: cpuMs[p.page]! / p.median.readability }));
  const worst = [...ratios].sort((a, b) => b.ratio - a.ratio)[0] ?? { page: '–', ratio: NaN };
  return { median: median(ratios.map((r) => r.ratio)), worst };
}
