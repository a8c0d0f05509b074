/**
 * The pipeline's hide stage, once the article container is known: the placeholders and ad containers
 * the structural finder sees with the article in view (ads.ts), the clutter of the "reading" level
 * (cosmetic-clutter.ts), and the article guard over what EasyList hides (cosmetic-guard.ts), again
 * whenever the early content script adds rules to its filter stylesheet (late ads, SPA routes).
 *
 * What it changes: what those modules change (marker attributes, the shared hide stylesheet, keep
 * markers). How to undo: the returned Undo undoes all of it and stops watching.
 */
import type { Undo } from '../types';
import { findAdBlocks, HIDDEN_ATTRIBUTE, hideBlocks } from './ads';
import { findClutterBlocks } from './cosmetic-clutter';
import { guardFilterHiding } from './cosmetic-guard';
import { FILTER_STYLE, type HideMode } from './cosmetic-sheet';

/** What the stage is asked to do. */
export interface HideOptions {
  /** Outline instead of hiding (settings.showHidden). */
  mode: HideMode;
  /** Also hide clutter (settings.clutter === 'reading'). */
  clutter: boolean;
  /** The article's text blocks (Readability), so prose around the article that is not its own may be hidden. */
  articleBlocks?: readonly string[];
}

/** The stage's result. */
export interface HiddenAds {
  /** Hidden blocks on the page now (outermost elements marked `data-sourcelight-hide`). */
  hidden: number;
  undo: Undo;
}

/** Outermost marked blocks in the page: the hidden count the sidebar and `<html>` show. */
export function countHiddenBlocks(doc: Document): number {
  const marked = Array.from(doc.querySelectorAll(`body [${HIDDEN_ATTRIBUTE}]`));
  return marked.filter((el) => !el.parentElement?.closest(`[${HIDDEN_ATTRIBUTE}]`)).length;
}

/** Hides ads (and clutter) around the article in `container`; see the header. */
export function hideAroundArticle(doc: Document, container: Element | null, options: HideOptions): HiddenAds {
  const undos: Undo[] = [];
  const run = (u: Undo) => undos.push(u);
  const undo = () => undos.splice(0).reverse().forEach((u) => u());
  try {
    const article = options.articleBlocks ?? null;
    const blocks = findAdBlocks(doc, container, undefined, article);
    run(hideBlocks(options.clutter ? [...blocks, ...findClutterBlocks(doc, container, article)] : blocks, options.mode));
    const guard = () => guardFilterHiding(doc, container, options.mode, article).undo;
    run(guard());
    run(watchFilterRules(doc, () => run(guard())));
  } catch (error) {
    // A step that throws leaves no caller an Undo: take back what the earlier steps did, then report.
    undo();
    throw error;
  }
  return { hidden: countHiddenBlocks(doc), undo };
}

/**
 * Calls `onChange` (at most once per animation frame) when the early script adds rules to the filter
 * stylesheet. Returns the function that stops watching.
 */
function watchFilterRules(doc: Document, onChange: () => void): Undo {
  const style = doc.querySelector(`style[data-sourcelight-style="${FILTER_STYLE}"]`);
  const view = doc.defaultView;
  if (!style || !view?.MutationObserver) return () => {};
  let frame = 0;
  const observer = new view.MutationObserver(() => {
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      try {
        onChange();
      } catch (error) {
        console.debug('[sourcelight] late guard failed:', error);
      }
    });
  });
  observer.observe(style, { childList: true, characterData: true, subtree: true });
  return () => {
    observer.disconnect();
    if (frame) view.cancelAnimationFrame(frame);
  };
}
