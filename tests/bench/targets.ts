/**
 * Issue 6's targets, checked against one bench result: each with the figure measured and whether it
 * holds. Printed at the end of `npm run bench` and kept in the JSON; never asserted in a test (the
 * timings are the machine's, not the code's).
 */
import { CONTENT_SCRIPT_BUDGET_BYTES } from './bundle';
import type { BenchResult } from './report';
import { LONG_TASK_MS } from './summary';
import { table } from './stats';

/** Pipeline total ÷ Readability alone: median over pages, and the worst page. */
export const RATIO_MEDIAN_TARGET = 1.3;
export const RATIO_WORST_TARGET = 2;
/** 10× the words may cost at most this many times more ("near-linear"). */
export const GROWTH_TARGET = 12;

/** One target's verdict. */
export interface TargetCheck {
  target: string;
  measured: string;
  holds: boolean;
}

/** Checks every target the result has figures for. */
export function checkTargets(result: BenchResult): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const { summary, engine, bundle } = result;
  if (summary) {
    checks.push({ target: `pipeline ≤ ${RATIO_MEDIAN_TARGET}× Readability (median)`, measured: `${summary.ratioMedian.toFixed(2)}×`, holds: summary.ratioMedian <= RATIO_MEDIAN_TARGET });
    checks.push({
      target: `pipeline ≤ ${RATIO_WORST_TARGET}× Readability (worst page)`,
      measured: `${summary.ratioWorst.ratio.toFixed(2)}× (${summary.ratioWorst.page})`, holds: summary.ratioWorst.ratio <= RATIO_WORST_TARGET,
    });
    const over = summary.pagesWithTaskOver50;
    checks.push({
      target: `no task of ours > ${LONG_TASK_MS} ms (page medians)`,
      measured: over.length ? `${over.length} pages over; worst ${Math.round(summary.longestTaskMedianWorst.duration)} ms (${summary.longestTaskMedianWorst.page})` : 'none over',
      holds: over.length === 0,
    });
    checks.push({
      target: 'ads in the HTML hidden by DOMContentLoaded',
      measured: `${summary.hiddenByDcl} of ${summary.hiddenInHtml} blocks (all runs)`, holds: summary.hiddenByDcl === summary.hiddenInHtml,
    });
  }
  for (const file of bundle?.contentScripts ?? []) {
    checks.push({
      target: `${file.file} ≤ ${CONTENT_SCRIPT_BUDGET_BYTES / 1024} KB minified`,
      measured: `${(file.bytes / 1024).toFixed(1)} KB`, holds: file.bytes <= CONTENT_SCRIPT_BUDGET_BYTES,
    });
  }
  if (engine) {
    checks.push({
      target: `engine near-linear (50k ÷ 5k words ≤ ${GROWTH_TARGET}×)`,
      measured: `${engine.growth50kOver5k.toFixed(1)}×`, holds: engine.growth50kOver5k <= GROWTH_TARGET,
    });
  }
  return checks;
}

/** The checks as a table. */
export function formatTargets(checks: TargetCheck[]): string {
  return ['targets (issue 6):', table([['target', 'measured', ''], ...checks.map((c) => [c.target, c.measured, c.holds ? 'holds' : 'MISSES'])])].join('\n');
}
