/**
 * The fallback highlighter for browsers without the CSS Custom Highlight API: wraps the text of each
 * range in `<sourcelight-mark>` elements.
 *
 * What it changes: splits text nodes at range boundaries (the original node keeps the first piece) and
 * wraps each covered piece in `<sourcelight-mark data-sourcelight-quote="q1" data-sourcelight-source="0">`.
 * How to undo: the returned Undo moves every mark's children back out and removes the mark, then joins
 * each split piece back into its original node, so the page's markup and its text node objects are
 * restored (no `normalize()` over the page's own adjacent text nodes).
 */
import type { Undo } from '../types';

/** The element that wraps highlighted text in the fallback. */
export const MARK_TAG = 'sourcelight-mark';

/** One range to wrap: which quote it shows and the index of its source's colour. */
export interface MarkRequest {
  quoteId: string;
  sourceIndex: number;
  range: Range;
}

/** Parents under which a whitespace-only text node is layout, not text (never wrapped). */
const STRUCTURAL = /^(TABLE|TBODY|THEAD|TFOOT|TR|UL|OL|DL|SELECT|COLGROUP)$/i;
/** Parents whose text is not on the page. */
const INVISIBLE = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA)$/i;

/** A text boundary: a text node and an offset into it. */
type Point = [Text, number];

/** A piece of a split text node at a boundary; `outside` when the boundary lies just past it. */
interface Edge {
  node: Text;
  outside: boolean;
}

/** Splits text nodes so every boundary falls on a node edge; returns an undo joining them back. */
function splitAtBoundaries(points: Point[]): { edge: (p: Point, side: 'start' | 'end') => Edge; undo: Undo } {
  const cuts = new Map<Text, Set<number>>();
  for (const [node, offset] of points) {
    if (offset > 0 && offset < node.data.length) (cuts.get(node) ?? cuts.set(node, new Set()).get(node)!).add(offset);
  }
  const pieces = new Map<Text, Array<{ node: Text; start: number }>>();
  const splits: Array<[Text, Text]> = [];
  for (const [node, offsets] of cuts) {
    const list = [{ node, start: 0 }];
    for (const offset of Array.from(offsets).sort((a, b) => b - a)) {
      const tail = node.splitText(offset);
      splits.push([node, tail]);
      list.splice(1, 0, { node: tail, start: offset });
    }
    pieces.set(node, list);
  }
  // A start at a node's very end, or an end at its very start, covers none of that node.
  const edge = ([node, offset]: Point, side: 'start' | 'end'): Edge => {
    const list = pieces.get(node) ?? [{ node, start: 0 }];
    const i = list.findIndex((p) => p.start === offset);
    if (side === 'start') return i === -1 ? { node: list[list.length - 1]!.node, outside: true } : { node: list[i]!.node, outside: false };
    if (offset === 0) return { node: list[0]!.node, outside: true };
    return { node: (i > 0 ? list[i - 1]! : list[list.length - 1]!).node, outside: false };
  };
  const undo = () => {
    for (const [node, tail] of splits.splice(0).reverse()) {
      node.appendData(tail.data);
      tail.remove();
    }
  };
  return { edge, undo };
}

/** The text nodes from `first` to `last` in document order, worth wrapping (edges excluded when outside). */
function textNodesBetween(first: Edge, last: Edge): Text[] {
  const root = commonAncestor(first.node, last.node);
  if (!root) return [];
  const walker = first.node.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  walker.currentNode = first.node;
  const nodes: Text[] = [];
  for (let node: Node | null = first.node; node; node = walker.nextNode()) {
    const text = node as Text;
    const edgeOutside = (text === first.node && first.outside) || (text === last.node && last.outside);
    if (!edgeOutside && isWrappable(text)) nodes.push(text);
    if (node === last.node) break;
  }
  return nodes;
}

/** False for empty text, text in script/style, and whitespace that only lays out a table or list. */
function isWrappable(text: Text): boolean {
  const parent = text.parentElement;
  if (!parent || !text.data.length || INVISIBLE.test(parent.tagName)) return false;
  const blank = !/\S/.test(text.data);
  return !(blank && (STRUCTURAL.test(parent.tagName) || text.data.includes('\n')));
}

function commonAncestor(a: Node, b: Node): Node | null {
  for (let node: Node | null = a; node; node = node.parentNode) if (node.contains(b)) return node;
  return null;
}

/**
 * Wraps every request's text in marks. Returns the marks of each quote (for flashing and scrolling) and
 * the Undo. Requests whose range does not start and end in text nodes are skipped.
 */
export function wrapRanges(doc: Document, requests: MarkRequest[]): { marks: Map<string, Element[]>; undo: Undo } {
  const usable = requests.filter(({ range }) => range.startContainer.nodeType === 3 && range.endContainer.nodeType === 3 && !range.collapsed);
  const bounds = usable.map(({ range }) => [[range.startContainer as Text, range.startOffset], [range.endContainer as Text, range.endOffset]] as [Point, Point]);
  const split = splitAtBoundaries(bounds.flat());
  const covered = bounds.map(([start, end]) => textNodesBetween(split.edge(start, 'start'), split.edge(end, 'end')));
  const marks = new Map<string, Element[]>();
  const created: Element[] = [];
  const wrap = () => usable.forEach(({ quoteId, sourceIndex }, i) => {
    for (const text of covered[i]!) {
      const mark = doc.createElement(MARK_TAG);
      mark.setAttribute('data-sourcelight-quote', quoteId);
      mark.setAttribute('data-sourcelight-source', String(sourceIndex));
      text.parentNode!.insertBefore(mark, text);
      mark.appendChild(text);
      created.push(mark);
      (marks.get(quoteId) ?? marks.set(quoteId, []).get(quoteId)!).push(mark);
    }
  });
  const undo = () => {
    for (const mark of created.splice(0).reverse()) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      mark.remove();
    }
    split.undo();
    marks.clear();
  };
  try {
    wrap();
  } catch (error) {
    // Half the page wrapped and no Undo for the caller: unwrap and join back what was done, then report.
    undo();
    throw error;
  }
  return { marks, undo };
}
