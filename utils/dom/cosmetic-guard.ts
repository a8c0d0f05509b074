/**
 * The article guard for EasyList: once the article container is known, every element the filter
 * stylesheet (cosmetic-sheet.ts) or a procedural rule hides is checked with the same ProseGuard as the
 * placeholder finder; one that holds article text, contains the article or sits inside a paragraph is
 * shown again, and the rule is reported in the debug log ("kept … visible: rule ….ad-wrapper would
 * hide article text"). The rest are marked with their rule, so "show what was hidden" can label them.
 *
 * What it changes: sets `data-sourcelight-keep="article"` on the elements it shows again (the filter
 * rules skip them), removes a procedural rule's `data-sourcelight-hide` from them, and marks the other
 * filter-hidden blocks with `data-sourcelight-hide="filter:<rule>"` (hideBlocks). How to undo: the
 * returned Undo removes what it set.
 */
import type { Undo } from '../types';
import { HIDDEN_ATTRIBUTE, hideBlocks, type AdBlock } from './ads';
import { ArticleText, ProseGuard, visibleText } from './ad-guard';
import { FILTER_STYLE, KEEP_ATTRIBUTE, unguardedSelector, type HideMode } from './cosmetic-sheet';

/** What the guard did. */
export interface FilterGuard {
  /** Filter-hidden blocks left hidden (outermost), with their rule as reason ("filter:.ad-slot"). */
  blocks: AdBlock[];
  /** Elements shown again, with the rule that would have hidden them. */
  kept: Array<{ element: Element; rule: string }>;
  undo: Undo;
}

/** Every element a rule of the filter stylesheet or a procedural rule hides now, with its rule. */
export function filterMatches(doc: Document): Map<Element, string> {
  const matches = new Map<Element, string>();
  const style = doc.querySelector<HTMLStyleElement>(`style[data-sourcelight-style="${FILTER_STYLE}"]`);
  for (const rule of Array.from(style?.sheet?.cssRules ?? [])) {
    const selector = (rule as CSSStyleRule).selectorText;
    if (!selector) continue;
    try {
      for (const el of Array.from(doc.querySelectorAll(selector))) if (!matches.has(el)) matches.set(el, unguardedSelector(selector));
    } catch {
      // the browser kept a rule its querySelectorAll rejects: it cannot match anyway
    }
  }
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}^="filter:#?#"]`))) {
    if (!matches.has(el)) matches.set(el, el.getAttribute(HIDDEN_ATTRIBUTE)!.slice('filter:'.length));
  }
  return matches;
}

/** A short description of an element for the debug log: `div#top.ad-wrap`. */
function describe(el: Element): string {
  const id = el.id ? `#${el.id}` : '';
  const cls = (el.getAttribute('class') ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 3).map((c) => `.${c}`).join('');
  return `${el.tagName.toLowerCase()}${id}${cls}`;
}

/**
 * True when hiding `el` would hide article text: ProseGuard finds prose in it (or around it), and that
 * prose is the article's own (when the article's text is known), or it holds the article container.
 */
function holdsArticle(el: Element, guard: ProseGuard, container: Element | null, article: ArticleText | null): boolean {
  if (guard.allows(el)) return false;
  if (!article || /^(HTML|BODY|MAIN)$/i.test(el.tagName) || (container && el.contains(container))) return true;
  const paragraph = el.querySelector('p') ? null : el.parentElement?.closest('p, li, blockquote, h2, h3, h4, h5, h6, figcaption');
  return article.holds(visibleText(paragraph ?? el));
}

/**
 * Shows again what EasyList hides of the article (see the header) and marks the rest with its rule.
 * `articleBlocks` is the article's text (Readability's blocks): prose that is not the article's (a
 * "Recommended for you" box) stays hidden. `mode` is the hide stylesheet's mode for the marks.
 */
export function guardFilterHiding(
  doc: Document, container: Element | null, mode: HideMode = 'hide', articleBlocks: readonly string[] | null = null,
): FilterGuard {
  const matches = filterMatches(doc);
  if (!matches.size) return { blocks: [], kept: [], undo: () => {} };
  const guard = new ProseGuard(doc, container);
  const article = articleBlocks?.length ? new ArticleText(articleBlocks) : null;
  const kept: FilterGuard['kept'] = [];
  const hidden = new Map<Element, string>();
  for (const [element, rule] of matches) {
    if (holdsArticle(element, guard, container, article)) kept.push({ element, rule });
    else hidden.set(element, rule);
  }
  const restored: Array<[Element, string | null]> = [];
  for (const { element, rule } of kept) {
    restored.push([element, element.getAttribute(HIDDEN_ATTRIBUTE)]);
    element.setAttribute(KEEP_ATTRIBUTE, 'article');
    if (element.getAttribute(HIDDEN_ATTRIBUTE)?.startsWith('filter:')) element.removeAttribute(HIDDEN_ATTRIBUTE);
    console.debug(`[sourcelight] kept ${describe(element)} visible: EasyList rule "${rule}" would hide article text`);
  }
  const blocks: AdBlock[] = [];
  for (const [element, rule] of hidden) {
    let inside = false;
    for (let p = element.parentElement; p && !inside; p = p.parentElement) inside = hidden.has(p);
    if (!inside) blocks.push({ element, reason: `filter:${rule}` });
  }
  const unmark = hideBlocks(blocks, mode);
  return {
    blocks,
    kept,
    undo: () => {
      unmark();
      for (const [element, hide] of restored.splice(0)) {
        element.removeAttribute(KEEP_ATTRIBUTE);
        if (hide !== null && !element.hasAttribute(HIDDEN_ATTRIBUTE)) element.setAttribute(HIDDEN_ATTRIBUTE, hide);
      }
    },
  };
}
