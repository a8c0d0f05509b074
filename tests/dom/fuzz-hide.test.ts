/**
 * Property-based fuzzing of the DOM stages that change the page (fast-check, jsdom): on random pages
 * full of ad-like blocks (fuzz-pages.ts), article detection and the hide stage as the pipeline runs them,
 * then the same with EasyList applied first as the early script does (the shipped compiled list).
 * Properties: nothing throws; no element Sourcelight hides (fuzz-checks.ts reads them off its
 * stylesheets) holds a block of the article the detector returned; undo gives back the page's exact
 * serialisation. The seed is fixed and printed on failure.
 *
 * EasyList costs: its 462 generic selectors are matched by jsdom on every case (and again by the
 * guard), so that property runs a sixth of the cases (FUZZ_RUNS / 6, 50 by default).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compiledPack } from '../../utils/cli/filters-compile';
import { isArticlePage, locateContainer, readArticle } from '../../utils/dom/article';
import { hideAroundArticle } from '../../utils/dom/cosmetic-hide';
import { startFiltering } from '../../utils/dom/filters-apply';
import { packIndex, pageAddress } from '../../utils/dom/filters-index';
import type { HideMode } from '../../utils/dom/cosmetic-sheet';
import { hiddenArticleText, protectedBlocks } from './fuzz-checks';
import { isGeneratedProse, pageHtml, randomPage, RUNS, SEED, type RandomPage } from './fuzz-pages';
import { pageFrom } from './helpers';

/** The shipped list, every shard and the class/id table loaded (as a page with site data would have them). */
const index = packIndex(compiledPack());
/** A news address, so EasyList's generic rules apply (127.0.0.1 turns them off). */
const NEWS = pageAddress('https://www.example-news.com/world/story');
const EASYLIST_RUNS = Math.max(1, Math.round(RUNS / 6));

/** What the runs exercised, so a generator that stopped reaching the stages shows. */
type Seen = { articles: number; containers: number; hidden: number; filterHidden: number; blocksChecked: number };
const counters = (): Seen => ({ articles: 0, containers: 0, hidden: 0, filterHidden: 0, blocksChecked: 0 });

/** One case: (EasyList,) detect, hide, check, undo, check. */
function hideCase(page: RandomPage, mode: HideMode, clutter: boolean, easylist: boolean, seen: Seen): void {
  const { head, body } = pageHtml(page);
  const doc = pageFrom(body, head);
  const before = doc.documentElement.outerHTML;
  const filtering = easylist ? startFiltering(doc, index, NEWS, mode) : null;
  isArticlePage(doc);
  const input = readArticle(doc, NEWS.url);
  const container = input ? locateContainer(doc, input) : null;
  const hidden = hideAroundArticle(doc, container, { mode, clutter, articleBlocks: input?.blocks.map((b) => b.text) });
  if (input) {
    seen.articles++;
    if (container) seen.containers++;
    const blocks = protectedBlocks(input, isGeneratedProse);
    seen.blocksChecked += blocks.length;
    expect(hiddenArticleText(doc, blocks)).toEqual([]);
  }
  seen.hidden += hidden.hidden;
  seen.filterHidden += doc.querySelectorAll('[data-sourcelight-hide^="filter:"]').length;
  hidden.undo();
  filtering?.undo();
  expect(doc.documentElement.outerHTML).toBe(before);
}

const mode = fc.constantFrom<HideMode>('hide', 'outline');

describe('the hide stages on random pages', () => {
  // The article guard reports each rule it overrides at debug level: thousands of lines here.
  beforeAll(() => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
  });

  it(`detect + hide: never throw, never hide article text, undo restores (${RUNS} cases, seed ${SEED})`, () => {
    const seen = counters();
    fc.assert(fc.property(randomPage, mode, fc.boolean(), (page, m, clutter) => hideCase(page, m, clutter, false, seen)), { seed: SEED, numRuns: RUNS, verbose: 1 });
    console.info('[fuzz-hide]', JSON.stringify(seen));
    // The generator must keep reaching the stages: articles found, their blocks checked, blocks hidden.
    expect(seen.articles).toBeGreaterThan(RUNS / 2);
    expect(seen.blocksChecked).toBeGreaterThan(RUNS);
    expect(seen.hidden).toBeGreaterThan(RUNS);
  }, 600_000);

  it(`EasyList + detect + hide + guard: the same properties (${EASYLIST_RUNS} cases, seed ${SEED})`, () => {
    const seen = counters();
    fc.assert(fc.property(randomPage, mode, fc.boolean(), (page, m, clutter) => hideCase(page, m, clutter, true, seen)), { seed: SEED, numRuns: EASYLIST_RUNS, verbose: 1 });
    console.info('[fuzz-hide easylist]', JSON.stringify(seen));
    expect(seen.filterHidden).toBeGreaterThan(0);
  }, 600_000);
});
