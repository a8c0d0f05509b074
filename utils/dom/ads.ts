/**
 * Ad hiding. `findAdBlocks` reads the page structurally (no layout, so it also runs in linkedom for
 * the CLI); `hideBlocks` is the one writer.
 *
 * What hideBlocks changes: it sets `data-sourcelight-hide="<reason>"` on each block and injects ONE
 * `<style data-sourcelight-style="hide">` with `[data-sourcelight-hide]{display:none!important}`. (The page
 * contract's count of hidden blocks is a different attribute, `<html data-sourcelight-hidden="3">`.)
 * How to undo: call the returned Undo; it removes the attributes it set and the stylesheet, leaving the
 * page's markup exactly as before.
 */
import type { Undo } from '../types';
import { AD_SELECTORS, adHostOf, isAdName, labelKind, isLabelOnly, type LabelKind } from './ad-rules';
import { contentCount, isHiddenByMarkup, ProseGuard, visibleText } from './ad-guard';
import { normaliseSpace } from './blocks';

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
/** Where a lone "Advertising" link is navigation, not a placeholder. */
const NAVIGATION = 'nav, footer, li, menu, a[href]:not([href^="#"]):not([href^="javascript"])';

/**
 * Finds the ad blocks of `doc`: labelled placeholders ("ADVERTISEMENT / REMOVE AD"), known ad
 * selectors, ad-named containers and ad-network iframes. Never returns an element that holds article
 * prose, contains `articleContainer` or sits inside a paragraph. Outermost blocks only, in document order.
 * Reads only.
 */
export function findAdBlocks(doc: Document, articleContainer: Element | null): AdBlock[] {
  if (!doc.body) return [];
  const guard = new ProseGuard(doc, articleContainer);
  const found = new Map<Element, string>();
  const add = (el: Element, reason: string) => {
    if (found.has(el) || isHiddenByMarkup(el) || !guard.allows(el)) return;
    const whole = climb(el, guard);
    if (!found.has(whole)) found.set(whole, reason);
  };
  for (const [el, reason] of selectorMatches(doc)) add(el, reason);
  for (const [el, reason] of frameMatches(doc)) add(el, reason);
  for (const { element, kind, text } of labelMatches(doc)) {
    const whole = guard.allows(element) ? climb(element, guard) : null;
    // A disclosure ("Sponsored") is hidden only with the empty slot it announces, never alone.
    if (!whole || (whole === element && kind === 'disclosure') || found.has(whole)) continue;
    found.set(whole, `label:${text}`);
  }
  return outermost(found);
}

/** Elements matching the known ad selectors, then elements whose class or id is an ad name. */
function* selectorMatches(doc: Document): Generator<[Element, string]> {
  for (const selector of AD_SELECTORS) {
    for (const el of Array.from(doc.body.querySelectorAll(selector))) yield [el, `selector:${selector}`];
  }
  for (const el of Array.from(doc.body.querySelectorAll('[class], [id]'))) {
    const id = el.getAttribute('id') ?? '';
    const name = isAdName(id) ? `#${id}` : classNames(el).find(isAdName);
    if (!name || el.matches(LANDMARKS) || el.querySelector(LANDMARKS)) continue;
    if (visibleText(el).length > MAX_AD_TEXT) continue;
    yield [el, `selector:${name.startsWith('#') ? name : `.${name}`}`];
  }
}

/** Iframes whose address is an ad network's. */
function* frameMatches(doc: Document): Generator<[Element, string]> {
  for (const frame of Array.from(doc.body.querySelectorAll('iframe[src]'))) {
    const host = adHostOf(frame.getAttribute('src') ?? '');
    if (host) yield [frame, `frame:${host}`];
  }
}

/** Elements whose whole visible text is a placeholder label, with the label as the page writes it. */
function labelMatches(doc: Document): Array<{ element: Element; kind: LabelKind; text: string }> {
  const matches: Array<{ element: Element; kind: LabelKind; text: string }> = [];
  const seen = new Set<Element>();
  const walk = (node: Node, depth: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 1 && depth < 200 && !/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SOURCELIGHT-SIDEBAR)$/i.test((child as Element).tagName)) {
        walk(child, depth + 1);
      }
      if (child.nodeType !== 3 || node.nodeType !== 1 || seen.has(node as Element)) continue;
      const text = normaliseSpace((child as Text).data);
      // An element is label-only only if each of its text nodes is: test the cheap one first.
      if (!text || text.length > 60 || !isLabelOnly(text)) continue;
      const element = node as Element;
      const kind = labelKind(visibleText(element));
      if (!kind || element.closest(NAVIGATION)) continue;
      seen.add(element);
      matches.push({ element, kind, text });
    }
  };
  walk(doc.body, 0);
  return matches;
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
 * Hides the blocks: marks each with `data-sourcelight-hide` and injects one stylesheet. Blocks already
 * marked (by an earlier call) are left alone. The Undo restores the page exactly; calling it twice is safe.
 */
export function hideBlocks(blocks: AdBlock[]): Undo {
  const marked: Element[] = [];
  for (const { element, reason } of blocks) {
    if (element.hasAttribute(HIDDEN_ATTRIBUTE)) continue;
    element.setAttribute(HIDDEN_ATTRIBUTE, reason);
    marked.push(element);
  }
  const doc = blocks[0]?.element.ownerDocument;
  let style: HTMLStyleElement | null = null;
  if (doc && marked.length) {
    style = doc.createElement('style');
    style.setAttribute('data-sourcelight-style', 'hide');
    style.textContent = HIDE_RULE;
    (doc.head ?? doc.documentElement).appendChild(style);
  }
  return () => {
    for (const el of marked.splice(0)) el.removeAttribute(HIDDEN_ATTRIBUTE);
    style?.remove();
    style = null;
  };
}
