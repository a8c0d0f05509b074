/**
 * The live page's text as one whitespace-collapsed string, with a map from every character back to its
 * text node and offset: the bridge between string matching and DOM Ranges (Hypothesis's text-range
 * idea). Reads only.
 *
 * Built on the page's main thread for every article, so it is built for speed: the map is kept as
 * segments (stretches of the text that run straight along one text node), not one entry per character,
 * and the characters themselves are left to native regular expressions and slices. Ordinary prose, with
 * single plain spaces between words, is one segment per text node; only runs of whitespace, other
 * whitespace characters and soft hyphens start a new one.
 */

/** Elements whose text the reader never sees, or that are not the page's own (our sidebar); lower case. */
const SKIPPED_TAGS = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'svg', 'math', 'iframe', 'object', 'sourcelight-sidebar']);
/** Elements that break text into separate runs (a virtual space goes between them); lower case. */
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'table',
  'td', 'th', 'tr', 'ul',
]);
/** Deeper than this the walk stops (a hostile page cannot overflow the stack). */
const MAX_DEPTH = 400;
/**
 * What the text index cannot copy as it is: a run of two or more whitespace characters or soft hyphens,
 * or a single one that is not a plain space. Whitespace is JavaScript's `\s` plus the zero-width space,
 * as in `normaliseSpace`; soft hyphens (U+00AD) are dropped.
 */
const IRREGULAR = /[\s\u200b\u00ad]{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff\u00ad]/g;
/** A whitespace character (`\s` or the zero-width space), not a soft hyphen. */
const SPACE = /[\s\u200b]/;

/** The text of a subtree, whitespace collapsed, with each character's origin (see `locate`). */
export interface TextIndex {
  /** The collapsed text: runs of whitespace and block breaks are one space. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** Segment i covers `text` from `segmentStart[i]` up to the next segment's start. */
  segmentStart: Int32Array;
  /** Each segment's index into `nodes`, or -1 for a virtual space between blocks. */
  segmentNode: Int32Array;
  /** The offset in its node's data of each segment's first character (the next ones follow it). */
  segmentOffset: Int32Array;
}

/** Where a character of the text comes from: the index into `nodes` (-1: a virtual space) and the offset in its data. */
export function locate(index: TextIndex, position: number): { node: number; offset: number } {
  const starts = index.segmentStart;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= position) low = mid;
    else high = mid - 1;
  }
  const node = index.segmentNode[low]!;
  return { node, offset: node === -1 ? 0 : index.segmentOffset[low]! + position - starts[low]! };
}

/** Elements that may be hidden (see `isHidden`): one native selector match rules out the rest. */
const MAYBE_HIDDEN = '[hidden],[data-sourcelight-hide],[style]';

/** True when an element is hidden by markup or by our own ad hiding: its text is not on the page. */
function isHidden(el: Element): boolean {
  if (!el.matches(MAYBE_HIDDEN)) return false;
  if (el.hasAttribute('hidden') || el.hasAttribute('data-sourcelight-hide')) return true;
  const style = el.getAttribute('style');
  return style !== null && /display\s*:\s*none/i.test(style);
}

/** The index under construction: the text as slices joined once at the end, segments in growing typed arrays. */
class IndexBuilder {
  private readonly pieces: string[] = [];
  private readonly nodes: Text[] = [];
  private starts = new Int32Array(256);
  private owners = new Int32Array(256);
  private offsets = new Int32Array(256);
  private segments = 0;
  private length = 0;
  /** The last character is a space, or there is none yet: no space may follow. */
  private spaced = true;

  /** Appends `data[from, to)` (no whitespace in it but single plain spaces) as it is, from node `node`. */
  private copy(data: string, from: number, to: number, node: number): void {
    if (this.spaced && data.charCodeAt(from) === 32) from++; // a space right after a space
    if (from >= to) return;
    const last = this.segments - 1;
    // Straight on from the previous segment (same node, next offset): extend it.
    if (last < 0 || this.owners[last] !== node || this.offsets[last]! + this.length - this.starts[last]! !== from) this.segment(node, from);
    this.pieces.push(from === 0 && to === data.length ? data : data.slice(from, to));
    this.length += to - from;
    this.spaced = data.charCodeAt(to - 1) === 32;
  }

  /** One space (a whitespace run at `node`/`offset`, or a virtual one with node -1), unless one just went. */
  space(node: number, offset: number): void {
    if (this.spaced) return;
    this.segment(node, offset);
    this.pieces.push(' ');
    this.length++;
    this.spaced = true;
  }

  private segment(node: number, offset: number): void {
    if (this.segments === this.starts.length) {
      const grow = (a: Int32Array) => {
        const b = new Int32Array(a.length * 2);
        b.set(a);
        return b;
      };
      this.starts = grow(this.starts);
      this.owners = grow(this.owners);
      this.offsets = grow(this.offsets);
    }
    this.starts[this.segments] = this.length;
    this.owners[this.segments] = node;
    this.offsets[this.segments] = offset;
    this.segments++;
  }

  /** A text node: copied in stretches between the irregular runs, each run one space (or none: soft hyphens only). */
  text(node: Text): void {
    const data = node.data;
    const n = this.nodes.push(node) - 1;
    let from = 0;
    IRREGULAR.lastIndex = 0;
    for (let match = IRREGULAR.exec(data); match; match = IRREGULAR.exec(data)) {
      if (from < match.index) this.copy(data, from, match.index, n);
      const run = match[0];
      const space = run.search(SPACE);
      if (space !== -1) this.space(n, match.index + space);
      from = match.index + run.length;
    }
    if (from < data.length) this.copy(data, from, data.length, n);
  }

  index(): TextIndex {
    return {
      text: this.pieces.join(''), nodes: this.nodes,
      segmentStart: this.starts.slice(0, this.segments), segmentNode: this.owners.slice(0, this.segments),
      segmentOffset: this.offsets.slice(0, this.segments),
    };
  }
}

/**
 * Indexes the visible text under `root`: skips script, style, hidden elements and our sidebar, and puts a
 * virtual space at each block boundary so "…end.</p><p>Next…" reads "…end. Next…".
 */
export function buildTextIndex(root: Node): TextIndex {
  const builder = new IndexBuilder();
  const walk = (node: Node, depth: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      const type = child.nodeType;
      if (type === 3) builder.text(child as Text);
      else if (type === 1 && depth < MAX_DEPTH) {
        const el = child as Element;
        const tag = el.localName.toLowerCase();
        if (SKIPPED_TAGS.has(tag) || isHidden(el)) continue;
        const block = BLOCK_TAGS.has(tag);
        if (block) builder.space(-1, 0);
        walk(el, depth + 1);
        if (block) builder.space(-1, 0);
      }
    }
  };
  walk(root, 0);
  return builder.index();
}

/**
 * The Range covering `text[start, end)` of an index, trimmed of virtual spaces at either end; null when
 * the span holds no real character.
 */
export function rangeFromIndex(index: TextIndex, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && locate(index, s).node === -1) s++;
  while (e > s && locate(index, e - 1).node === -1) e--;
  if (s >= e) return null;
  const first = locate(index, s);
  const last = locate(index, e - 1);
  const startNode = index.nodes[first.node]!;
  const endNode = index.nodes[last.node]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, first.offset);
  range.setEnd(endNode, last.offset + 1);
  return range;
}
