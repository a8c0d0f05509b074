/**
 * highlightQuotes: colours each source's quotes in the live page, one colour per source.
 *
 * What it changes: with the CSS Custom Highlight API (Chromium 105+, Firefox 140+) it registers one
 * highlight per source in `CSS.highlights` ("sourcelight-s0", "sourcelight-s1", …) and injects ONE
 * `<style data-sourcelight-style="highlight">` holding the `::highlight()` rules; the page's markup is
 * not touched. Without the API it wraps the text in `<sourcelight-mark>` elements (see mark-wrap.ts),
 * styled by the same single stylesheet.
 * How to undo: the returned `undo` deletes the registered highlights (or unwraps the marks and joins the
 * split text back) and removes the stylesheet, restoring the page exactly.
 */
import type { Undo } from '../types';
import { FLASH_ALPHA, HIGHLIGHT_ALPHA, withAlpha } from './palette';
import { MARK_TAG, wrapRanges, type MarkRequest } from './mark-wrap';

/** How long a clicked quote stays flashed. */
export const FLASH_MS = 1600;

/** What highlightQuotes hands back: undo, plus the two actions the sidebar triggers. */
export interface Highlighting {
  /** Removes every highlight and the stylesheet. Safe to call twice. */
  undo: Undo;
  /** Shows one quote's highlight stronger for a moment. */
  flash(quoteId: string): void;
  /** Scrolls the page so the quote is in view (smoothly unless the reader prefers reduced motion). */
  scrollTo(quoteId: string): void;
  /** Which mechanism is in use. */
  mode: 'custom-highlight' | 'marks';
  /** Ids of the quotes highlighted, in the order given. */
  quoteIds: string[];
}

/** Options: force the fallback (tests, or pages where the API misbehaves). */
export interface HighlightOptions {
  mode?: 'auto' | 'marks';
}

/** True when this document can show CSS Custom Highlights. */
export function supportsCustomHighlights(win: Window | null): boolean {
  const w = win as (Window & { CSS?: { highlights?: unknown }; Highlight?: unknown }) | null;
  return !!w && typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** The one stylesheet's rules for the sources' colours, normal and flashed, in both mechanisms. */
function styleRules(colours: string[]): string {
  return colours
    .map((colour, i) => {
      const normal = `background-color:${withAlpha(colour, HIGHLIGHT_ALPHA)};`;
      const strong = `background-color:${withAlpha(colour, FLASH_ALPHA)};color:#111;`;
      return [
        `::highlight(sourcelight-s${i}){${normal}}`,
        `::highlight(sourcelight-s${i}-flash){${strong}}`,
        `${MARK_TAG}[data-sourcelight-source="${i}"]{${normal}color:inherit;border-radius:2px;}`,
        `${MARK_TAG}[data-sourcelight-source="${i}"][data-sourcelight-flash]{${strong}}`,
      ].join('\n');
    })
    .join('\n');
}

/**
 * Highlights quotes. `rangesBySource` maps each source id to its quotes' ranges (quote id → Range);
 * `colours` gives each source id its colour (sources without one are skipped).
 */
export function highlightQuotes(
  rangesBySource: Map<string, Map<string, Range>>,
  colours: Map<string, string>,
  options: HighlightOptions = {},
): Highlighting {
  const requests: MarkRequest[] = [];
  const sourceColours: string[] = [];
  for (const [sourceId, ranges] of rangesBySource) {
    const colour = colours.get(sourceId);
    if (!colour || !ranges.size) continue;
    const sourceIndex = sourceColours.push(colour) - 1;
    for (const [quoteId, range] of ranges) requests.push({ quoteId, sourceIndex, range });
  }
  const doc = requests[0]?.range.startContainer.ownerDocument;
  if (!doc) return { undo: () => {}, flash: () => {}, scrollTo: () => {}, mode: 'marks', quoteIds: [] };
  const style = doc.createElement('style');
  style.setAttribute('data-sourcelight-style', 'highlight');
  style.textContent = styleRules(sourceColours);
  (doc.head ?? doc.documentElement).appendChild(style);
  const useApi = options.mode !== 'marks' && supportsCustomHighlights(doc.defaultView);
  const painter = useApi ? paintWithApi(doc, requests, sourceColours.length) : paintWithMarks(doc, requests);
  return {
    undo: () => {
      painter.undo();
      style.remove();
    },
    flash: painter.flash,
    scrollTo: (quoteId) => scrollToTarget(doc, painter.target(quoteId)),
    mode: useApi ? 'custom-highlight' : 'marks',
    quoteIds: painter.quoteIds,
  };
}

/** One mechanism's side of highlighting. */
interface Painter {
  undo: Undo;
  flash(quoteId: string): void;
  /** What to scroll to for a quote. */
  target(quoteId: string): Range | Element | null;
  /** The quotes actually painted. */
  quoteIds: string[];
}

/** Paints with `CSS.highlights`: one Highlight per source, plus a short-lived one for a flash. */
function paintWithApi(doc: Document, requests: MarkRequest[], sources: number): Painter {
  const win = doc.defaultView as Window & typeof globalThis;
  const registry = win.CSS.highlights;
  const names = Array.from({ length: sources }, (_, i) => `sourcelight-s${i}`);
  names.forEach((name, i) => {
    registry.set(name, new win.Highlight(...requests.filter((r) => r.sourceIndex === i).map((r) => r.range)));
  });
  const byQuote = new Map(requests.map((r) => [r.quoteId, r]));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clearFlash = () => {
    clearTimeout(timer);
    names.forEach((name) => registry.delete(`${name}-flash`));
  };
  return {
    undo: () => {
      clearFlash();
      names.forEach((name) => registry.delete(name));
    },
    flash: (quoteId) => {
      const request = byQuote.get(quoteId);
      if (!request) return;
      clearFlash();
      const flash = new win.Highlight(request.range);
      flash.priority = 1;
      registry.set(`sourcelight-s${request.sourceIndex}-flash`, flash);
      timer = setTimeout(clearFlash, FLASH_MS);
    },
    target: (quoteId) => byQuote.get(quoteId)?.range ?? null,
    quoteIds: Array.from(byQuote.keys()),
  };
}

/** Paints with `<sourcelight-mark>` elements; a flash is an attribute on the quote's marks. */
function paintWithMarks(doc: Document, requests: MarkRequest[]): Painter {
  const { marks, undo } = wrapRanges(doc, requests);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const clearFlash = () => {
    clearTimeout(timer);
    doc.querySelectorAll(`${MARK_TAG}[data-sourcelight-flash]`).forEach((m) => m.removeAttribute('data-sourcelight-flash'));
  };
  return {
    undo: () => {
      clearFlash();
      undo();
    },
    flash: (quoteId) => {
      clearFlash();
      marks.get(quoteId)?.forEach((m) => m.setAttribute('data-sourcelight-flash', ''));
      timer = setTimeout(clearFlash, FLASH_MS);
    },
    target: (quoteId) => marks.get(quoteId)?.[0] ?? null,
    quoteIds: Array.from(marks.keys()),
  };
}

/** Scrolls so the target sits in the upper middle of the viewport; instant when motion is unwelcome. */
function scrollToTarget(doc: Document, target: Range | Element | null): void {
  const win = doc.defaultView;
  if (!target || !win) return;
  const rect = target.getBoundingClientRect();
  if (!rect.width && !rect.height && !rect.top) return; // not laid out (hidden)
  const reduce = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const behavior: ScrollBehavior = reduce ? 'auto' : 'smooth';
  const scroller = doc.scrollingElement;
  if (scroller && scroller.scrollHeight > win.innerHeight) {
    win.scrollBy({ top: rect.top - win.innerHeight * 0.35, behavior });
  } else {
    const el = 'startContainer' in target ? target.startContainer.parentElement : target;
    el?.scrollIntoView({ block: 'center', behavior });
  }
}
