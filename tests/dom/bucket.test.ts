/** The bucket bar's marker positions (utils/dom/bucket.ts): page fraction, in page order, laid-out quotes only. */
import { describe, expect, it } from 'vitest';
import { placeMarkers, sameMarkers } from '../../utils/dom/bucket';
import { pageFrom } from './helpers';

const rect = (top: number, height = 18) => ({ top, left: 0, width: 100, height, right: 100, bottom: top + height }) as DOMRect;

describe('placeMarkers', () => {
  it('places each quote at (top + scroll) / page height, sorted, skipping quotes not laid out', () => {
    const doc = pageFrom('<p>x</p>');
    Object.defineProperty(doc.documentElement, 'scrollHeight', { value: 4000, configurable: true });
    window.scrollTo = () => {};
    Object.defineProperty(window, 'scrollY', { value: 1000, configurable: true });
    const markers = placeMarkers(doc, [
      { quoteId: 'q2', sourceId: 's1', rect: rect(1000) },
      { quoteId: 'q1', sourceId: 's2', rect: rect(-600) },
      { quoteId: 'q3', sourceId: 's1', rect: null },
      { quoteId: 'q4', sourceId: 's1', rect: { ...rect(0, 0), width: 0 } as DOMRect },
      { quoteId: 'q5', sourceId: 's3', rect: rect(9000) },
    ]);
    expect(markers).toEqual([
      { quoteId: 'q1', sourceId: 's2', position: 0.1 },
      { quoteId: 'q2', sourceId: 's1', position: 0.5 },
      { quoteId: 'q5', sourceId: 's3', position: 1 },
    ]);
    Object.defineProperty(window, 'scrollY', { value: 0, configurable: true });
  });
});

describe('sameMarkers', () => {
  it('ignores sub-pixel moves, notices real ones', () => {
    const a = [{ quoteId: 'q1', sourceId: 's1', position: 0.5 }];
    expect(sameMarkers(a, [{ quoteId: 'q1', sourceId: 's1', position: 0.5004 }])).toBe(true);
    expect(sameMarkers(a, [{ quoteId: 'q1', sourceId: 's1', position: 0.52 }])).toBe(false);
    expect(sameMarkers(a, [])).toBe(false);
  });
});
