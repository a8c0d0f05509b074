/**
 * Measures ad hiding in real Chromium with the built extension, page by page (used by `npm run eval:ads`
 * and tests/e2e/ads.test.ts). Each page is served under its original address (meta.json `url`) by
 * request interception, so EasyList's site rules and exceptions apply as on the real site; nothing
 * leaves the machine. Per page:
 *
 * - coverage: the elements EasyList would hide, computed here from the same snapshot by
 *   @ghostery/adblocker's own engine (not by the extension's compiled index, nor read from its
 *   stylesheet), and the share of them with no rendered box; elements the article guard kept visible on
 *   purpose count as shown (and are counted apart too);
 * - first paint: of those present at DOMContentLoaded, how many still had a box then;
 * - article safety: words of expected.txt visible with the extension off (a second, plain browser)
 *   but not with it on (rendered innerText, compared as multisets of words);
 * - placeholders: on the seed page, the fixture's ad containers still visible.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { FiltersEngine } from '@ghostery/adblocker';
import { CHROMIUM_BIN, launchChromiumWithExtension, type ChromiumWithExtension } from '../../tests/support/chromium';
import { CORPUS_DIR, FIXTURES_DIR, SEED_DIR } from '../../tests/support/paths';
import { referenceEngine, referenceSelectors } from '../dom/filters-engine';
import { SNAPSHOT_FILE } from './filters-compile';

/** The seed fixture's address (The Quint's article). */
export const SEED_URL = 'https://www.thequint.com/news/world/trump-leaks-israel-intelligence-experts-threatened';

/** One page to measure. */
export interface AdPage {
  name: string;
  /** The original address it is served under. */
  url: string;
  /** Folder holding page.html's relative resources. */
  dir: string;
  html: string;
  expected: string;
  /** The seed fixture: its `[data-fixture="ad"]` containers are the labelled placeholders. */
  seed: boolean;
}

/** What one page measured. */
export interface AdFigures {
  page: string;
  state: string | null;
  /** `<html data-sourcelight-hidden>`. */
  hiddenCount: number | null;
  /** Elements EasyList would hide (procedural rules excluded), those kept for the article included. */
  easylist: number;
  /** Of those, how many have no rendered box. */
  covered: number;
  /** Elements the article guard kept visible on purpose. */
  kept: number;
  /** A few selectors of elements still shown. */
  uncovered: string[];
  /** EasyList elements present at DOMContentLoaded / of those still with a box then. */
  atDomContentLoaded: { slots: number; visible: number; pipeline: string | null };
  /** Words of expected.txt visible with the extension off. */
  articleWords: number;
  /** Of those, words no longer visible with it on (must be 0), with a sample. */
  lostWords: number;
  lostSample: string[];
  /** Milliseconds the early script took from document_start to rules applied (its performance marks). */
  filtersMs: number | null;
  /** Seed only: the labelled placeholder containers, and how many are still visible. */
  placeholders: { total: number; visible: number } | null;
}

/** The corpus pages (sorted) and the seed fixture. */
export function adPages(): AdPage[] {
  const pages: AdPage[] = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(CORPUS_DIR, d.name, 'page.html')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const dir = path.join(CORPUS_DIR, name);
      const meta = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { url: string };
      return { name, url: meta.url, dir, html: readFileSync(path.join(dir, 'page.html'), 'utf8'), expected: readFileSync(path.join(dir, 'expected.txt'), 'utf8'), seed: false };
    });
  pages.push({
    name: 'seed (tests/fixtures/seed.html)', url: SEED_URL, dir: FIXTURES_DIR, seed: true,
    html: readFileSync(path.join(FIXTURES_DIR, 'seed.html'), 'utf8'), expected: readFileSync(path.join(SEED_DIR, 'expected.txt'), 'utf8'),
  });
  return pages;
}

/** The browsers of a measurement: Chromium with the extension, and a plain one for "off". */
export interface AdBrowsers {
  on: ChromiumWithExtension;
  off: Browser;
  offContext: BrowserContext;
  engine: FiltersEngine;
  close: () => Promise<void>;
}

/** Records, at DOMContentLoaded (after the extension's own listener on document), which elements have a box. */
const AT_DCL = `window.addEventListener('DOMContentLoaded', () => {
  for (const el of document.querySelectorAll('body *')) el.__sourcelightDcl = el.getClientRects().length > 0;
  window.__sourcelightDclState = document.documentElement.getAttribute('data-sourcelight');
}, { once: true });`;

/** Starts both browsers (once for all pages) and builds the reference engine from the snapshot. */
export async function openAdBrowsers(): Promise<AdBrowsers> {
  const engine = referenceEngine(readFileSync(SNAPSHOT_FILE, 'utf8'));
  const on = await launchChromiumWithExtension();
  await on.context.addInitScript({ content: AT_DCL });
  const off = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: ['--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'] });
  const offContext = await off.newContext({ viewport: { width: 1280, height: 900 } });
  await offContext.route('**/*', (route) => route.abort('blockedbyclient'));
  return { on, off, offContext, engine, close: async () => { await on.close(); await off.close().catch(() => {}); } };
}

/** Serves the page at its URL and its relative resources from its folder; everything else is refused. */
export async function servePage(context: BrowserContext, page: AdPage): Promise<() => Promise<void>> {
  const origin = new URL(page.url).origin;
  const base = new URL('.', page.url).href;
  const matcher = (url: URL) => url.origin === origin;
  await context.route(matcher, async (route) => {
    const url = route.request().url().split('#')[0]!.split('?')[0]!;
    if (url === page.url.split('#')[0]) return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page.html });
    const file = url.startsWith(base) ? path.join(page.dir, decodeURIComponent(url.slice(base.length))) : '';
    if (file && file.startsWith(page.dir) && existsSync(file) && statSync(file).isFile()) return route.fulfill({ status: 200, path: file });
    return route.fulfill({ status: 404, body: '' });
  });
  return () => context.unroute(matcher);
}

/** The words of a text, lower-cased (the corpus scorer's tokens). */
function words(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/** Opens `url` and waits until the page (and, with the extension, its pipeline) settled. */
async function openSettled(context: BrowserContext, url: string, withExtension: boolean): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page.waitForLoadState('load', { timeout: 15_000 }).catch(() => {});
  if (withExtension) {
    await page.waitForFunction(() => ['ready', 'skipped'].includes(document.documentElement.getAttribute('data-sourcelight') ?? ''), null, { timeout: 45_000, polling: 100 });
  }
  await page.waitForTimeout(300);
  return page;
}

/** The selectors EasyList has for the page as it stands (site, base and DOM-indexed rules). */
async function easylistSelectors(page: Page, engine: FiltersEngine, url: string): Promise<string[]> {
  const features = await page.evaluate(() => {
    const classes = new Set<string>(), ids = new Set<string>(), hrefs = new Set<string>();
    for (const el of Array.from(document.querySelectorAll('[id]:not(html):not(body), [class]:not(html):not(body), [href]:not(html):not(body)'))) {
      if (el.id) ids.add(el.id);
      el.classList.forEach((c) => classes.add(c));
      const href = el.getAttribute('href');
      if (href) hrefs.add(href);
    }
    return { classes: [...classes], ids: [...ids], hrefs: [...hrefs] };
  });
  return referenceSelectors(engine, url, features);
}

/** Measures one page (see the header). */
export async function measureAdPage(browsers: AdBrowsers, adPage: AdPage): Promise<AdFigures> {
  const stopOn = await servePage(browsers.on.context, adPage);
  const stopOff = await servePage(browsers.offContext, adPage);
  let on: Page | null = null, off: Page | null = null;
  try {
    [on, off] = await Promise.all([openSettled(browsers.on.context, adPage.url, true), openSettled(browsers.offContext, adPage.url, false)]);
    const selectors = await easylistSelectors(on, browsers.engine, adPage.url);
    const boxes = await on.evaluate(inspectSelectors, selectors);
    const [onText, offText] = await Promise.all([on.evaluate(() => document.body.innerText), off.evaluate(() => document.body.innerText)]);
    const expected = words(adPage.expected), shownOn = words(onText), shownOff = words(offText);
    let articleWords = 0, lostWords = 0;
    const lostSample: string[] = [];
    for (const [w, n] of expected) {
      const before = Math.min(n, shownOff.get(w) ?? 0), after = Math.min(n, shownOn.get(w) ?? 0);
      articleWords += before;
      if (after < before) (lostWords += before - after, lostSample.length < 12 && lostSample.push(w));
    }
    const state = await on.evaluate(() => [document.documentElement.getAttribute('data-sourcelight'), document.documentElement.getAttribute('data-sourcelight-hidden')]);
    const filtersMs = await on.evaluate(() => {
      const start = performance.getEntriesByName('sourcelight:filters:start')[0], ready = performance.getEntriesByName('sourcelight:filters:ready')[0];
      return start && ready ? ready.startTime - start.startTime : null;
    });
    const placeholders = adPage.seed
      ? await on.evaluate(() => {
        const ads = Array.from(document.querySelectorAll('[data-fixture="ad"]'));
        // No named helpers in evaluate(): tsx's keepNames would reference a __name the page lacks.
        return { total: ads.length, visible: ads.filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().width * el.getBoundingClientRect().height > 0).length };
      })
      : null;
    return {
      page: adPage.name, state: state[0] ?? null, hiddenCount: state[1] == null ? null : Number(state[1]),
      ...boxes, articleWords, lostWords, lostSample, placeholders, filtersMs,
    };
  } finally {
    await on?.close().catch(() => {});
    await off?.close().catch(() => {});
    await stopOn();
    await stopOff();
  }
}

/** In the page: which elements the selectors match, which have a box now and which had one at DOMContentLoaded. */
function inspectSelectors(selectors: string[]) {
  const matched = new Map<Element, string>();
  for (const selector of selectors) {
    let found: Element[] = [];
    try {
      found = Array.from(document.querySelectorAll(selector));
    } catch {
      continue;
    }
    for (const el of found) if (!matched.has(el) && !el.closest('head')) matched.set(el, selector);
  }
  let easylist = 0, covered = 0, kept = 0, slots = 0, visible = 0;
  const uncovered: string[] = [];
  for (const [el, selector] of matched) {
    easylist++;
    if (el.closest('[data-sourcelight-keep]')) kept++;
    if (el.getClientRects().length === 0) covered++;
    else if (uncovered.length < 8) uncovered.push(selector);
    const atDcl = (el as Element & { __sourcelightDcl?: boolean }).__sourcelightDcl;
    if (atDcl !== undefined) (slots++, atDcl && visible++);
  }
  const pipeline = (window as Window & { __sourcelightDclState?: string | null }).__sourcelightDclState ?? null;
  return { easylist, covered, kept, uncovered, atDomContentLoaded: { slots, visible, pipeline } };
}
