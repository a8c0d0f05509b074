/**
 * The page events the reading view follows, for as long as the content script lives: the window
 * resizing (layout may switch between side by side and overlay), scrolling (the card follows its
 * quote), Escape outside the sidebar (the current quote lets go), and the page's own size changing as
 * images and late content load (quotes move, so the bucket bar must be measured again). All passive.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the view does on each event. */
export interface PageWatch {
  onResize(): void;
  onScroll(): void;
  onEscape(): void;
  onReflow(): void;
}

/** Starts listening; everything stops with the context. */
export function watchPage(ctx: ContentScriptContext, watch: PageWatch): void {
  ctx.addEventListener(window, 'resize', () => watch.onResize(), { passive: true });
  ctx.addEventListener(window, 'scroll', () => watch.onScroll(), { passive: true });
  ctx.addEventListener(document, 'keydown', (event: KeyboardEvent) => {
    if (event.key === 'Escape') watch.onEscape();
  }, { passive: true });
  if (typeof ResizeObserver === 'function' && document.body) {
    const observer = new ResizeObserver(() => watch.onReflow());
    observer.observe(document.body);
    ctx.onInvalidated(() => observer.disconnect());
  }
}
