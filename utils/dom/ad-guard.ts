/**
 * The safety rules of ad hiding: which elements hold article prose and so may never be hidden, and what
 * counts as an element's visible text without layout. Reads only; uses nothing but `childNodes`,
 * `nodeType`, `tagName`, attributes and `querySelectorAll`, so it works in the browser, jsdom and linkedom.
 */
import { normaliseSpace } from './blocks';
import { isLabelOnly } from './ad-rules';

/** Elements whose text is never visible prose. */
const INVISIBLE_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK']);
/** Prose elements inside the article: a hidden one of these would cost the reader article text. */
const ARTICLE_PROSE = 'p, blockquote, pre, li, dd, figcaption, h2, h3, h4, h5, h6, td';
/** Prose elements anywhere on the page, guarded too in case the article container was located too narrowly. */
const PAGE_PROSE = 'p, blockquote, pre';
/** Shortest text that counts as prose inside the article ("He said no." is 11 characters). */
const MIN_ARTICLE_PROSE = 12;
/** Shortest paragraph outside the article that is protected anyway. */
const MIN_PAGE_PROSE = 80;
/** Shortest bare text run (text straight inside a `<div>`, no `<p>`) that counts as article prose. */
const MIN_BARE_PROSE = 40;
/** Content other than text whose loss a reader would notice: climbing to a parent that adds one stops. */
const CONTENT_SELECTOR = 'img, picture, video, audio, canvas, svg, object, embed, input, select, textarea';

/** The visible text of a node (script, style and template text excluded), whitespace collapsed. */
export function visibleText(node: Node): string {
  let text = '';
  const walk = (n: Node, depth: number) => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) text += (child as Text).data;
      else if (child.nodeType === 1 && depth < 200 && !INVISIBLE_TAGS.has((child as Element).tagName.toUpperCase())) {
        text += ' ';
        walk(child, depth + 1);
      }
    }
  };
  walk(node, 0);
  return normaliseSpace(text);
}

/**
 * True when `visibleText(node).length > limit`, reading no more of the text than it takes to know: a
 * page region under an ad-named class can hold the whole page's text, and reading all of it only to
 * learn that it is long cost tens of milliseconds at DOMContentLoaded. The text is collected as
 * visibleText does and measured (normalised) each time it doubles past `limit`: appending never
 * shortens the normalised text, so once over, it stays over.
 */
export function visibleTextLongerThan(node: Node, limit: number): boolean {
  let text = '';
  let measureAt = limit + 1;
  const over = () => {
    if (text.length < measureAt) return false;
    if (normaliseSpace(text).length > limit) return true;
    measureAt = 2 * text.length;
    return false;
  };
  const walk = (n: Node, depth: number): boolean => {
    for (let child = n.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += (child as Text).data;
        if (over()) return true;
      } else if (child.nodeType === 1 && depth < 200 && !INVISIBLE_TAGS.has((child as Element).tagName.toUpperCase())) {
        text += ' ';
        if (walk(child, depth + 1)) return true;
      }
    }
    return false;
  };
  return walk(node, 0) || normaliseSpace(text).length > limit;
}

/** True when the element is hidden by markup alone (`hidden`, inline `display:none`). */
export function isHiddenByMarkup(el: Element): boolean {
  return el.hasAttribute('hidden') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
}

/** Number of non-text content elements inside `el` (images, video, form fields, icons). */
export function contentCount(el: Element): number {
  return el.querySelectorAll(CONTENT_SELECTOR).length;
}

/**
 * Decides, for one page and its article container, whether an element may be hidden. Built once per
 * `findAdBlocks` call: it marks every ancestor of every prose element, so each later check is O(depth).
 * With `roots` (content added late) it reads only those subtrees, and protects all their prose as
 * article prose: whether late text belongs to the article is not known, so it is kept.
 */
export class ProseGuard {
  private readonly holdsProse = new Set<Element>();
  private readonly article: ArticleText | null;

  /**
   * `articleBlocks` (Readability's blocks, when known) protects, besides the prose found by markup,
   * any element whose text holds a sentence of the article: a short article paragraph kept in a bare
   * `<div class="ad">` outside the located container is no `<p>`, and is still the article.
   */
  constructor(private readonly doc: Document, private readonly container: Element | null, roots?: Element[], articleBlocks?: readonly string[] | null) {
    this.article = articleBlocks?.length ? new ArticleText(articleBlocks) : null;
    if (roots) {
      for (const root of roots) this.protectScope(root);
      return;
    }
    const scope = container ?? doc.body;
    if (scope) this.protectScope(scope);
    // The paragraphs inside `scope` were judged just above with the lower bar: only the rest are left.
    const outside = Array.from(doc.body?.querySelectorAll(PAGE_PROSE) ?? []).filter((el) => !scope?.contains(el));
    this.protect(outside, MIN_PAGE_PROSE);
  }

  /** Protects the article prose and bare text runs under `scope` (and in it). */
  private protectScope(scope: Element): void {
    const prose = Array.from(scope.querySelectorAll(ARTICLE_PROSE));
    this.protect(scope.matches(ARTICLE_PROSE) ? [scope, ...prose] : prose, MIN_ARTICLE_PROSE);
    this.protectBareText(scope, 0);
  }

  /**
   * Marks the elements with prose text, and all their ancestors, as untouchable. `elements` is in
   * document order: read from the end, an element comes after the elements inside it, and one already
   * marked (it holds a marked paragraph) needs no reading of its text, which could be a whole list's.
   */
  private protect(elements: Element[], minLength: number): void {
    for (let i = elements.length - 1; i >= 0; i--) {
      const el = elements[i]!;
      if (this.holdsProse.has(el)) continue;
      const text = visibleText(el);
      if (text.length >= minLength && !isLabelOnly(text)) this.mark(el);
    }
  }

  /** Marks the parents of long bare text runs (article text with no `<p>` around it). */
  private protectBareText(node: Node, depth: number): void {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3 && node.nodeType === 1) {
        // Nothing to learn from a short run (collapsing spaces only shortens it) or in a marked element.
        if ((child as Text).data.length < MIN_BARE_PROSE || this.holdsProse.has(node as Element)) continue;
        const text = normaliseSpace((child as Text).data);
        if (text.length >= MIN_BARE_PROSE && !isLabelOnly(text)) this.mark(node as Element);
      } else if (child.nodeType === 1 && depth < 200 && !INVISIBLE_TAGS.has((child as Element).tagName.toUpperCase())) {
        this.protectBareText(child, depth + 1);
      }
    }
  }

  private mark(el: Element): void {
    for (let node: Element | null = el; node && !this.holdsProse.has(node); node = node.parentElement) {
      this.holdsProse.add(node);
    }
  }

  /**
   * True when `el` may be hidden: it is not the page itself, holds no prose, is no ancestor of the
   * article container and sits inside no paragraph.
   */
  allows(el: Element): boolean {
    const tag = el.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'BODY' || tag === 'MAIN' || INVISIBLE_TAGS.has(tag)) return false;
    if (this.holdsProse.has(el)) return false;
    if (this.container && el.contains(this.container)) return false;
    if (el.parentElement?.closest('p')) return false;
    if (el.closest('sourcelight-sidebar')) return false;
    if (!this.article) return true;
    // Readability keeps placeholder labels ("Continue reading the main story") among the article's blocks.
    const text = visibleText(el);
    return isLabelOnly(text) || !this.article.holds(text);
  }
}

/** Shortest piece of text compared with the article: shorter ones ("Share", "Video") say nothing. */
const MIN_ARTICLE_PIECE = 20;

/**
 * The article's own text (Readability's blocks), to tell article prose from other prose: a Taboola box
 * of headlines holds prose but none of the article's sentences. Pure strings, no DOM.
 */
export class ArticleText {
  private readonly text: string;

  constructor(blocks: readonly string[]) {
    this.text = normaliseSpace(blocks.join(' \n ')).toLowerCase();
  }

  /** True when `text` holds a sentence (or a 20+ character piece) of the article. */
  holds(text: string): boolean {
    const plain = normaliseSpace(text).toLowerCase();
    if (plain.length >= MIN_ARTICLE_PIECE && this.text.includes(plain)) return true;
    for (const piece of plain.split(/(?<=[.!?…:;"”])\s+/)) {
      if (piece.length >= MIN_ARTICLE_PIECE && this.text.includes(piece.slice(0, 80))) return true;
    }
    return false;
  }
}
