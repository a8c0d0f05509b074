/**
 * Applies EasyList to a live page from document_start on, as uBlock Origin and Ghostery do: the site's
 * rules at once, then the generic rules of each class name, id and link as the parser (or a script)
 * adds them, batched per animation frame (mutation-batch.ts), so ads are hidden before they paint.
 *
 * What it changes: the filter stylesheet (cosmetic-sheet.ts) and, for procedural `#?#` rules that CSS
 * cannot express, `data-sourcelight-hide="filter:#?#…"` on the matched elements (hidden by the shared
 * hide stylesheet of ads.ts). How to undo: `undo()` stops watching, removes the stylesheet and the marks.
 */
import type { FiltersEngine } from '@ghostery/adblocker';
import { extractFeaturesFromDOM } from '@ghostery/adblocker-content';
import { querySelectorAll, type AST } from '@ghostery/adblocker-extended-selectors';
import { hideBlocks, type AdBlock } from './ads';
import { FilterSheet, type HideMode } from './cosmetic-sheet';
import { domRules, hostRules, type ExtendedRule, type PageAddress, type PageFeatures } from './filters-engine';
import { watchAddedElements } from './mutation-batch';
import type { Undo } from '../types';

/** Procedural rules run per batch at most this many times over the whole document (they are costly). */
const MAX_WHOLE_EXTENDED_RUNS = 20;

/** EasyList on one page. */
export interface PageFiltering {
  /** Applies the rules to whatever the page added since the last batch, now (e.g. at DOMContentLoaded). */
  flush(): void;
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
 * the batches run.
 */
export function startFiltering(
  doc: Document, engine: FiltersEngine, page: PageAddress, mode: HideMode = 'hide',
  afterBatch: (roots: Element[], whole: boolean) => void = () => {},
): PageFiltering {
  const host = hostRules(engine, page);
  const sheet = new FilterSheet(doc, mode);
  sheet.add(host.selectors, host.styled);
  const extended = new Map<number, ExtendedRule>(host.extended.map((r) => [r.id, r]));
  const seen: Record<keyof PageFeatures, Set<string>> = { classes: new Set(), ids: new Set(), hrefs: new Set() };
  const marks: Undo[] = [];
  let currentMode = mode;
  let wholeExtendedRuns = 0;

  const scan = (roots: Element[]) => {
    if (!host.active) return;
    const found = extractFeaturesFromDOM(roots);
    const fresh: PageFeatures = { classes: [], ids: [], hrefs: [] };
    for (const key of ['classes', 'ids', 'hrefs'] as const) {
      for (const value of found[key]) if (!seen[key].has(value)) (seen[key].add(value), fresh[key].push(value));
    }
    const rules = domRules(engine, page, fresh);
    sheet.add(rules.selectors, rules.styled);
    rules.extended.forEach((r) => extended.set(r.id, r));
    const whole = roots.length === 1 && roots[0] === doc.documentElement;
    if (extended.size && (!whole || wholeExtendedRuns++ < MAX_WHOLE_EXTENDED_RUNS)) {
      marks.push(hideBlocks(runExtended([...extended.values()], roots), currentMode));
    }
  };

  scan([doc.documentElement]);
  const watcher = watchAddedElements(doc, (roots, whole) => {
    scan(whole ? [doc.documentElement] : roots);
    afterBatch(roots, whole);
  });
  return {
    flush: () => watcher.flush(),
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

/** The elements procedural rules match under `roots` (the roots included), each with its reason. */
function runExtended(rules: ExtendedRule[], roots: Element[]): AdBlock[] {
  const blocks: AdBlock[] = [];
  for (const rule of rules) {
    for (const root of roots) {
      try {
        const matched = querySelectorAll(root.parentElement ?? root, rule.ast as AST).filter((el) => el === root || root.contains(el));
        for (const element of matched) blocks.push({ element, reason: `filter:#?#${rule.id}` });
      } catch {
        // a rule this engine version cannot run hides nothing
      }
    }
  }
  return blocks;
}
