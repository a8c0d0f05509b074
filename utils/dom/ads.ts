/**
 * Ad hiding. `findAdBlocks` reads the page structurally (no layout, so it also runs in linkedom for
 * the CLI); `hideBlocks` is the one writer of the marker. EasyList's rules are applied beside these by
 * filters-apply.ts (the early content script) and kept off the article by cosmetic-guard.ts.
 *
 * What hideBlocks changes: it sets `data-sourcelight-hide="<reason>"` on each block and makes sure the
 * document has ONE shared `<style data-sourcelight-style="hide">` with `[data-sourcelight-hide]{display:none!important}`
 * (or, in "outline" mode, an outline and the reason drawn above each block). (The page contract's count
 * of hidden blocks is a different attribute, `<html data-sourcelight-hidden="3">`.)
 * How to undo: call the returned Undo; it removes the attributes it set, and the stylesheet once no
 * marked element is left, leaving the page's markup exactly as before.
 */
import type { Undo } from '../types';
import { AD_SELECTORS, adHostOf, isAdName, labelKind, isLabelOnly, type LabelKind } from './ad-rules';
import { contentCount, isHiddenByMarkup, ProseGuard, visibleText, visibleTextLongerThan } from './ad-guard';
import { normaliseSpace } from './blocks';
import type { HideMode } from './cosmetic-sheet';

/** One block to hide and why ("label:ADVERTISEMENT", "selector:.adsbygoogle", "frame:doubleclick.net"). */
export interface AdBlock {
  element: Element;
  reason: string;
}

/** The marker attribute on hidden blocks; its value is the reason. */
export const HIDDEN_ATTRIBUTE = 'data-sourcelight-hide';
/** The one rule that hides every marked block (never `<html>`, which carries the hidden count). */
export const HIDE_RULE = `[${HIDDEN_ATTRIBUTE}]{display:none!important}`;
/** How many empty or label-only wrappers a placeholder may climb to reach its whole container. */
const MAX_CLIMB = 4;
/** A class/id match holding more visible text than this is a page region, not an ad. */
const MAX_AD_TEXT = 1000;
/** Landmarks an ad match never is nor contains. */
const LANDMARKS = 'h1, main, article, nav, [role="main"], [role="navigation"]';
/** Page regions a placeholder never climbs into, even when they look empty (filled later by scripts). */
const REGIONS = `${LANDMARKS}, header, footer, form, [role="banner"], [role="contentinfo"]`;
/** Elements whose text is never a placeholder label (by local name, lower case). */
const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'sourcelight-sidebar']);
/** A text node longer than this, whitespace included, is not a label (labels are at most 60 characters). */
const MAX_RAW_LABEL = 400;
/**
 * A letter or digit of the Latin alphabet: a text with one is label-only only if it holds a label.
 * (Other scripts' letters count too, but a text with only those is read the long way: this is a filter.)
 */
const HAS_WORD = /[a-z0-9]/i;
/** How deep under the scope the label search reads (as visibleText does). */
const MAX_DEPTH = 200;
/** What every label holds (ad-rules.ts AD_LABELS, DISCLOSURE_LABELS): a text without it holds no label. */
const LABEL_WORD = /ad|sponsored|promoted|continue/i;
/** Where a lone "Advertising" link is navigation, not a placeholder. */
const NAVIGATION = 'nav, footer, li, menu, a[href]:not([href^="#"]):not([href^="javascript"])';

/**
 * Finds the ad blocks of `doc`: labelled placeholders ("ADVERTISEMENT / REMOVE AD"), known ad
 * selectors, ad-named containers and ad-network iframes. Never returns an element that holds article
 * prose (by markup, or `articleBlocks`' text when given), contains `articleContainer` or sits inside a
 * paragraph. Outermost blocks only, in document order.
 * `roots` limits the search to those subtrees (late content; every root's own prose is protected).
 * Reads only.
 */
export function findAdBlocks(doc: Document, articleContainer: Element | null, roots?: Element[], articleBlocks?: readonly string[] | null): AdBlock[] {
  if (!doc.body) return [];
  const scopes = roots ?? [doc.body];
  const guard = new ProseGuard(doc, articleContainer, roots, articleBlocks);
  const found = new Map<Element, string>();
  const add = (el: Element, reason: string) => {
    if (found.has(el) || isHiddenByMarkup(el) || !guard.allows(el)) return;
    const whole = climb(el, guard);
    if (!found.has(whole)) found.set(whole, reason);
  };
  for (const scope of scopes) {
    for (const [el, reason] of selectorMatches(scope)) add(el, reason);
    for (const [el, reason] of frameMatches(scope)) add(el, reason);
    for (const { element, kind, text } of labelMatches(scope)) {
      const whole = guard.allows(element) ? climb(element, guard) : null;
      // A disclosure ("Sponsored") is hidden only with the empty slot it announces, never alone.
      if (!whole || (whole === element && kind === 'disclosure') || found.has(whole)) continue;
      found.set(whole, `label:${text}`);
    }
  }
  return outermost(found);
}

/** `scope` and the elements under it that match `selector`. */
function within(scope: Element, selector: string): Element[] {
  const below = Array.from(scope.querySelectorAll(selector));
  return scope.matches(selector) ? [scope, ...below] : below;
}

/** All the known ad selectors in one: one pass over the page finds what any of them matches. */
const ANY_AD_SELECTOR = AD_SELECTORS.join(', ');
/**
 * The elements whose class or id may be an ad name: every ad token holds "ad" or is a network's name
 * (ad-rules.ts), and CSS compares them as ASCII without case, as `nameTokens` splits them. A superset
 * the browser finds natively, instead of every element with a class or id read in script.
 */
const MAYBE_AD_NAMED = ['ad', 'outbrain', 'taboola'].flatMap((t) => [`[class*="${t}" i]`, `[id*="${t}" i]`]).join(', ');

/** Elements matching the known ad selectors, then elements whose class or id is an ad name. */
function* selectorMatches(scope: Element): Generator<[Element, string]> {
  // Selector by selector, as the list orders them (the first reason found for an element wins).
  const any = within(scope, ANY_AD_SELECTOR);
  for (const selector of any.length ? AD_SELECTORS : []) {
    for (const el of any) if (el.matches(selector)) yield [el, `selector:${selector}`];
  }
  // A page repeats its class names hundreds of times ("story-body__link"): judge each name once.
  const judged = new Map<string, boolean>();
  const adName = (name: string) => {
    let verdict = judged.get(name);
    if (verdict === undefined) judged.set(name, (verdict = isAdName(name)));
    return verdict;
  };
  for (const el of within(scope, MAYBE_AD_NAMED)) {
    const id = el.getAttribute('id') ?? '';
    const name = adName(id) ? `#${id}` : classNames(el).find(adName);
    if (!name || el.matches(LANDMARKS) || el.querySelector(LANDMARKS)) continue;
    if (visibleTextLongerThan(el, MAX_AD_TEXT)) continue;
    yield [el, `selector:${name.startsWith('#') ? name : `.${name}`}`];
  }
}

/** Iframes whose address is an ad network's. */
function* frameMatches(scope: Element): Generator<[Element, string]> {
  for (const frame of within(scope, 'iframe[src]')) {
    const host = adHostOf(frame.getAttribute('src') ?? '');
    if (host) yield [frame, `frame:${host}`];
  }
}

/**
 * Elements whose whole visible text is a placeholder label, with the label as the page writes it.
 * Reads the text nodes under `scope` in document order (a TreeWalker: the browser steps over the
 * elements), as far down as visibleText reads (MAX_DEPTH) and outside UNREAD elements; most text
 * nodes are dismissed by their length or words before anything else is read.
 */
function labelMatches(scope: Element): Array<{ element: Element; kind: LabelKind; text: string }> {
  const matches: Array<{ element: Element; kind: LabelKind; text: string }> = [];
  const seen = new Set<Element>();
  const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    // Labels are short; indentation aside, a long text node is prose: skip it before normalising it.
    const data = node.data;
    if (data.length > MAX_RAW_LABEL || (HAS_WORD.test(data) && !LABEL_WORD.test(data))) continue;
    const element = node.parentNode as Element;
    if (element.nodeType !== 1 || seen.has(element)) continue;
    const text = normaliseSpace(data);
    // An element is label-only only if each of its text nodes is: test the cheap one first.
    if (!text || text.length > 60 || !isLabelOnly(text) || !readable(element, scope)) continue;
    const kind = labelKind(visibleText(element));
    if (!kind || element.closest(NAVIGATION)) continue;
    seen.add(element);
    matches.push({ element, kind, text });
  }
  return matches;
}

/**
 * True when the label search reads `element`'s text: it is `scope`, or lies at most MAX_DEPTH levels
 * under it with no UNREAD element (script, template…) on the way down.
 */
function readable(element: Element, scope: Element): boolean {
  let depth = 0;
  for (let node: Element | null = element; node !== scope; node = node.parentElement, depth++) {
    if (!node || depth >= MAX_DEPTH || UNREAD.has(node.localName)) return false;
  }
  return true;
}

/**
 * The whole placeholder around `el`: climbs while the parent adds nothing but labels, whitespace and
 * empty slots ("ADVERTISEMENT" label → the container that also holds "REMOVE AD" and the empty slot).
 */
function climb(el: Element, guard: ProseGuard): Element {
  let current = el;
  for (let i = 0; i < MAX_CLIMB; i++) {
    const parent = current.parentElement;
    if (!parent || !guard.allows(parent) || parent.matches(REGIONS)) break;
    if (!isLabelOnly(visibleText(parent)) || contentCount(parent) > contentCount(current)) break;
    current = parent;
  }
  return current;
}

/** The class names of an element. */
function classNames(el: Element): string[] {
  return (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
}

/** Drops blocks inside other blocks; keeps document order. */
function outermost(found: Map<Element, string>): AdBlock[] {
  const blocks: AdBlock[] = [];
  for (const [element, reason] of found) {
    let inside = false;
    for (let p = element.parentElement; p && !inside; p = p.parentElement) inside = found.has(p);
    if (!inside) blocks.push({ element, reason });
  }
  const order = (a: AdBlock, b: AdBlock) => (a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1);
  return blocks.sort(order);
}

/**
 * Hides the blocks: marks each with `data-sourcelight-hide` and makes sure the document has the one
 * shared hide stylesheet (`mode` "outline" outlines and labels them with their reason instead, for
 * the reader's "show what was hidden"). Blocks already marked (by an earlier call) are left alone. The
 * Undo removes this call's marks, and the stylesheet once no marked element is left; calling it twice is safe.
 */
export function hideBlocks(blocks: AdBlock[], mode: HideMode = 'hide'): Undo {
  const marked: Element[] = [];
  for (const { element, reason } of blocks) {
    if (element.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
    element.setAttribute(HIDDEN_ATTRIBUTE, reason);
    marked.push(element);
  }
  const doc = marked[0]?.ownerDocument;
  if (doc) ensureHideStyle(doc, mode);
  return () => {
    for (const el of marked.splice(0)) el.removeAttribute(HIDDEN_ATTRIBUTE);
    if (doc && !doc.querySelector(`[${HIDDEN_ATTRIBUTE}]`)) doc.querySelector(`style[data-sourcelight-style="${HIDE_STYLE}"]`)?.remove();
  };
}

/** The value of `data-sourcelight-style` on the shared hide stylesheet. */
const HIDE_STYLE = 'hide';
/** What "show what was hidden" draws instead of hiding: an outline and the reason above the block. */
const OUTLINE_RULES = `[${HIDDEN_ATTRIBUTE}]{outline:2px dashed #c62828!important;outline-offset:-2px!important}`
  + `[${HIDDEN_ATTRIBUTE}]::before{content:"hidden: " attr(${HIDDEN_ATTRIBUTE});display:block;font:11px/1.5 system-ui,sans-serif;`
  + 'color:#fff;background:#c62828;padding:0 4px;max-width:100%;overflow:hidden;white-space:nowrap;text-overflow:ellipsis}';

/** Adds the shared hide stylesheet, or switches its mode. Changes nothing else. */
export function ensureHideStyle(doc: Document, mode: HideMode): void {
  let style = doc.querySelector<HTMLStyleElement>(`style[data-sourcelight-style="${HIDE_STYLE}"]`);
  if (!style) {
    style = doc.createElement('style');
    style.setAttribute('data-sourcelight-style', HIDE_STYLE);
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  const text = mode === 'hide' ? HIDE_RULE : OUTLINE_RULES;
  if (style.textContent !== text) style.textContent = text;
}
