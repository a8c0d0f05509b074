/**
 * Hit-testing highlights (utils/dom/hit-test.ts): the caret under the point, from either browser API,
 * must fall inside a range AND the point must be on one of its line boxes; the shortest overlapping
 * range wins; carets in other trees never match.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { caretFromPoint, elementAtPoint, rangeAtPoint, rectsContain } from '../../utils/dom/hit-test';
import { pageFrom } from './helpers';

/** Gives the document a caret API (jsdom has none), as a browser would. */
function stubCaret(doc: Document, name: 'caretPositionFromPoint' | 'caretRangeFromPoint', fn: (x: number, y: number) => unknown): void {
  Object.defineProperty(doc, name, { value: fn, configurable: true, writable: true });
}

const box = (left: number, top: number, right: number, bottom: number) =>
  ({ left, top, right, bottom, width: right - left, height: bottom - top }) as DOMRect;

afterEach(() => {
  delete (document as unknown as Record<string, unknown>).caretPositionFromPoint;
  delete (document as unknown as Record<string, unknown>).caretRangeFromPoint;
});

function rangeOf(text: Text, start: number, end: number, rects: DOMRect[]): Range {
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, end);
  range.getClientRects = () => rects as unknown as DOMRectList;
  return range;
}

describe('caretFromPoint', () => {
  it('uses caretPositionFromPoint, else caretRangeFromPoint, else gives null', () => {
    const doc = pageFrom('<p>hello world</p>');
    const text = doc.querySelector('p')!.firstChild as Text;
    expect(caretFromPoint(doc, 1, 1)).toBeNull();
    stubCaret(doc, 'caretRangeFromPoint', () => rangeOf(text, 3, 3, []));
    expect(caretFromPoint(doc, 1, 1)).toEqual({ node: text, offset: 3 });
    stubCaret(doc, 'caretPositionFromPoint', () => ({ offsetNode: text, offset: 6 }));
    expect(caretFromPoint(doc, 1, 1)).toEqual({ node: text, offset: 6 });
    stubCaret(doc, 'caretPositionFromPoint', () => {
      throw new Error('outside');
    });
    expect(caretFromPoint(doc, 1, 1)).toBeNull();
  });
});

describe('rangeAtPoint', () => {
  it('needs the caret inside the range and the point on its line boxes; the shortest wins', () => {
    const doc = pageFrom('<p>the minister said the plan was a disaster for everyone</p>');
    const text = doc.querySelector('p')!.firstChild as Text;
    const long = rangeOf(text, 18, 54, [box(0, 0, 300, 20)]);
    const short = rangeOf(text, 18, 31, [box(0, 0, 100, 20)]);
    const other = rangeOf(text, 0, 12, [box(0, 30, 80, 50)]);
    let offset = 20;
    stubCaret(doc, 'caretPositionFromPoint', () => ({ offsetNode: text, offset }));
    const ranges: Array<[string, Range]> = [['long', long], ['short', short], ['other', other]];
    expect(rangeAtPoint(doc, 50, 10, ranges)).toBe('short');
    expect(rangeAtPoint(doc, 200, 10, ranges)).toBe('long'); // off the short one's box
    expect(rangeAtPoint(doc, 350, 10, ranges)).toBeNull(); // past the end of the line
    offset = 5;
    expect(rangeAtPoint(doc, 50, 10, ranges)).toBeNull(); // caret in "other", point not on its box
    expect(rangeAtPoint(doc, 40, 40, ranges)).toBe('other');
  });

  it('never matches a caret in another tree (our shadow root)', () => {
    const doc = pageFrom('<p>some quoted words here</p><div id="host"></div>');
    const text = doc.querySelector('p')!.firstChild as Text;
    const shadow = doc.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>sidebar text</p>';
    const inShadow = shadow.querySelector('p')!.firstChild!;
    stubCaret(doc, 'caretPositionFromPoint', () => ({ offsetNode: inShadow, offset: 2 }));
    expect(rangeAtPoint(doc, 5, 5, [['q', rangeOf(text, 0, 10, [box(0, 0, 100, 20)])]])).toBeNull();
  });
});

describe('elementAtPoint and rectsContain', () => {
  it('finds the mark whose text is under the point, and allows a pixel of slop', () => {
    const doc = pageFrom('<p>he said <sourcelight-mark data-sourcelight-quote="q1">it is over</sourcelight-mark>.</p>');
    const mark = doc.querySelector('sourcelight-mark')!;
    mark.getClientRects = () => [box(40, 0, 90, 20)] as unknown as DOMRectList;
    stubCaret(doc, 'caretPositionFromPoint', () => ({ offsetNode: mark.firstChild!, offset: 2 }));
    expect(elementAtPoint(doc, 50, 10, 'sourcelight-mark')).toBe(mark);
    expect(elementAtPoint(doc, 95, 10, 'sourcelight-mark')).toBeNull();
    expect(rectsContain([box(0, 0, 10, 10)], 10.5, 5)).toBe(true);
    expect(rectsContain([box(0, 0, 10, 10)], 12, 5)).toBe(false);
  });
});
