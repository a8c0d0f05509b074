/**
 * The pointer on the page's highlights: hovering one reports its quote (for the card), clicking one
 * reports it (the sidebar selects its source), clicking elsewhere in the page reports a miss (the
 * current quote loses its focus). Highlights drawn with the Custom Highlight API get no events, so every
 * test goes through `quoteAt` (a hit test against the anchored ranges). Never blocks the page's own
 * handling: links, buttons, form fields and text selections are left alone, and nothing is prevented.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the watcher asks and tells. */
export interface HighlightPointer {
  /** The quote under the viewport point, or null. */
  quoteAt(x: number, y: number): string | null;
  /** The pointer moved onto a quote, or off all of them (null). */
  onHover(quoteId: string | null): void;
  onClick(quoteId: string): void;
  /** A click in the page that hit no quote. */
  onMiss(): void;
}

/** Things a click on which belongs to the page, highlight or not. */
const INTERACTIVE = 'a[href], button, input, select, textarea, label, summary, [contenteditable=""], [contenteditable="true"], [role="button"], [role="link"]';
/** Our own elements: their clicks are the sidebar's and the card's. */
const OURS = 'sourcelight-sidebar, sourcelight-card';

/** True when a click should be left to the page (or is ours): on a control, or ending a text selection. */
function leaveToPage(event: MouseEvent): boolean {
  const target = event.target instanceof Element ? event.target : null;
  if (target?.closest(OURS) || target?.closest(INTERACTIVE)) return true;
  const selection = target?.ownerDocument.getSelection();
  return !!selection && !selection.isCollapsed;
}

/** Watches the pointer on `doc` for as long as the content script lives. */
export function watchHighlightPointer(ctx: ContentScriptContext, doc: Document, pointer: HighlightPointer): void {
  let hovered: string | null = null;
  let point: { x: number; y: number } | null = null;
  let frame = 0;
  const hover = (next: string | null) => {
    if (next === hovered) return;
    hovered = next;
    pointer.onHover(next);
  };
  const check = () => {
    frame = 0;
    if (point) hover(pointer.quoteAt(point.x, point.y));
  };
  ctx.addEventListener(doc, 'pointermove', (event: PointerEvent) => {
    if (event.pointerType === 'touch') return;
    const target = event.target instanceof Element ? event.target : null;
    point = target?.closest(OURS) ? null : { x: event.clientX, y: event.clientY };
    if (!point) return hover(null);
    if (!frame) frame = ctx.requestAnimationFrame(check);
  }, { passive: true });
  ctx.addEventListener(doc.documentElement, 'pointerleave', () => {
    point = null;
    hover(null);
  }, { passive: true });
  ctx.addEventListener(doc, 'click', (event: MouseEvent) => {
    if (event.button !== 0 || event.defaultPrevented || leaveToPage(event)) return;
    const quoteId = pointer.quoteAt(event.clientX, event.clientY);
    if (quoteId) pointer.onClick(quoteId);
    else pointer.onMiss();
  }, { passive: true });
}
