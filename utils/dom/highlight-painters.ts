/**
 * The two ways highlightQuotes paints (see highlight.ts for what changes in the page and how it is
 * undone): CSS Custom Highlights registered in `CSS.highlights`, or `<sourcelight-mark>` elements.
 * Each painter also puts a quote into a passing state — "flash" (just clicked) or "focus" (the reader's
 * current quote) — and finds the quote under a point for hover cards and clicks.
 */
import type { Undo } from '../types';
import { elementAtPoint, rangeAtPoint } from './hit-test';
import { MARK_TAG, wrapRanges, type MarkRequest } from './mark-wrap';

/** A passing state of one quote: flashed after a click, or focused as the current one. */
export type QuoteState = 'flash' | 'focus';

/** Painting priority of each state with the Custom Highlight API (higher paints on top). */
const STATE_PRIORITY: Record<QuoteState, number> = { focus: 1, flash: 2 };

/** One mechanism's side of highlighting. */
export interface Painter {
  /** Removes everything the painter added. */
  undo: Undo;
  /** Puts one quote into `state`, taking it off any other quote; null clears the state. */
  mark(state: QuoteState, quoteId: string | null): void;
  /** What to scroll to for a quote. */
  target(quoteId: string): Range | Element | null;
  /** The quote's line boxes, in viewport coordinates. */
  rects(quoteId: string): DOMRect[];
  /** The quote whose text is under the viewport point, or null. */
  quoteAt(x: number, y: number): string | null;
  /** The quotes actually painted. */
  quoteIds: string[];
}

/** Paints with `CSS.highlights`: one Highlight per source ("sourcelight-s0"…), one more per state. */
export function paintWithApi(doc: Document, requests: MarkRequest[], sources: number): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = win.CSS.highlights;
  const names = Array.from({ length: sources }, (_, i) => `sourcelight-s${i}`);
  try {
    names.forEach((name, i) => {
      registry.set(name, new win.Highlight(...requests.filter((r) => r.sourceIndex === i).map((r) => r.range)));
    });
  } catch (error) {
    // No Undo reaches the caller: take back the highlights registered before the throw, then report.
    names.forEach((name) => registry.delete(name));
    throw error;
  }
  const byQuote = new Map(requests.map((r) => [r.quoteId, r]));
  const clear = (state: QuoteState) => names.forEach((name) => registry.delete(`${name}-${state}`));
  return {
    undo: () => {
      clear('flash');
      clear('focus');
      names.forEach((name) => registry.delete(name));
    },
    mark: (state, quoteId) => {
      clear(state);
      const request = quoteId ? byQuote.get(quoteId) : undefined;
      if (!request) return;
      const highlight = new win.Highlight(request.range);
      highlight.priority = STATE_PRIORITY[state];
      registry.set(`sourcelight-s${request.sourceIndex}-${state}`, highlight);
    },
    target: (quoteId) => byQuote.get(quoteId)?.range ?? null,
    rects: (quoteId) => Array.from(byQuote.get(quoteId)?.range.getClientRects() ?? []),
    quoteAt: (x, y) => rangeAtPoint(doc, x, y, Array.from(byQuote, ([id, r]) => [id, r.range] as [string, Range])),
    quoteIds: Array.from(byQuote.keys()),
  };
}

/** Paints with `<sourcelight-mark>` elements; a state is an attribute (`data-sourcelight-flash`) on the quote's marks. */
export function paintWithMarks(doc: Document, requests: MarkRequest[]): Painter {
  const { marks, undo } = wrapRanges(doc, requests);
  const clear = (state: QuoteState) =>
    doc.querySelectorAll(`${MARK_TAG}[data-sourcelight-${state}]`).forEach((m) => m.removeAttribute(`data-sourcelight-${state}`));
  return {
    undo: () => {
      clear('flash');
      clear('focus');
      undo();
    },
    mark: (state, quoteId) => {
      clear(state);
      if (quoteId) marks.get(quoteId)?.forEach((m) => m.setAttribute(`data-sourcelight-${state}`, ''));
    },
    target: (quoteId) => marks.get(quoteId)?.[0] ?? null,
    rects: (quoteId) => (marks.get(quoteId) ?? []).flatMap((m) => Array.from(m.getClientRects())),
    quoteAt: (x, y) => elementAtPoint(doc, x, y, MARK_TAG)?.getAttribute('data-sourcelight-quote') ?? null,
    quoteIds: Array.from(marks.keys()),
  };
}
