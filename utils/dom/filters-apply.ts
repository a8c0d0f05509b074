/**
 * Applies EasyList to a live page from document_start on, as uBlock Origin and Ghostery do: the site's
 * rules at once, then the generic rules of each class name, id and link as the parser (or a script)
 * adds them, batched per animation frame (mutation-batch.ts), so ads are hidden before they paint.
 *
 * What it changes: the filter stylesheet (cosmetic-sheet.ts) and, for the procedural rules that look
 * for a text (`#?#.sidebar:-abp-contains(Advertisement)`), `data-sourcelight-hide="filter:#?#…"` on the
 * matched elements (hidden by the shared hide stylesheet of ads.ts). How to undo: `undo()` stops
 * watching, removes the stylesheet and the marks.
 */
import { extractFeaturesFromDOM } from '@ghostery/adblocker-content';
import { hideBlocks, type AdBlock } from './ads';
import { visibleText } from './ad-guard';
import { FilterSheet, type HideMode } from './cosmetic-sheet';
import { textMatches, type FilterIndex, type FilterRules, type PageAddress, type PageFeatures } from './filters-index';
import { timed } from './filters-timing';
import { watchAddedElements } from './mutation-batch';
import type { Undo } from '../types';

/** Text rules run per batch at most this many times over the whole document (they read text). */
const MAX_WHOLE_TEXT_RUNS = 20;

/** EasyList on one page. */
export interface PageFiltering {
  /** Applies the rules to whatever the page added since the last batch, now (e.g. at DOMContentLoaded). */
  flush(): void;
  /**
   * Looks up the class names and ids seen so far that waited for the class/id table: call once the index
   * has it (`FilterIndex.useGeneric`).
   */
  lookUpWaiting(): void;
  /** Hide, or outline what would be hidden. */
  setMode(mode: HideMode): void;
  /** Number of selectors in the page's filter stylesheet. */
  readonly selectors: number;
  /** Stops and removes everything it added to the page. Safe to call twice. */
  undo(): void;
}

/**
 * Starts filtering `doc`, which lives at `page`. `afterBatch` runs after each batch of added elements
 * (the early hider looks for late placeholders there). When EasyList disables hiding on the site, only
 * the batches run. When the index does not have its class/id table yet, the names seen wait for it
 * ({@link PageFiltering.lookUpWaiting}).
 */
export function startFiltering(
  doc: Document, index: FilterIndex, page: PageAddress, mode: HideMode = 'hide',
  afterBatch: (roots: Element[], whole: boolean) => void = () => {},
): PageFiltering {
  const host = index.hostRules(page);
  const sheet = new FilterSheet(doc, mode);
  sheet.add(host.selectors);
  const textRules = new Map<string, FilterRules['textRules'][number]>(host.textRules.map((r) => [`${r.s}\n${r.text}`, r]));
  // Where the list turns generic hiding off (`$generichide`), class names and ids are never read.
  const generic = host.active && index.hiding(page).generic;
  const seen: Record<'classes' | 'ids', Set<string>> = { classes: new Set(), ids: new Set() };
  let waiting: Pick<PageFeatures, 'classes' | 'ids'> = { classes: [], ids: [] };
  const marks: Undo[] = [];
  let currentMode = mode;
  let wholeTextRuns = 0;

  const lookUp = (features: Pick<PageFeatures, 'classes' | 'ids'>) => {
    const rules = index.domRules(page, features);
    sheet.add(rules.selectors);
    rules.textRules.forEach((r) => textRules.set(`${r.s}\n${r.text}`, r));
  };

  const scan = (roots: Element[]) => {
    if (!host.active) return;
    if (generic) {
      const found = extractFeaturesFromDOM(roots);
      const fresh: Pick<PageFeatures, 'classes' | 'ids'> = { classes: [], ids: [] };
      for (const key of ['classes', 'ids'] as const) {
        for (const value of found[key]) if (!seen[key].has(value)) (seen[key].add(value), fresh[key].push(value));
      }
      if (index.hasGeneric) lookUp(fresh);
      else (waiting.classes.push(...fresh.classes), waiting.ids.push(...fresh.ids));
    }
    const whole = roots.length === 1 && roots[0] === doc.documentElement;
    if (textRules.size && (!whole || wholeTextRuns++ < MAX_WHOLE_TEXT_RUNS)) {
      marks.push(hideBlocks(runTextRules([...textRules.values()], roots), currentMode));
    }
  };

  scan([doc.documentElement]);
  const watcher = watchAddedElements(doc, (roots, whole) => timed('filters-batch', () => {
    scan(whole ? [doc.documentElement] : roots);
    afterBatch(roots, whole);
  }));
  return {
    flush: () => watcher.flush(),
    lookUpWaiting() {
      if (!index.hasGeneric) return;
      const features = waiting;
      waiting = { classes: [], ids: [] };
      if (generic) lookUp(features);
    },
    setMode(next) {
      currentMode = next;
      sheet.setMode(next);
    },
    get selectors() {
      return sheet.size;
    },
    undo() {
      watcher.stop();
      sheet.undo();
      marks.splice(0).reverse().forEach((u) => u());
    },
  };
}

/** The elements text rules match under `roots` (the roots included), each with its reason. */
function runTextRules(rules: FilterRules['textRules'], roots: Element[]): AdBlock[] {
  const blocks: AdBlock[] = [];
  for (const rule of rules) {
    for (const root of roots) {
      try {
        const candidates = [...(root.matches(rule.s) ? [root] : []), ...Array.from(root.querySelectorAll(rule.s))];
        for (const element of candidates) {
          if (textMatches(rule.text, visibleText(element))) blocks.push({ element, reason: `filter:#?#${rule.s}:-abp-contains(${rule.text})` });
        }
      } catch {
        // a selector this browser rejects hides nothing
      }
    }
  }
  return blocks;
}
