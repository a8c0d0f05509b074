/**
 * The bucket bar's markers for one pipeline result: every highlighted quote, placed where it sits in
 * the page now. Layout moves quotes (the page reflows beside the sidebar, images load, the window
 * resizes), so the tracker measures again on the next frame when asked and reports only real moves.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { placeMarkers, sameMarkers, type BucketMarker } from '../../utils/dom/bucket';
import type { PageResult } from './pipeline';

/** Measures the markers of `result`'s highlighted quotes; none without highlights. */
export function measureMarkers(result: PageResult | undefined): BucketMarker[] {
  const h = result?.highlighting;
  if (!result?.report || !h) return [];
  const sourceOf = new Map(result.report.quotes.map((q) => [q.id, q.sourceId]));
  return placeMarkers(document, h.quoteIds.map((quoteId) => ({ quoteId, sourceId: sourceOf.get(quoteId) ?? '', rect: h.rect(quoteId) })));
}

/** Keeps the markers of the current result up to date, one measurement per frame at most. */
export class MarkerTracker {
  /** The markers as last measured. */
  markers: BucketMarker[] = [];
  private frame = 0;

  constructor(private readonly ctx: ContentScriptContext, private readonly onChange: () => void) {}

  /** Forgets the markers (a new result). */
  reset(): void {
    this.markers = [];
  }

  /** Measures `result` on the next frame; calls onChange when a marker moved. */
  schedule(result: () => PageResult): void {
    if (this.frame) return;
    this.frame = this.ctx.requestAnimationFrame(() => {
      this.frame = 0;
      const next = measureMarkers(result());
      if (sameMarkers(next, this.markers)) return;
      this.markers = next;
      this.onChange();
    });
  }
}
