/**
 * Where each quote sits in the page, as a fraction of the page's height: the positions of the marks in
 * the sidebar's "bucket bar" (Hypothesis's name for it), a thin strip that maps the whole page onto the
 * height of the window, the way a scrollbar does. Reads only.
 */

/** One mark on the bar. */
export interface BucketMarker {
  quoteId: string;
  sourceId: string;
  /** Top of the quote over the page's scroll height, 0 (top) to 1 (bottom). */
  position: number;
}

/** A quote to place: its ids and its first line box in viewport coordinates (null when not laid out). */
export interface PlacedQuote {
  quoteId: string;
  sourceId: string;
  rect: DOMRect | null;
}

/**
 * Places quotes on the bar: `(top of the quote + scroll offset) / scroll height`, in page order.
 * Quotes that are not laid out (hidden, display:none) get no marker.
 */
export function placeMarkers(doc: Document, quotes: PlacedQuote[]): BucketMarker[] {
  const win = doc.defaultView;
  const height = Math.max(doc.documentElement.scrollHeight, doc.body?.scrollHeight ?? 0, 1);
  const scrollY = win?.scrollY ?? 0;
  const markers: BucketMarker[] = [];
  for (const { quoteId, sourceId, rect } of quotes) {
    if (!rect || (!rect.width && !rect.height)) continue;
    const position = Math.min(1, Math.max(0, (rect.top + scrollY) / height));
    markers.push({ quoteId, sourceId, position });
  }
  return markers.sort((a, b) => a.position - b.position);
}

/** True when two marker lists would draw the same bar (positions compared to a thousandth). */
export function sameMarkers(a: readonly BucketMarker[], b: readonly BucketMarker[]): boolean {
  return a.length === b.length && a.every((m, i) => m.quoteId === b[i]!.quoteId && Math.abs(m.position - b[i]!.position) < 0.001);
}
