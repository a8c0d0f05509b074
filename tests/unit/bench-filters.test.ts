/**
 * How the benchmark charges the early ad hiding (tests/bench/summary.ts): its script runs inside the
 * page's own parser and frame tasks, so a long task holding only its `filters…` measures is charged
 * what those measures add up to, not the page's parsing around them; any pipeline stage in the task
 * makes the whole task ours, as before.
 */
import { describe, expect, it } from 'vitest';
import type { PageProbe } from '../bench/probes';
import { ownLongTasks, toRunSample } from '../bench/summary';

const probe = (measures: PageProbe['measures'], longTasks: PageProbe['longTasks']): PageProbe => ({
  measures, longTasks, writes: [], domContentLoadedEnd: 900, snapshotTime: 905, hidden: 0, hiddenInHtml: 0, hiddenByDcl: 0, readInPage: 0,
});

describe('early ad hiding in long tasks', () => {
  it('charges the parser task at document_start what the early script measured in it', () => {
    const tasks = ownLongTasks(probe([{ name: 'filters', start: 12, duration: 3 }], [{ start: 10, duration: 180 }]));
    expect(tasks).toEqual([]);
  });

  it('counts it as a long task of ours when the measures in it add up to one', () => {
    const measures = [{ name: 'filters', start: 12, duration: 40 }, { name: 'filters-now', start: 60, duration: 30 }];
    expect(ownLongTasks(probe(measures, [{ start: 10, duration: 180 }]))).toEqual([{ start: 10, duration: 70, whole: 180, stages: ['filters', 'filters-now'] }]);
  });

  it('keeps the whole task when a pipeline stage runs in it too', () => {
    const measures = [{ name: 'filters-batch', start: 1001, duration: 2 }, { name: 'detect', start: 1010, duration: 40 }];
    expect(ownLongTasks(probe(measures, [{ start: 1000, duration: 90 }]))).toEqual([{ start: 1000, duration: 90, whole: 90, stages: ['filters-batch', 'detect'] }]);
  });
});

describe('the early script in a run', () => {
  it('adds its measures up as other work, and by name', () => {
    const measures = [{ name: 'filters', start: 12, duration: 3 }, { name: 'filters-batch', start: 40, duration: 2 }, { name: 'filters-batch', start: 80, duration: 4 }, { name: 'detect', start: 1000, duration: 40 }];
    const sample = toRunSample(
      { state: { status: 'ready', sources: 0, quotes: 0, hidden: 0, highlighted: 0 }, probe: probe(measures, []), heapBytes: 0 },
      { readability: { clone: 1, parse: 9, total: 10 }, heapBytes: 0 },
    );
    expect(sample.other).toBe(9);
    expect(sample.otherByName).toEqual({ filters: 3, 'filters-batch': 6 });
  });
});
