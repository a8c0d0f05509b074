/**
 * Ad hiding in real Chromium with the built extension, on every corpus page and the seed fixture, each
 * served under its original address so EasyList's site rules apply (utils/cli/ads-measure.ts, the same
 * measurement `npm run eval:ads` prints). One pair of browsers for the whole file: Chromium with the
 * extension, and a plain one as "extension off" for the article-safety comparison.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adPages, measureAdPage, openAdBrowsers, SEED_URL, servePage, type AdBrowsers, type AdFigures } from '../../utils/cli/ads-measure';

/** The coverage the issue asks for, per page and in total. */
const MIN_COVERAGE = 0.98;
const PAGES = adPages();
const figures = new Map<string, AdFigures>();
let browsers: AdBrowsers;

beforeAll(async () => {
  browsers = await openAdBrowsers();
});

afterAll(async () => {
  await browsers?.close();
});

describe.each(PAGES.map((p) => [p.name, p] as const))('%s', (name, adPage) => {
  let f: AdFigures;

  beforeAll(async () => {
    f = await measureAdPage(browsers, adPage);
    figures.set(name, f);
  });

  it('loses no word of the article (innerText, extension on vs off)', () => {
    expect(f.lostWords, `lost: ${f.lostSample.join(' ')}`).toBe(0);
  });

  it(`hides at least ${MIN_COVERAGE * 100}% of what EasyList would hide`, () => {
    expect(f.covered, `still shown: ${f.uncovered.join(' | ')}`).toBeGreaterThanOrEqual(Math.ceil(MIN_COVERAGE * f.easylist));
  });

  it('has the ad slots of the initial HTML hidden at DOMContentLoaded, before the pipeline finished', () => {
    expect(f.atDomContentLoaded.visible).toBe(0);
    expect(f.atDomContentLoaded.pipeline).toBeNull();
  });

  it('counts the hidden blocks on <html>', () => {
    expect(f.state === 'ready' || f.state === 'skipped').toBe(true);
    if (f.state === 'ready') expect(f.hiddenCount ?? 0).toBeGreaterThan(0);
  });
});

describe('all pages together', () => {
  it(`hide at least ${MIN_COVERAGE * 100}% of several hundred EasyList matches, and every seed placeholder`, () => {
    const all = [...figures.values()];
    expect(all).toHaveLength(PAGES.length);
    const total = all.reduce((a, f) => a + f.easylist, 0);
    const covered = all.reduce((a, f) => a + f.covered, 0);
    expect(total).toBeGreaterThan(200);
    expect(covered / total).toBeGreaterThanOrEqual(MIN_COVERAGE);
    const seed = all.find((f) => f.placeholders);
    expect(seed?.placeholders).toEqual({ total: 5, visible: 0 });
  });
});

describe('reader control on the seed page, without a reload', () => {
  let page: Page;
  let stop: () => Promise<void>;
  const seed = PAGES.find((p) => p.seed)!;

  /** Writes the settings through the extension's service worker (missing fields are repaired to defaults). */
  const setSettings = async (settings: { disabledSites: string[]; showHidden?: boolean }) => {
    const worker = browsers.on.context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker) throw new Error('no extension service worker');
    await worker.evaluate((value) => (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome.storage.local.set({ settings: value }), settings);
  };
  /** How many of the fixture's ad containers show a box, and how many elements carry a hide marker. */
  const shown = () => page.evaluate(() => ({
    placeholders: Array.from(document.querySelectorAll('[data-fixture="ad"]')).filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().height > 0).length,
    marked: document.querySelectorAll('[data-sourcelight-hide]').length,
    outlined: Array.from(document.querySelectorAll('[data-sourcelight-hide]')).filter((el) => getComputedStyle(el).outlineStyle === 'dashed').length,
  }));

  beforeAll(async () => {
    stop = await servePage(browsers.on.context, seed);
    page = await browsers.on.context.newPage();
    await page.goto(SEED_URL, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-sourcelight') === 'ready', null, { timeout: 45_000 });
  });

  afterAll(async () => {
    await setSettings({ disabledSites: [] }).catch(() => {});
    await page?.close();
    await stop?.();
  });

  it('shows everything again when the site is switched off, and hides it again when switched on', async () => {
    expect((await shown()).placeholders).toBe(0);
    await setSettings({ disabledSites: ['thequint.com'] });
    await expect.poll(async () => (await shown()).placeholders, { timeout: 10_000 }).toBe(5);
    expect((await shown()).marked).toBe(0);
    expect(await page.evaluate(() => Array.from(document.querySelectorAll('style[data-sourcelight-style="hide"], style[data-sourcelight-style="filters"]'), (s) => s.getAttribute('data-sourcelight-style')))).toEqual([]);
    await setSettings({ disabledSites: [] });
    await expect.poll(async () => (await shown()).placeholders, { timeout: 10_000 }).toBe(0);
  });

  it('outlines the hidden blocks with their reason in show-hidden mode', async () => {
    await setSettings({ disabledSites: [], showHidden: true });
    await expect.poll(async () => (await shown()).placeholders, { timeout: 10_000 }).toBe(5);
    const { marked, outlined } = await shown();
    expect(marked).toBeGreaterThan(0);
    expect(outlined).toBe(marked);
    await setSettings({ disabledSites: [] });
    await expect.poll(async () => (await shown()).placeholders, { timeout: 10_000 }).toBe(0);
  });
});
