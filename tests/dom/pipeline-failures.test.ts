/**
 * Contained failures: the pipeline (entrypoints/content/pipeline.ts) on the seed article with each stage
 * made to throw in turn. runPipeline always resolves; the stages after a failed one still run (ads
 * still hidden when analysis throws, analysis still reported when hiding throws); the failed stage is
 * named in the result; nothing escapes into the page; undo still gives back the page's exact markup.
 * The modules stay real: each test makes one of their functions throw once.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import * as article from '../../utils/dom/article';
import * as articleLive from '../../utils/dom/article-live';
import { readArticleMarkup } from '../../utils/dom/article-reading';
import * as cosmeticHide from '../../utils/dom/cosmetic-hide';
import * as cosmeticGuard from '../../utils/dom/cosmetic-guard';
import * as anchor from '../../utils/dom/anchor';
import * as highlight from '../../utils/dom/highlight';
import * as markWrap from '../../utils/dom/mark-wrap';
import * as report from '../../utils/analysis/report';
import { runPipeline, type PageResult } from '../../entrypoints/content/pipeline';
import type { Settings } from '../../utils/settings';
import { pageFrom } from './helpers';

// Every stage's module, with its functions replaceable per test (ES modules are sealed otherwise).
vi.mock('../../utils/dom/article', async (actual) => ({ ...(await actual()) }));
vi.mock('../../utils/dom/article-live', async (actual) => ({ ...(await actual()) }));
vi.mock('../../utils/dom/cosmetic-hide', async (actual) => ({ ...(await actual()) }));
vi.mock('../../utils/dom/cosmetic-guard', async (actual) => ({ ...(await actual()) }));
vi.mock('../../utils/dom/anchor', async (actual) => ({ ...(await actual()) }));
vi.mock('../../utils/dom/highlight', async (actual) => ({ ...(await actual()) }));
vi.mock('../../utils/dom/mark-wrap', async (actual) => ({ ...(await actual()) }));
vi.mock('../../utils/analysis/report', async (actual) => ({ ...(await actual()) }));

const SEED = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/seed.html'), 'utf8');
const seedParts = new DOMParser().parseFromString(SEED, 'text/html');

/** The seed article in the test's document; its markup before the run. */
function seedPage(): { doc: Document; before: string } {
  const doc = pageFrom(seedParts.body.innerHTML, seedParts.head.innerHTML);
  return { doc, before: doc.documentElement.outerHTML };
}

/** The defaults (utils/settings.ts is not imported: its storage item wants the extension API at import). */
const SETTINGS: Settings = {
  disabledSites: [], autoOpen: true, hideAds: true, highlights: true, clutter: 'off', showHidden: false, refreshFilters: false,
  theme: 'system', sidebarWidth: 360, sourceOrder: 'appearance', toolbarClick: 'popup',
};

/** The analyze stage as the background runs it (a rejected promise when the engine throws), in-process. */
const analyzeHere = async (input: Parameters<typeof report.analyzeArticle>[0]) => report.analyzeArticle(input);
/** The read stage as the offscreen document runs it, in-process (jsdom's DOMParser). */
const readHere = async (html: string, url: string | null) => readArticleMarkup(html, url);
/** A background that cannot read (stopped, no offscreen document): the content script reads in the page. */
const cannotRead = async (): Promise<never> => {
  throw new Error('no reading from the background');
};

function boom(): never {
  throw new Error('stage broke');
}

/** Runs the pipeline; fails the test if anything was thrown into the page (window error events). */
async function run(doc: Document, read = readHere): Promise<PageResult> {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error);
  window.addEventListener('error', onError);
  try {
    const result = await runPipeline(doc, SETTINGS, () => true, { read, analyze: analyzeHere });
    expect(result).not.toBeNull();
    return result!;
  } finally {
    window.removeEventListener('error', onError);
    expect(errors).toEqual([]);
  }
}

beforeAll(() => {
  vi.spyOn(console, 'debug').mockImplementation(() => {});
});
afterEach(() => {
  vi.mocked(console.debug).mockClear();
});

describe('runPipeline on the seed article', () => {
  it('with no failure: ads hidden, sources found, quotes highlighted, nothing failed, undo restores', async () => {
    const { doc, before } = seedPage();
    const result = await run(doc);
    expect(result.state).toBe('ready');
    expect(result.failed).toEqual([]);
    expect(result.adsHidden).toBeGreaterThan(0);
    expect(result.report!.sources.length).toBeGreaterThan(0);
    expect(result.anchored.size).toBeGreaterThan(0);
    result.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['gate', () => vi.spyOn(article, 'isArticlePage').mockImplementationOnce(boom)],
    ['detect', () => vi.spyOn(articleLive, 'snapshotPage').mockImplementationOnce(boom)],
    ['detect', () => vi.spyOn(articleLive, 'locateReading').mockImplementationOnce(boom)],
  ])('%s throws: the page is skipped as unreadable ("error"), left exactly as it was', async (stage, breakStage) => {
    const { doc, before } = seedPage();
    breakStage();
    const result = await run(doc);
    expect(result).toMatchObject({ state: 'skipped', reason: 'error', report: null, adsHidden: 0 });
    expect(doc.documentElement.outerHTML).toBe(before);
    expect(vi.mocked(console.debug).mock.calls.some((c) => String(c[0]).includes(`${stage} stage failed`))).toBe(true);
  });

  it('the background cannot read: Readability runs in the page instead, and the reader gets the same result', async () => {
    const away = await run(seedPage().doc);
    const { doc, before } = seedPage();
    const here = await run(doc, cannotRead);
    expect(here.state).toBe('ready');
    expect(here.failed).toEqual([]);
    expect(here.report!.sources.map((s) => s.name)).toEqual(away.report!.sources.map((s) => s.name));
    expect([...here.anchored].sort()).toEqual([...away.anchored].sort());
    expect(here.adsHidden).toBe(away.adsHidden);
    here.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('the background cannot read and the in-page fallback throws: skipped as unreadable, page untouched', async () => {
    const { doc, before } = seedPage();
    vi.spyOn(article, 'readArticleNodes').mockImplementationOnce(boom);
    const result = await run(doc, cannotRead);
    expect(result).toMatchObject({ state: 'skipped', reason: 'error', report: null, adsHidden: 0 });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('the background reads no article in the markup: skipped as not an article, no error', async () => {
    const { doc, before } = seedPage();
    const result = await run(doc, async () => null);
    expect(result).toMatchObject({ state: 'skipped', reason: 'not-article', report: null, adsHidden: 0 });
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hide throws: analysis and highlights still run, no ad is left hidden, undo restores', async () => {
    const { doc, before } = seedPage();
    vi.spyOn(cosmeticHide, 'hideAroundArticle').mockImplementationOnce(boom);
    const result = await run(doc);
    expect(result.failed).toEqual(['hide']);
    expect(result.adsHidden).toBe(0);
    expect(result.report!.sources.length).toBeGreaterThan(0);
    expect(result.anchored.size).toBeGreaterThan(0);
    result.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('hide throws half-way (the EasyList guard, after the placeholders were marked): the marks it made are taken back', async () => {
    const { doc, before } = seedPage();
    vi.spyOn(cosmeticGuard, 'guardFilterHiding').mockImplementationOnce(boom);
    const result = await run(doc);
    expect(result.failed).toEqual(['hide']);
    expect(doc.querySelectorAll('[data-sourcelight-hide], style[data-sourcelight-style="hide"]')).toHaveLength(0);
    expect(result.report!.sources.length).toBeGreaterThan(0);
    result.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('analyze throws: ads are still hidden, no highlights, the failure is named, undo restores', async () => {
    const { doc, before } = seedPage();
    vi.spyOn(report, 'analyzeArticle').mockImplementationOnce(boom);
    const result = await run(doc);
    expect(result).toMatchObject({ state: 'ready', report: null, highlighting: null, failed: ['analyze'] });
    expect(result.adsHidden).toBeGreaterThan(0);
    expect(doc.querySelectorAll('body [data-sourcelight-hide]').length).toBeGreaterThan(0);
    result.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it.each([
    ['anchorQuotes', () => vi.spyOn(anchor, 'anchorQuotes').mockImplementationOnce(boom)],
    ['highlightQuotes', () => vi.spyOn(highlight, 'highlightQuotes').mockImplementationOnce(boom)],
    ['wrapRanges (painting, after the stylesheet went in)', () => vi.spyOn(markWrap, 'wrapRanges').mockImplementationOnce(boom)],
  ])('highlight throws in %s: ads still hidden, sources still reported, nothing of the highlights left, undo restores', async (_where, breakStage) => {
    const { doc, before } = seedPage();
    breakStage();
    const result = await run(doc);
    expect(result).toMatchObject({ state: 'ready', highlighting: null, failed: ['highlight'] });
    expect(result.anchored.size).toBe(0);
    expect(result.report!.sources.length).toBeGreaterThan(0);
    expect(result.adsHidden).toBeGreaterThan(0);
    expect(doc.querySelectorAll('sourcelight-mark, style[data-sourcelight-style="highlight"]')).toHaveLength(0);
    result.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('highlight throws half-way through wrapping (the third mark): the marks made and the text split are taken back', async () => {
    const { doc, before } = seedPage();
    const createElement = doc.createElement.bind(doc);
    let marks = 0;
    vi.spyOn(doc, 'createElement').mockImplementation((tag: string, options?: ElementCreationOptions) => {
      if (tag === markWrap.MARK_TAG && ++marks === 3) boom();
      return createElement(tag, options);
    });
    const result = await run(doc);
    vi.mocked(doc.createElement).mockRestore();
    expect(marks).toBe(3);
    expect(result).toMatchObject({ highlighting: null, failed: ['highlight'] });
    expect(doc.querySelectorAll('sourcelight-mark, style[data-sourcelight-style="highlight"]')).toHaveLength(0);
    result.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('highlight throws half-way through registering Custom Highlights (the second source): none is left registered', async () => {
    const { doc, before } = seedPage();
    let made = 0;
    class FailingHighlight extends Set<Range> {
      priority = 0;
      constructor(...ranges: Range[]) {
        super(ranges);
        if (++made === 2) boom();
      }
    }
    const registry = new Map<string, unknown>();
    vi.stubGlobal('Highlight', FailingHighlight);
    vi.stubGlobal('CSS', { highlights: registry });
    try {
      const result = await run(doc);
      expect(made).toBe(2);
      expect(result).toMatchObject({ highlighting: null, failed: ['highlight'] });
      expect(registry.size).toBe(0);
      expect(doc.querySelector('style[data-sourcelight-style="highlight"]')).toBeNull();
      result.undo();
      expect(doc.documentElement.outerHTML).toBe(before);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('two stages throw: both are named, the rest still runs', async () => {
    const { doc, before } = seedPage();
    vi.spyOn(cosmeticHide, 'hideAroundArticle').mockImplementationOnce(boom);
    vi.spyOn(report, 'analyzeArticle').mockImplementationOnce(boom);
    const result = await run(doc);
    expect(result.failed).toEqual(['hide', 'analyze']);
    expect(result.state).toBe('ready');
    result.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});
