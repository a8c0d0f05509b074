/**
 * highlightQuotes: colours each source's quotes in the live page, one colour per source.
 *
 * What it changes: with the CSS Custom Highlight API (Chromium 105+, Firefox 140+) it registers one
 * highlight per source in `CSS.highlights` ("sourcelight-s0", "sourcelight-s1", …), plus short-lived
 * ones for a flashed or focused quote ("sourcelight-s0-flash", "sourcelight-s0-focus"), and injects ONE
 * `<style data-sourcelight-style="highlight">` holding the `::highlight()` rules; the page's markup is
 * not touched. Without the API it wraps the text in `<sourcelight-mark>` elements (see mark-wrap.ts),
 * styled by the same single stylesheet. Hiding the highlights rewrites that stylesheet only.
 * How to undo: the returned `undo` deletes the registered highlights (or unwraps the marks and joins the
 * split text back) and removes the stylesheet, restoring the page exactly.
 */
import type { Undo } from '../types';
import { FLASH_ALPHA, FOCUS_ALPHA, HIGHLIGHT_ALPHA, withAlpha } from './palette';
import { MARK_TAG, type MarkRequest } from './mark-wrap';
import { paintWithApi, paintWithMarks, type Painter } from './highlight-painters';

/** How long a clicked quote stays flashed. */
export const FLASH_MS = 1600;

/** What highlightQuotes hands back: undo, plus what the sidebar and the hover card need. */
export interface Highlighting {
  /** Removes every highlight and the stylesheet. Safe to call twice. */
  undo: Undo;
  /** Shows one quote's highlight stronger for a moment. */
  flash(quoteId: string): void;
  /** Scrolls the page so the quote is in view (smoothly unless the reader prefers reduced motion). */
  scrollTo(quoteId: string): void;
  /** Marks one quote as the reader's current one (stronger and underlined) until another, or null. */
  focus(quoteId: string | null): void;
  /** Shows or hides all highlights; hidden quotes can still be scrolled to, flashed and focused. */
  setVisible(visible: boolean): void;
  /** The quote's first line box in viewport coordinates; null when it is not laid out. */
  rect(quoteId: string): DOMRect | null;
  /** All of the quote's line boxes in viewport coordinates (none when it is not laid out). */
  rects(quoteId: string): DOMRect[];
  /** The highlighted quote under the viewport point (x, y), or null (always null while hidden). */
  quoteAt(x: number, y: number): string | null;
  /** Which mechanism is in use. */
  mode: 'custom-highlight' | 'marks';
  /** Ids of the quotes highlighted, in the order given. */
  quoteIds: string[];
}

/** Options: force the fallback (tests, or pages where the API misbehaves); start hidden. */
export interface HighlightOptions {
  mode?: 'auto' | 'marks';
  visible?: boolean;
}

/** True when this document can show CSS Custom Highlights. */
export function supportsCustomHighlights(win: Window | null): boolean {
  const w = win as (Window & { CSS?: { highlights?: unknown }; Highlight?: unknown }) | null;
  return !!w && typeof w.Highlight === 'function' && !!w.CSS?.highlights;
}

/** The one stylesheet's rules for the sources' colours in both mechanisms; the plain ones only when visible. */
function styleRules(colours: string[], visible: boolean): string {
  return colours
    .map((colour, i) => {
      const normal = `background-color:${withAlpha(colour, HIGHLIGHT_ALPHA)};`;
      const strong = `background-color:${withAlpha(colour, FLASH_ALPHA)};color:#111;`;
      const focus = `background-color:${withAlpha(colour, FOCUS_ALPHA)};text-decoration-line:underline;text-decoration-color:${colour};text-decoration-thickness:2px;`;
      const mark = `${MARK_TAG}[data-sourcelight-source="${i}"]`;
      const rules = [
        `::highlight(sourcelight-s${i}-focus){${focus}}`,
        `::highlight(sourcelight-s${i}-flash){${strong}}`,
        `${mark}[data-sourcelight-focus]{${focus}box-shadow:0 2px 0 ${colour};}`,
        `${mark}[data-sourcelight-flash]{${strong}}`,
      ];
      if (visible) rules.unshift(`::highlight(sourcelight-s${i}){${normal}}`, `${mark}{${normal}color:inherit;border-radius:2px;}`);
      return rules.join('\n');
    })
    .join('\n');
}

/** What highlightQuotes returns when there is nothing to paint. */
function nothing(): Highlighting {
  return {
    undo: () => {}, flash: () => {}, scrollTo: () => {}, focus: () => {}, setVisible: () => {},
    rect: () => null, rects: () => [], quoteAt: () => null, mode: 'marks', quoteIds: [],
  };
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
  if (!doc) return nothing();
  let visible = options.visible ?? true;
  const style = doc.createElement('style');
  style.setAttribute('data-sourcelight-style', 'highlight');
  style.textContent = styleRules(sourceColours, visible);
  (doc.head ?? doc.documentElement).appendChild(style);
  const useApi = options.mode !== 'marks' && supportsCustomHighlights(doc.defaultView);
  let painter: Painter;
  try {
    painter = useApi ? paintWithApi(doc, requests, sourceColours.length) : paintWithMarks(doc, requests);
  } catch (error) {
    // No Undo reaches the caller: take the stylesheet back out (the painters take back their own part).
    style.remove();
    throw error;
  }
  return {
    ...withFlash(painter, style),
    scrollTo: (quoteId) => scrollToTarget(doc, painter.target(quoteId)),
    focus: (quoteId) => painter.mark('focus', quoteId),
    setVisible: (next) => {
      // Every redraw of the reading view passes the setting: rewriting the sheet unchanged would make
      // the page's styles be recomputed for nothing.
      if (next === visible) return;
      visible = next;
      style.textContent = styleRules(sourceColours, visible);
    },
    rect: (quoteId) => painter.rects(quoteId).find((r) => r.width > 0 || r.height > 0) ?? null,
    rects: (quoteId) => painter.rects(quoteId).filter((r) => r.width > 0 || r.height > 0),
    quoteAt: (x, y) => (visible ? painter.quoteAt(x, y) : null),
    mode: useApi ? 'custom-highlight' : 'marks',
    quoteIds: painter.quoteIds,
  };
}

/** Flash with its timer, and an undo that also stops the timer and removes the stylesheet. */
function withFlash(painter: Painter, style: Element): Pick<Highlighting, 'flash' | 'undo'> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    flash: (quoteId) => {
      clearTimeout(timer);
      painter.mark('flash', quoteId);
      timer = setTimeout(() => painter.mark('flash', null), FLASH_MS);
    },
    undo: () => {
      clearTimeout(timer);
      painter.undo();
      style.remove();
    },
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
