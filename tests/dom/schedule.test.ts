/**
 * yieldToPage (entrypoints/content/schedule.ts): resumes in a later task, through `scheduler.yield()`
 * when the browser has it and a timer otherwise, and never rejects.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { yieldToPage } from '../../entrypoints/content/schedule';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('yieldToPage', () => {
  it('without scheduler.yield, resumes after the tasks already queued', async () => {
    vi.stubGlobal('scheduler', undefined);
    const order: string[] = [];
    setTimeout(() => order.push('queued task'), 0);
    queueMicrotask(() => order.push('microtask'));
    await yieldToPage();
    order.push('after yield');
    expect(order).toEqual(['microtask', 'queued task', 'after yield']);
  });

  it('uses scheduler.yield when the browser has it', async () => {
    const yieldFn = vi.fn(() => Promise.resolve());
    vi.stubGlobal('scheduler', { yield: yieldFn });
    await yieldToPage();
    expect(yieldFn).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['rejects', () => Promise.reject(new Error('aborted'))],
    ['throws', () => { throw new Error('not allowed'); }],
  ])('falls back to a timer when scheduler.yield %s', async (_what, broken) => {
    vi.stubGlobal('scheduler', { yield: vi.fn(broken) });
    await expect(yieldToPage()).resolves.toBeUndefined();
  });
});
