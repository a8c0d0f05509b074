/**
 * Where the sidebar goes: beside the page on wide windows (the page makes room and reflows, see
 * utils/dom/reflow.ts), over it on narrow ones, where it starts as a slim tab so that it never covers
 * the article unasked.
 */
import { reservePageSpace, type PageSpace } from '../../utils/dom/reflow';

/** The narrowest the page may get beside the sidebar; below that the sidebar overlays it. */
export const MIN_PAGE_WIDTH = 720;
/** Room left to the page when the sidebar overlays it (the page edge stays visible). */
const OVERLAY_MARGIN = 16;

/** Beside the page, or over it. */
export type Layout = 'side' | 'overlay';

/** Side by side when the page keeps at least MIN_PAGE_WIDTH pixels next to the sidebar. */
export function chooseLayout(viewportWidth: number, sidebarWidth: number): Layout {
  return viewportWidth - sidebarWidth >= MIN_PAGE_WIDTH ? 'side' : 'overlay';
}

/** The panel's drawn width: the chosen width, narrowed to fit the window. */
export function panelWidth(viewportWidth: number, sidebarWidth: number): number {
  return Math.max(0, Math.min(sidebarWidth, viewportWidth - OVERLAY_MARGIN));
}

/** Keeps the page's reserved space in step with the sidebar: `set(width)` reserves, `set(null)` gives it back. */
export function createPageSpace(doc: Document): { set(width: number | null): void; undo(): void } {
  let space: PageSpace | null = null;
  let current: number | null = null;
  const undo = () => {
    space?.undo();
    space = null;
    current = null;
  };
  return {
    set(width) {
      if (width === current) return;
      if (width === null) return undo();
      if (space) space.resize(width);
      else space = reservePageSpace(doc, width);
      current = width;
    },
    undo,
  };
}
