/**
 * highlightQuotes: the <sourcelight-mark> fallback (jsdom has no CSS Custom Highlight API) wraps the
 * quotes and its undo restores the page exactly; the Custom Highlight path registers one highlight per
 * source; flash and scroll act on the right quote.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { anchorQuotes } from '../../utils/dom/anchor';
import { FLASH_MS, highlightQuotes } from '../../utils/dom/highlight';
import { colourFor, PALETTE } from '../../utils/dom/palette';
import type { Quote } from '../../utils/types';
import { pageFrom } from './helpers';

const ARTICLE = `<article id="a">
  <p>Avigdor Lieberman said the relationship is <em>deep, significant</em> &amp; unprecedented in volume.</p>
  <ul><li>Ron Dermer said Israel has full confidence.</li>
  <li>Lieberman added that the relationship is strong.</li></ul>
  <p>It <b>would take</b> a lot, he said.<br>Line two of the quote.</p>
</article>`;

function quote(id: string, sourceId: string, exact: string): Quote {
  return {
    id, type: 'direct', text: exact, span: { start: 0, end: 0 }, cue: 'said', speakerMention: '', sourceId,
    anchor: { exact, prefix: '', suffix: '' },
  };
}

const QUOTES = [
  quote('q1', 's1', 'the relationship is deep, significant & unprecedented'),
  quote('q2', 's2', 'Israel has full confidence'),
  quote('q3', 's1', 'significant & unprecedented in volume'), // overlaps q1
  quote('q4', 's3', 'would take a lot, he said. Line two'), // crosses <b> and <br>
  quote('q5', 's2', 'full confidence. Lieberman added'), // crosses list items
];

/** Anchors QUOTES in the page and groups their ranges by source. */
function rangesBySource(doc: Document): Map<string, Map<string, Range>> {
  const ranges = anchorQuotes(doc.getElementById('a')!, QUOTES);
  const grouped = new Map<string, Map<string, Range>>();
  for (const q of QUOTES) {
    const range = ranges.get(q.id);
    if (range) (grouped.get(q.sourceId) ?? grouped.set(q.sourceId, new Map()).get(q.sourceId)!).set(q.id, range);
  }
  return grouped;
}

const COLOURS = new Map([['s1', colourFor(0)], ['s2', colourFor(1)], ['s3', colourFor(2)]]);

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('highlightQuotes with <sourcelight-mark> (fallback)', () => {
  it('wraps every quote, overlapping ones included, and undo restores the page exactly', () => {
    const doc = pageFrom(ARTICLE);
    const before = doc.documentElement.outerHTML;
    const firstText = doc.querySelector('p')!.firstChild as Text;
    const firstData = firstText.data;
    const nodeCount = doc.querySelector('p')!.childNodes.length;
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    expect(h.mode).toBe('marks');
    expect(h.quoteIds.sort()).toEqual(['q1', 'q2', 'q3', 'q4', 'q5']);
    const marked = (id: string) =>
      Array.from(doc.querySelectorAll(`sourcelight-mark[data-sourcelight-quote="${id}"]`), (m) => m.textContent).join('');
    expect(marked('q1')).toBe('the relationship is deep, significant & unprecedented');
    expect(marked('q3')).toBe('significant & unprecedented in volume');
    expect(marked('q4').replace(/\s+/g, ' ')).toBe('would take a lot, he said.Line two');
    expect(doc.querySelectorAll('style[data-sourcelight-style="highlight"]')).toHaveLength(1);
    expect(doc.querySelector('ul > sourcelight-mark')).toBeNull(); // no mark between list items
    h.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
    // the page's own text nodes, whole again: not copies, not left split into pieces
    expect(doc.querySelector('p')!.firstChild).toBe(firstText);
    expect(firstText.data).toBe(firstData);
    expect(doc.querySelector('p')!.childNodes.length).toBe(nodeCount);
    h.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('flashes a quote for a moment, and only that quote', () => {
    vi.useFakeTimers();
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    h.flash('q2');
    const flashed = () => Array.from(doc.querySelectorAll('[data-sourcelight-flash]'), (m) => m.getAttribute('data-sourcelight-quote'));
    expect(new Set(flashed())).toEqual(new Set(['q2']));
    vi.advanceTimersByTime(FLASH_MS + 10);
    expect(flashed()).toEqual([]);
    h.undo();
  });

  it('scrolls to a quote, instantly when the reader prefers reduced motion', () => {
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    const scrollIntoView = vi.fn();
    Element.prototype.scrollIntoView = scrollIntoView;
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce') }));
    const mark = doc.querySelector('sourcelight-mark[data-sourcelight-quote="q2"]')!;
    mark.getBoundingClientRect = () => ({ top: 500, height: 20, width: 100 }) as DOMRect;
    h.scrollTo('q2');
    expect(scrollIntoView).toHaveBeenCalledWith({ block: 'center', behavior: 'auto' });
    h.scrollTo('nope');
    expect(scrollIntoView).toHaveBeenCalledTimes(1);
    h.undo();
  });

  it('does nothing without ranges', () => {
    const doc = pageFrom(ARTICLE);
    const before = doc.documentElement.outerHTML;
    const h = highlightQuotes(new Map(), COLOURS);
    expect(h.quoteIds).toEqual([]);
    h.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('highlightQuotes with the CSS Custom Highlight API', () => {
  /** A stand-in for the browser's Highlight and registry (jsdom has neither). */
  function stubHighlightApi() {
    class FakeHighlight extends Set<Range> {
      priority = 0;
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    }
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    return registry;
  }

  it('registers one highlight per source with ::highlight rules, and never touches the markup', () => {
    const registry = stubHighlightApi();
    const doc = pageFrom(ARTICLE);
    const before = doc.body.innerHTML;
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    expect(h.mode).toBe('custom-highlight');
    expect(Array.from(registry.keys())).toEqual(['sourcelight-s0', 'sourcelight-s1', 'sourcelight-s2']);
    expect(registry.get('sourcelight-s0')!.size).toBe(2); // s1: q1 and q3
    expect(doc.body.innerHTML).toBe(before);
    const css = doc.querySelector('style[data-sourcelight-style="highlight"]')!.textContent!;
    expect(css).toContain('::highlight(sourcelight-s0)');
    h.undo();
    expect(registry.size).toBe(0);
    expect(doc.querySelector('style[data-sourcelight-style]')).toBeNull();
  });

  it('flashes with a higher-priority highlight that goes away', () => {
    vi.useFakeTimers();
    const registry = stubHighlightApi();
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    h.flash('q4');
    const flash = registry.get('sourcelight-s2-flash');
    expect(flash?.size).toBe(1);
    expect(flash?.priority).toBeGreaterThan(0);
    vi.advanceTimersByTime(FLASH_MS + 10);
    expect(registry.has('sourcelight-s2-flash')).toBe(false);
    h.undo();
  });

  it('can be told to use marks anyway', () => {
    stubHighlightApi();
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS, { mode: 'marks' });
    expect(h.mode).toBe('marks');
    expect(doc.querySelectorAll('sourcelight-mark').length).toBeGreaterThan(0);
    h.undo();
  });
});

describe('palette', () => {
  it('has at least 12 distinct colours and cycles', () => {
    expect(new Set(PALETTE).size).toBeGreaterThanOrEqual(12);
    expect(colourFor(PALETTE.length)).toBe(colourFor(0));
    expect(colourFor(-1)).toBe(PALETTE[PALETTE.length - 1]);
  });
});

describe('focus, visibility and hit-testing', () => {
  function stubHighlightApi() {
    class FakeHighlight extends Set<Range> {
      priority = 0;
      constructor(...ranges: Range[]) {
        super(ranges);
      }
    }
    const registry = new Map<string, FakeHighlight>();
    vi.stubGlobal('Highlight', FakeHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    return registry;
  }

  it('focuses one quote at a time with marks, and clears it', () => {
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    const focused = () => new Set(Array.from(doc.querySelectorAll('[data-sourcelight-focus]'), (m) => m.getAttribute('data-sourcelight-quote')));
    h.focus('q2');
    expect(focused()).toEqual(new Set(['q2']));
    h.focus('q4');
    expect(focused()).toEqual(new Set(['q4']));
    h.focus(null);
    expect(focused().size).toBe(0);
    h.focus('q4');
    const before = pageFrom(ARTICLE).documentElement.outerHTML;
    h.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('focuses with a lower-priority highlight than the flash, under the API', () => {
    const registry = stubHighlightApi();
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    h.focus('q2');
    const focus = registry.get('sourcelight-s1-focus');
    expect(focus?.size).toBe(1);
    expect(Array.from(focus!)[0]!.toString()).toBe('Israel has full confidence');
    h.flash('q2');
    expect(registry.get('sourcelight-s1-flash')!.priority).toBeGreaterThan(focus!.priority);
    h.focus('q1');
    expect(registry.has('sourcelight-s1-focus')).toBe(false);
    expect(registry.has('sourcelight-s0-focus')).toBe(true);
    h.undo();
    expect(registry.size).toBe(0);
  });

  it('hides and shows all highlights by rewriting its one stylesheet; focus and flash still show', () => {
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS, { visible: false });
    const css = () => doc.querySelector('style[data-sourcelight-style="highlight"]')!.textContent!;
    expect(css()).not.toContain('::highlight(sourcelight-s0){');
    expect(css()).toContain('::highlight(sourcelight-s0-focus)');
    expect(css()).toContain('[data-sourcelight-flash]');
    h.setVisible(true);
    expect(css()).toContain('::highlight(sourcelight-s0){');
    expect(doc.querySelectorAll('style[data-sourcelight-style]')).toHaveLength(1);
    h.undo();
  });

  it('leaves its stylesheet alone when asked for the visibility it already has (every redraw asks)', () => {
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    const style = doc.querySelector('style[data-sourcelight-style="highlight"]')!;
    const records: MutationRecord[] = [];
    const observer = new MutationObserver((r) => records.push(...r));
    observer.observe(style, { childList: true, characterData: true, subtree: true });
    h.setVisible(true);
    records.push(...observer.takeRecords());
    expect(records).toHaveLength(0);
    h.setVisible(false);
    records.push(...observer.takeRecords());
    expect(records.length).toBeGreaterThan(0);
    observer.disconnect();
    h.undo();
  });

  it('finds the quote under a point through the caret, only while visible', () => {
    stubHighlightApi();
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    const text = doc.querySelector('li')!.firstChild as Text; // "Ron Dermer said Israel has full confidence."
    const at = text.data.indexOf('full');
    Object.defineProperty(doc, 'caretPositionFromPoint', { value: () => ({ offsetNode: text, offset: at }), configurable: true });
    Range.prototype.getClientRects = function () {
      return [{ left: 0, right: 100, top: 0, bottom: 20, width: 100, height: 20 }] as unknown as DOMRectList;
    };
    expect(h.quoteAt(50, 10)).toBe('q2');
    expect(h.quoteAt(500, 10)).toBeNull(); // beyond the line box: blank space after the line
    h.setVisible(false);
    expect(h.quoteAt(50, 10)).toBeNull();
    h.undo();
    delete (Range.prototype as { getClientRects?: unknown }).getClientRects;
    delete (doc as unknown as Record<string, unknown>).caretPositionFromPoint;
  });

  it('gives a quote’s first laid-out line box, or null', () => {
    const doc = pageFrom(ARTICLE);
    const h = highlightQuotes(rangesBySource(doc), COLOURS);
    const mark = doc.querySelector('sourcelight-mark[data-sourcelight-quote="q2"]')!;
    mark.getClientRects = () => [{ left: 5, top: 40, width: 80, height: 18, right: 85, bottom: 58 }] as unknown as DOMRectList;
    expect(h.rect('q2')?.top).toBe(40);
    expect(h.rect('q1')).toBeNull(); // jsdom lays nothing out
    h.undo();
  });
});
