/**
 * The benchmark's own rules (tests/bench/summary.ts, stats.ts): which long tasks are the extension's,
 * how a run's figures come out of the raw loads, and medians over noisy runs.
 */
import { describe, expect, it } from 'vitest';
import type { ExtensionLoad, PlainLoad } from '../bench/browser';
import type { PageProbe } from '../bench/probes';
import { ownLongTasks, summarisePage, toRunSample } from '../bench/summary';
import { median, spread } from '../bench/stats';

function probe(overrides: Partial<PageProbe> = {}): PageProbe {
  return {
    measures: [
      { name: 'gate', start: 1000, duration: 2 },
      { name: 'detect', start: 1010, duration: 40 },
      { name: 'hide', start: 1050, duration: 10 },
      { name: 'analyze', start: 1100, duration: 30 },
      { name: 'highlight', start: 1140, duration: 5 },
      { name: 'render', start: 1146, duration: 60 },
    ],
    longTasks: [],
    writes: [1055],
    domContentLoadedEnd: 900,
    snapshotTime: 905,
    hidden: 4,
    hiddenInHtml: 3,
    hiddenByDcl: 1,
    readInPage: 0,
    ...overrides,
  };
}

const state = { status: 'ready', sources: 2, quotes: 3, hidden: 4, highlighted: 3 };
const plain: PlainLoad = { readability: { clone: 5, parse: 45, total: 50 }, heapBytes: 10_000_000 };

describe('ownLongTasks', () => {
  it.each([
    ['a task in which a synchronous stage starts', { start: 1005, duration: 60 }, ['detect', 'hide']],
    ['a task overlapping the asynchronous render stage', { start: 1180, duration: 55 }, ['render']],
  ])('counts %s as ours', (_what, task, stages) => {
    expect(ownLongTasks(probe({ longTasks: [task] })).map((t) => t.stages)).toEqual([stages]);
  });

  it.each([
    ['before the pipeline', { start: 700, duration: 200 }],
    ['between stages, starting after a stage began', { start: 1060, duration: 39 }],
    ['after the render stage', { start: 1300, duration: 80 }],
  ])('leaves a page task %s to the page', (_what, task) => {
    expect(ownLongTasks(probe({ longTasks: [task] }))).toEqual([]);
  });
});

describe('toRunSample', () => {
  const ext: ExtensionLoad = { state, probe: probe({ longTasks: [{ start: 1099, duration: 70 }] }), heapBytes: 12_500_000 };
  const sample = toRunSample(ext, plain);

  it('sums the page\'s stages (not the background analysis) and divides by Readability alone from the same run', () => {
    expect(sample.stages.analyze).toBe(30);
    expect(sample.total).toBe(117);
    expect(sample.ratio).toBeCloseTo(117 / 50);
    expect(sample.wall).toBe(206);
  });

  it('reports the longest task of ours with its stages, the hide timing against DOMContentLoaded and the extra heap', () => {
    expect(sample).toMatchObject({ longestTask: 70, longestTaskStages: ['analyze', 'highlight', 'render'], dclToHidden: 155 });
    expect(sample).toMatchObject({ hidden: 4, hiddenInHtml: 3, hiddenByDcl: 1, extraHeap: 2_500_000 });
  });

  it('counts measures outside the pipeline as other work, and a missing stage as not run', () => {
    const measures = [...probe().measures.filter((m) => m.name !== 'highlight'), { name: 'early-hide', start: 10, duration: 8 }];
    const other = toRunSample({ ...ext, probe: probe({ measures }) }, plain);
    expect(other.other).toBe(8);
    expect(other.stages.highlight).toBeNaN();
    expect(other.total).toBe(117 - 5 + 8);
  });

  it('adds up a stage measured twice (detect: serialising, then locating), leaves the background read out of the total, and notes a read in the page', () => {
    const measures = [...probe().measures, { name: 'read', start: 1052, duration: 45 }, { name: 'detect', start: 1098, duration: 3 }];
    const sample2 = toRunSample({ ...ext, probe: probe({ measures, readInPage: 1 }) }, plain);
    expect(sample2.stages.detect).toBe(43);
    expect(sample2.stages.read).toBe(45);
    expect(sample2.total).toBe(117 + 3);
    expect(sample2.readInPage).toBe(1);
  });

  it('summarises a page by the median run', () => {
    const runs = [sample, { ...sample, total: 100, ratio: 2 }, { ...sample, total: 400, ratio: 8 }];
    expect(summarisePage('p', runs).median).toMatchObject({ total: 117, ratio: 117 / 50 });
  });
});

describe('stats', () => {
  it.each([
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[NaN, 5], 5],
    [[], NaN],
  ])('median of %j is %d', (values, expected) => {
    expect(median(values)).toEqual(expected);
  });

  it('spread is the range over the median', () => {
    expect(spread([90, 100, 120])).toBeCloseTo(0.3);
  });
});
