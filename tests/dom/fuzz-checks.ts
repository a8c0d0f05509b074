/**
 * What the DOM fuzz tests check, read from the page as a reader's browser would see it, not from what
 * the stages say they did: which elements Sourcelight's stylesheets hide, whether one of them holds
 * article text, and the visible text a quote's Range covers.
 */
import { isLabelOnly } from '../../utils/dom/ad-rules';
import { visibleText } from '../../utils/dom/ad-guard';
import { fold } from '../../utils/dom/anchor';
import type { ArticleInput } from '../../utils/types';

/** Shortest article block the safety property covers: shorter ones ("Share", "Video") say nothing (ad-guard's MIN_ARTICLE_PIECE). */
export const MIN_BLOCK = 20;

/** Sourcelight's own stylesheets that hide (or, in outline mode, would hide) elements: everything but the highlight sheet. */
const HIDING_SHEETS = 'style[data-sourcelight-style]:not([data-sourcelight-style="highlight"])';

/**
 * The elements Sourcelight hides on the page now: every element a rule of its hiding stylesheets
 * matches (the EasyList sheet, the shared `[data-sourcelight-hide]` sheet), plus every marked element
 * (in outline mode the marks are what would be hidden).
 */
export function hiddenElements(doc: Document): Element[] {
  const hidden = new Set<Element>(Array.from(doc.querySelectorAll('body [data-sourcelight-hide]')));
  for (const style of Array.from(doc.querySelectorAll<HTMLStyleElement>(HIDING_SHEETS))) {
    const selectors = Array.from(style.sheet?.cssRules ?? [], (rule) => (rule as CSSStyleRule).selectorText).filter((s) => s && !s.includes('::'));
    for (const el of matching(doc, selectors)) hidden.add(el);
  }
  return [...hidden].filter((el) => el !== doc.documentElement);
}

/** Elements matching any of the selectors: one query for the lot, one per selector if jsdom rejects one of them. */
function matching(doc: Document, selectors: string[]): Element[] {
  if (!selectors.length) return [];
  try {
    return Array.from(doc.querySelectorAll(selectors.join(',')));
  } catch {
    return selectors.flatMap((selector) => {
      try {
        return Array.from(doc.querySelectorAll(selector));
      } catch {
        return []; // a selector jsdom cannot run (procedural pseudo-classes): the browser drops the rule too
      }
    });
  }
}

/** Text with every space, soft hyphen and zero-width character dropped: markup-independent. */
export function squash(text: string): string {
  return text.replace(/[\s\u00a0\u00ad\u200b\ufeff]+/g, '');
}

/**
 * The article blocks the safety property covers: long enough to mean something and prose, not
 * placeholder labels. `isProse` says which blocks are prose; by default those that are not labels only
 * (fuzz-pages.ts passes its own: Readability joins adjacent label spans without a space, "REMOVE
 * ADStory continues…", which no longer reads as labels).
 */
export function protectedBlocks(input: ArticleInput, isProse = (text: string) => !isLabelOnly(text)): string[] {
  return input.blocks.map((b) => b.text).filter((t) => t.length >= MIN_BLOCK && isProse(t)).map(squash);
}

/** Each hidden element holding one of the blocks, described for the failure message. */
export function hiddenArticleText(doc: Document, blocks: string[]): string[] {
  const problems: string[] = [];
  for (const el of hiddenElements(doc)) {
    const text = squash(visibleText(el));
    const block = blocks.find((b) => text.includes(b));
    if (block) problems.push(`<${el.tagName.toLowerCase()} class="${el.getAttribute('class') ?? ''}" hide="${el.getAttribute('data-sourcelight-hide') ?? ''}"> holds "${block.slice(0, 60)}"`);
  }
  return problems;
}

/** Elements whose text the text index skips (anchor.ts never matches inside them). */
const SKIPPED = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|OPTION|SVG|MATH|IFRAME|OBJECT|SOURCELIGHT-SIDEBAR)$/i;

function skipped(node: Node, root: Node): boolean {
  for (let el = node.parentElement; el && el !== root.parentElement; el = el.parentElement) {
    if (SKIPPED.test(el.tagName) || el.hasAttribute('hidden') || el.hasAttribute('data-sourcelight-hide')) return true;
    if (/display\s*:\s*none/i.test(el.getAttribute('style') ?? '')) return true;
  }
  return false;
}

/** The visible text a Range covers (text in script, hidden blocks and the like left out). */
export function visibleRangeText(range: Range, root: Node): string {
  const doc = range.startContainer.ownerDocument!;
  const walker = doc.createTreeWalker(range.commonAncestorContainer, 4 /* SHOW_TEXT */);
  let text = '';
  for (let node = walker.currentNode.nodeType === 3 ? walker.currentNode : walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node) || skipped(node, root)) continue;
    const data = (node as Text).data;
    const start = node === range.startContainer ? range.startOffset : 0;
    const end = node === range.endContainer ? range.endOffset : data.length;
    text += data.slice(start, end);
  }
  return text;
}

/** True when the found text is the quote, whitespace, case, quotation marks and dashes aside (anchor.ts's own levels). */
export function sameQuoteText(found: string, exact: string): boolean {
  return fold(squash(found)) === fold(squash(exact));
}
