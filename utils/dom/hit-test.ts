/**
 * Hit-testing the page's text: which highlighted quote lies under a point of the viewport. The CSS
 * Custom Highlight API paints ranges, not elements, so a highlight gets no events of its own: the
 * caret position under the pointer (caretPositionFromPoint, or WebKit's caretRangeFromPoint) says which
 * range it falls in, and the range's line boxes confirm the pointer is on its text rather than in the
 * blank space after a line's end. Reads only.
 */

/** A point in the DOM: a node and an offset into it. */
export interface Caret {
  node: Node;
  offset: number;
}

/** How far outside a line box (px) still counts as on it: the gap between lines is not a miss. */
const SLOP_PX = 1;

type CaretDocument = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The caret position under the viewport point (x, y), with whichever API the browser has; null if none. */
export function caretFromPoint(doc: Document, x: number, y: number): Caret | null {
  const d = doc as CaretDocument;
  try {
    if (typeof d.caretPositionFromPoint === 'function') {
      const position = d.caretPositionFromPoint(x, y);
      return position ? { node: position.offsetNode, offset: position.offset } : null;
    }
    if (typeof d.caretRangeFromPoint === 'function') {
      const range = d.caretRangeFromPoint(x, y);
      return range ? { node: range.startContainer, offset: range.startOffset } : null;
    }
  } catch {
    // a point outside the viewport, or a page that replaced the API: no hit
  }
  return null;
}

/** True when (x, y) lies in one of the boxes (with a pixel of slop). */
export function rectsContain(rects: ArrayLike<DOMRect>, x: number, y: number): boolean {
  for (let i = 0; i < rects.length; i++) {
    const r = rects[i]!;
    if (x >= r.left - SLOP_PX && x <= r.right + SLOP_PX && y >= r.top - SLOP_PX && y <= r.bottom + SLOP_PX) return true;
  }
  return false;
}

/** True when the caret falls inside the range (a caret in another tree, such as a shadow root, never does). */
function caretInRange(range: Range, caret: Caret): boolean {
  try {
    return range.comparePoint(caret.node, caret.offset) === 0;
  } catch {
    return false;
  }
}

/**
 * The id of the range under (x, y), or null. When ranges overlap (a quote inside a longer one), the
 * shortest wins: it is the one the reader is pointing at most precisely.
 */
export function rangeAtPoint(doc: Document, x: number, y: number, ranges: Iterable<[string, Range]>): string | null {
  const caret = caretFromPoint(doc, x, y);
  if (!caret) return null;
  let best: string | null = null;
  let bestLength = Infinity;
  for (const [id, range] of ranges) {
    if (!caretInRange(range, caret) || !rectsContain(range.getClientRects(), x, y)) continue;
    const length = range.toString().length;
    if (length < bestLength) {
      best = id;
      bestLength = length;
    }
  }
  return best;
}

/** The element named `tag` whose text lies under (x, y) (the <sourcelight-mark> fallback), or null. */
export function elementAtPoint(doc: Document, x: number, y: number, tag: string): Element | null {
  const caret = caretFromPoint(doc, x, y);
  const start = caret?.node.nodeType === 1 ? (caret.node as Element) : caret?.node.parentElement;
  const hit = start?.closest(tag) ?? null;
  return hit && rectsContain(hit.getClientRects(), x, y) ? hit : null;
}
