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

/** ARTICLE_PROSE and PAGE_PROSE by local name: no other element can match them (a cheap first test). */
const ARTICLE_PROSE_NAMES = new Set(ARTICLE_PROSE.split(/,\s*/));
const PAGE_PROSE_NAMES = new Set(PAGE_PROSE.split(/,\s*/));
/** How deep under its scope the bare-text search reads (as visibleText: deeper text is not read). */
const MAX_BARE_DEPTH = 200;

/**
 * Decides, for one page and its article container, whether an element may be hidden. An element holds
 * prose, and is never hidden, when it is or contains:
 * - an article prose element (ARTICLE_PROSE) inside the scope (the container, else the body) whose
 *   text is 12+ characters and not only placeholder labels;
 * - a paragraph (PAGE_PROSE) anywhere in the body with 80+ such characters;
 * - an element of the scope with a bare text run (text straight inside it, no `<p>`) of 40+.
 * With `roots` (content added late) the scopes are those subtrees, every root's prose is protected as
 * article prose (whether late text belongs to the article is not known, so it is kept), and the
 * page-wide paragraph rule does not apply.
 *
 * Lazy: the question is asked of a few dozen candidates, so only their subtrees are read, once each
 * (answers are kept per element, and a subtree's reading stops at its first prose), rather than every
 * paragraph of the page up front, which cost 15-35 ms at DOMContentLoaded on large pages. The answers
 * are those of the DOM as it is when asked: build one guard per reading of a page that does not change.
 */
export class ProseGuard {
  /** Per element: does it hold prose (itself or anything inside)? */
  private readonly holds = new Map<Element, boolean>();
  /** Per prose element: its visible text's length and whether that is only labels. */
  private readonly texts = new Map<Element, { length: number; labelOnly: boolean }>();
  private readonly scopes: Set<Element>;
  /** The body, when the page-wide paragraph rule applies (no roots). */
  private readonly pageBody: Element | null;
  private readonly article: ArticleText | null;

  /**
   * `articleBlocks` (Readability's blocks, when known) protects, besides the prose found by markup,
   * any element whose text holds a sentence of the article: a short article paragraph kept in a bare
   * `<div class="ad">` outside the located container is no `<p>`, and is still the article.
   */
  constructor(doc: Document, private readonly container: Element | null, roots?: Element[], articleBlocks?: readonly string[] | null) {
    this.article = articleBlocks?.length ? new ArticleText(articleBlocks) : null;
    const scope = roots ? null : container ?? doc.body;
    this.scopes = new Set(roots ?? (scope ? [scope] : []));
    this.pageBody = roots ? null : doc.body;
  }

  /** True when `el` is, or contains, prose (see the class comment). Reads `el`'s subtree at most once. */
  private holdsProse(el: Element): boolean {
    const known = this.holds.get(el);
    if (known !== undefined) return known;
    // Depth first without recursion (a page may nest thousands deep): each frame is an element and the
    // child it is at; a prose element found makes every element on the stack hold prose.
    const stack: Array<{ el: Element; child: Element | null; started: boolean }> = [{ el, child: null, started: false }];
    while (stack.length) {
      const top = stack[stack.length - 1]!;
      if (!top.started) {
        top.started = true;
        if (this.isProse(top.el)) break;
        top.child = top.el.firstElementChild;
      } else top.child = top.child!.nextElementSibling;
      let verdict: boolean | undefined;
      while (top.child && (verdict = this.holds.get(top.child)) === false) top.child = top.child.nextElementSibling;
      if (verdict === true) break;
      if (top.child) stack.push({ el: top.child, child: null, started: false });
      else {
        this.holds.set(top.el, false);
        stack.pop();
      }
    }
    for (const frame of stack) this.holds.set(frame.el, true);
    return stack.length > 0;
  }

  /** True when `el` itself is prose: a prose element or the parent of a bare text run (the class comment). */
  private isProse(el: Element): boolean {
    const name = el.localName.toLowerCase();
    if (ARTICLE_PROSE_NAMES.has(name) && el.matches(ARTICLE_PROSE) && this.inScope(el) && this.isProseText(el, MIN_ARTICLE_PROSE)) return true;
    if (this.pageBody && PAGE_PROSE_NAMES.has(name) && el !== this.pageBody && el.matches(PAGE_PROSE) && this.pageBody.contains(el)
      && this.isProseText(el, MIN_PAGE_PROSE)) return true;
    let visited: boolean | undefined;
    for (let child = el.firstChild; child; child = child.nextSibling) {
      // A short run says nothing (collapsing spaces only shortens it): most are, and are not normalised.
      if (child.nodeType !== 3 || (child as Text).data.length < MIN_BARE_PROSE) continue;
      if ((visited ??= this.readsBareText(el)) === false) return false;
      const text = normaliseSpace((child as Text).data);
      if (text.length >= MIN_BARE_PROSE && !isLabelOnly(text)) return true;
    }
    return false;
  }

  /** True when `el`'s visible text has `minLength`+ characters and is not only placeholder labels. */
  private isProseText(el: Element, minLength: number): boolean {
    let text = this.texts.get(el);
    if (!text) {
      const visible = visibleText(el);
      this.texts.set(el, (text = { length: visible.length, labelOnly: isLabelOnly(visible) }));
    }
    return text.length >= minLength && !text.labelOnly;
  }

  /** True when `el` is one of the scopes or inside one. */
  private inScope(el: Element): boolean {
    for (let node: Element | null = el; node; node = node.parentElement) if (this.scopes.has(node)) return true;
    return false;
  }

  /**
   * True when the bare-text search reads `el`'s text: it is a scope, or lies at most MAX_BARE_DEPTH
   * levels under one with no invisible element (script, template…) on the way down.
   */
  private readsBareText(el: Element): boolean {
    for (let node: Element | null = el, depth = 0; node; node = node.parentElement, depth++) {
      if (this.scopes.has(node)) return true;
      if (depth >= MAX_BARE_DEPTH || INVISIBLE_TAGS.has(node.tagName.toUpperCase())) return false;
    }
    return false;
  }

  /**
   * True when `el` may be hidden: it is not the page itself, holds no prose, is no ancestor of the
   * article container and sits inside no paragraph.
   */
  allows(el: Element): boolean {
    const tag = el.tagName.toUpperCase();
    if (tag === 'HTML' || tag === 'BODY' || tag === 'MAIN' || INVISIBLE_TAGS.has(tag)) return false;
    if (this.container && el.contains(this.container)) return false;
    if (el.parentElement?.closest('p')) return false;
    if (el.closest('sourcelight-sidebar')) return false;
    if (this.holdsProse(el)) return false;
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
