/**
 * The live page's text as one whitespace-collapsed string, with a map from every character back to its
 * text node and offset: the bridge between string matching and DOM Ranges (Hypothesis's text-range
 * idea). Reads only.
 */

/** Elements whose text the reader never sees, or that are not the page's own (our sidebar). */
const SKIPPED_TAGS = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|OPTION|SVG|MATH|IFRAME|OBJECT|SOURCELIGHT-SIDEBAR)$/i;
/** Elements that break text into separate runs (a virtual space goes between them). */
const BLOCK_TAGS = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/i;
/** Characters that count as whitespace (collapsed to one space), as in `normaliseSpace`. */
const SPACE = /[\s\u00a0\u200b\ufeff]/;
/** Characters that are dropped entirely (soft hyphens). */
const DROPPED = '\u00ad';

/** The text of a subtree, whitespace collapsed, with each character's origin. */
export interface TextIndex {
  /** The collapsed text: runs of whitespace and block breaks are one space. */
  text: string;
  /** Text nodes in document order. */
  nodes: Text[];
  /** For each character of `text`: index into `nodes`, or -1 for a virtual space between blocks. */
  nodeOf: Int32Array;
  /** For each character of `text`: its offset in that node's data. */
  offsetOf: Int32Array;
}

/** True when an element is hidden by markup or by our own ad hiding: its text is not on the page. */
function isHidden(el: Element): boolean {
  return (
    el.hasAttribute('hidden') ||
    el.hasAttribute('data-sourcelight-hide') ||
    /display\s*:\s*none/i.test(el.getAttribute('style') ?? '')
  );
}

/**
 * Indexes the visible text under `root`: skips script, style, hidden elements and our sidebar, and puts a
 * virtual space at each block boundary so "…end.</p><p>Next…" reads "…end. Next…".
 */
export function buildTextIndex(root: Node): TextIndex {
  const chars: string[] = [];
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const pushSpace = (node: number, offset: number) => {
    if (chars.length && chars[chars.length - 1] !== ' ') {
      chars.push(' ');
      nodeOf.push(node);
      offsetOf.push(offset);
    }
  };
  const walk = (node: Node, depth: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const n = nodes.push(child as Text) - 1;
        for (let i = 0; i < data.length; i++) {
          const c = data[i]!;
          if (c === DROPPED) continue;
          if (SPACE.test(c)) pushSpace(n, i);
          else {
            chars.push(c);
            nodeOf.push(n);
            offsetOf.push(i);
          }
        }
      } else if (child.nodeType === 1 && depth < 400) {
        const el = child as Element;
        if (SKIPPED_TAGS.test(el.tagName) || isHidden(el)) continue;
        const block = BLOCK_TAGS.test(el.tagName);
        if (block) pushSpace(-1, 0);
        walk(el, depth + 1);
        if (block) pushSpace(-1, 0);
      }
    }
  };
  walk(root, 0);
  return { text: chars.join(''), nodes, nodeOf: Int32Array.from(nodeOf), offsetOf: Int32Array.from(offsetOf) };
}

/**
 * The Range covering `text[start, end)` of an index, trimmed of virtual spaces at either end; null when
 * the span holds no real character.
 */
export function rangeFromIndex(index: TextIndex, start: number, end: number): Range | null {
  let s = start;
  let e = end;
  while (s < e && index.nodeOf[s] === -1) s++;
  while (e > s && index.nodeOf[e - 1] === -1) e--;
  if (s >= e) return null;
  const startNode = index.nodes[index.nodeOf[s]!]!;
  const endNode = index.nodes[index.nodeOf[e - 1]!]!;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, index.offsetOf[s]!);
  range.setEnd(endNode, index.offsetOf[e - 1]! + 1);
  return range;
}
