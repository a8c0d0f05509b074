/**
 * The benchmark's output: the printed tables, the JSON written for later comparison, and
 * `--compare old.json`, which prints new ÷ old for the headline figures and each page's total.
 */
import { readFileSync } from 'node:fs';
import type { BundleSizes } from './bundle';
import type { EngineResult } from './engine';
import type { ProfileResult } from './pages';
import type { TargetCheck } from './targets';
import { LONG_TASK_MS, STAGES, type BenchSummary, type PageSummary } from './summary';
import { fmt, median, table } from './stats';

/** Everything one `npm run bench` measured; written as JSON. */
export interface BenchResult {
  meta: {
    sha: string; dirty: boolean; date: string; chromium: string; node: string; runs: number; cpus: number;
    loadAverage: number[]; extension: string;
  };
  /** Null for the engine alone. */
  bundle: BundleSizes | null;
  pages: PageSummary[];
  summary: BenchSummary | null;
  profile: ProfileResult | null;
  engine: EngineResult | null;
  targets: TargetCheck[];
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const pct = (x: number) => (Number.isFinite(x) ? `${Math.round(x * 100)}%` : '–');

/** The per-page table: medians over the runs, then the median and worst over pages. */
export function formatPages(pages: PageSummary[], summary: BenchSummary): string {
  const head = ['page', ...STAGES, 'other', 'total', 'Readab.', 'ratio', 'spread', 'task', 'DCL→hid', '@DCL', 'heap+'];
  const rows = pages.map((p) => {
    const last = p.runs.at(-1);
    return [
      p.page, ...STAGES.map((s) => fmt(p.median[s])), fmt(p.median.other), fmt(p.median.total), fmt(p.median.readability),
      `${p.median.ratio.toFixed(2)}×`, `${pct(p.spread.total)}/${pct(p.spread.readability)}`, fmt(p.median.longestTask),
      fmt(p.median.dclToHidden), last ? `${last.hiddenByDcl}/${last.hiddenInHtml}/${last.hidden}` : '–', mb(p.median.extraHeap),
    ];
  });
  const over = (pick: (p: PageSummary) => number, agg: (xs: number[]) => number) => fmt(agg(pages.map(pick)));
  const max = (xs: number[]) => Math.max(...xs.filter(Number.isFinite));
  const aggregate = (label: string, agg: (xs: number[]) => number) => [
    label, ...STAGES.map((s) => over((p) => p.median[s], agg)), over((p) => p.median.other, agg), over((p) => p.median.total, agg),
    over((p) => p.median.readability, agg), `${agg(pages.map((p) => p.median.ratio)).toFixed(2)}×`, '',
    over((p) => p.median.longestTask, agg), over((p) => p.median.dclToHidden, agg), '', mb(agg(pages.map((p) => p.median.extraHeap))),
  ];
  const s = summary;
  return [
    'Per page, median of the runs (ms). total = sum of the stages on the page\'s main thread (analyze runs in the '
      + 'background: its column is the wall time the page waited, not in total); Readab. = Readability alone (clone + parse) in a '
      + 'browser without the extension; ratio = total ÷ Readab. per run, median; spread = (max−min)/median of total/Readab.; '
      + 'task = longest long task of ours; DCL→hid = last hiding write minus DOMContentLoaded end; '
      + '@DCL = blocks hidden by DCL / hidden blocks already in the HTML at DCL / all hidden blocks (last run); '
      + 'heap+ = heap with − without the extension.',
    table([head, ...rows, aggregate('MEDIAN of pages', median), aggregate('WORST page', max)]),
    '',
    `pipeline ÷ Readability alone: median ${s.ratioMedian.toFixed(2)}× (target ≤ 1.3×), worst ${s.ratioWorst.ratio.toFixed(2)}× `
      + `on ${s.ratioWorst.page} (target ≤ 2×)`,
    `longest task of ours: ${fmt(s.longestTaskMedianWorst.duration)} ms median on the worst page (${s.longestTaskMedianWorst.page}); `
      + `${fmt(s.longestTaskEver.duration)} ms in the worst run (${s.longestTaskEver.page}, stages ${s.longestTaskEver.stages.join('+') || '–'}); `
      + `pages over ${LONG_TASK_MS} ms: ${s.pagesWithTaskOver50.length ? s.pagesWithTaskOver50.join(', ') : 'none'}`,
    `ads hidden: last hiding write ${fmt(s.dclToHiddenMedian)} ms after DOMContentLoaded (median; pages ${fmt(s.dclToHiddenRange[0])} to `
      + `${fmt(s.dclToHiddenRange[1])}); blocks present in the HTML hidden by DOMContentLoaded: ${s.hiddenByDcl} of ${s.hiddenInHtml} (all runs)`,
    `extension heap after the pipeline (with − without, after GC): median ${mb(s.extraHeapMedian)}`,
    `article read in the background (off the page's thread) in ${s.readAway} of ${s.loads} loads; `
      + `in the page (fallback) in ${s.readInPage}${s.readAway + s.readInPage === 0 ? ' (a build without the background read)' : ''}`,
    ...(s.cpuRatio ? [`extension CPU (profiled) ÷ Readability alone: median ${s.cpuRatio.median.toFixed(2)}×, `
      + `worst ${s.cpuRatio.worst.ratio.toFixed(2)}× on ${s.cpuRatio.worst.page}`] : []),
  ].join('\n');
}

/** The profiled pass: CPU per page against Readability alone, and the hottest functions. */
export function formatProfile(profile: ProfileResult, pages: PageSummary[]): string {
  const rows = [['page', 'extension CPU', 'Readab.', 'CPU ÷ Readab.']];
  for (const p of pages) {
    const cpu = profile.cpuMs[p.page];
    if (cpu !== undefined) rows.push([p.page, fmt(cpu), fmt(p.median.readability), `${(cpu / p.median.readability).toFixed(2)}×`]);
  }
  return [
    'Profiled pass (one load per page): main-thread CPU in extension code (script start-up, settings, every stage, '
      + 'the sidebar; not the waits), ms:',
    table(rows), '', 'extension functions by self time, all pages (.output/bench/profiles/*.cpuprofile):',
    table([['function', 'script', 'ms', 'share'],
      ...profile.hot.map((f) => [f.name, f.where, fmt(f.selfMs), `${(f.share * 100).toFixed(1)}%`])]),
  ].join('\n');
}

/** The bundle sizes as lines. */
export function formatBundle(bundle: BundleSizes): string {
  const line = (f: { file: string; bytes: number; gzipBytes: number }) => `  ${f.file}: ${kb(f.bytes)} minified, ${kb(f.gzipBytes)} gzip`;
  return [`bundle (${bundle.dir}):`, ...bundle.contentScripts.map(line), line(bundle.contentTotal),
    ...bundle.css.map(line), ...(bundle.data ?? []).map((f) => `  ${f.file}: ${kb(f.bytes)} (data, fetched by the page's content script), ${kb(f.gzipBytes)} gzip`),
    ...(bundle.background ? [line(bundle.background)] : [])].join('\n');
}

/** Reads an earlier result. */
export function readResult(file: string): BenchResult {
  return JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
}

/** new ÷ old for the headline figures and each page's total, as a table. */
export function formatComparison(now: BenchResult, old: BenchResult): string {
  const ratio = (a: number | undefined, b: number | undefined) =>
    a != null && b != null && Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? `${(a / b).toFixed(2)}×` : '–';
  const rows: string[][] = [['figure', 'old', 'new', 'new ÷ old']];
  const add = (name: string, a: number | undefined, b: number | undefined) =>
    rows.push([name, fmt(b ?? NaN), fmt(a ?? NaN), ratio(a, b)]);
  add('ratio to Readability, median', now.summary?.ratioMedian, old.summary?.ratioMedian);
  add('ratio to Readability, worst', now.summary?.ratioWorst.ratio, old.summary?.ratioWorst.ratio);
  add('CPU ratio to Readability, median', now.summary?.cpuRatio?.median, old.summary?.cpuRatio?.median);
  add('pipeline total ms, median', now.summary?.totalMedian, old.summary?.totalMedian);
  add('Readability ms, median', now.summary?.readabilityMedian, old.summary?.readabilityMedian);
  add('longest task ms, worst page', now.summary?.longestTaskMedianWorst.duration, old.summary?.longestTaskMedianWorst.duration);
  const kbOf = (r: BenchResult) => (r.bundle ? r.bundle.contentTotal.bytes / 1024 : undefined);
  add('content scripts KB', kbOf(now), kbOf(old));
  add('engine ms / 1k words', now.engine?.msPer1kWords, old.engine?.msPer1kWords);
  add('engine 50k ÷ 5k', now.engine?.growth50kOver5k, old.engine?.growth50kOver5k);
  for (const page of now.pages) {
    const before = old.pages.find((p) => p.page === page.page);
    if (before) add(`${page.page} total ms`, page.median.total, before.median.total);
  }
  return [`compared with ${old.meta.sha}${old.meta.dirty ? '+dirty' : ''} (${old.meta.date})`, table(rows)].join('\n');
}
