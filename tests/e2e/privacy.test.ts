/**
 * Never leak (issue #7): over a run of several pages (the seed, the home page, hostile fixtures and real
 * corpus pages) plus the extension's own popup and options pages, the built extension sends nothing
 * off this machine. Chromium; the off-host requests are refused by the launcher and recorded.
 *
 * Attributing requests (tests/support/request-log.ts): the extension's background service worker and
 * its own pages are recognised by their chrome-extension:// owner (Playwright reports each request's
 * worker or frame). A content script has no origin of its own: its fetches and the elements it inserts
 * load as the page's. Those are told apart by the CDP initiator of each page request: a stack running
 * through chrome-extension:// code is the extension's; the HTML parser, the page's own scripts and the
 * browser (navigations, preloads) are the page's. That leaves loads started later by CSS or markup the
 * extension put in the page, which carry no script stack; two checks cover them: on the pages this repo
 * wrote (no remote references at all) there must be no off-host request whoever made it, and nothing the
 * extension inserts (its shadow roots, their styles, its document style) names an off-host URL. The
 * corpus pages do reference remote ads, fonts and trackers: those requests are the page's, refused and
 * counted, not ours.
 *
 * The service worker starts with the browser, before anything can listen to it; what it does then
 * (read the settings, set its alarm; the refresh is off) is not recorded here, but the launcher's dead
 * proxy refuses anything it might send. Everything it does later is recorded.
 *
 * The recorder is shown to see the extension: switching on the opt-in weekly EasyList refresh (the one
 * request the extension may make, utils/filters-refresh.ts) must show up as an off-host request by the
 * service worker, to easylist.to and nowhere else.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium';
import { readSidebarSources, waitForPipeline, watchPageErrors } from '../support/page';
import { CORPUS_DIR, FIXTURES_DIR } from '../support/paths';
import { RequestLog } from '../support/request-log';
import { serveDir, type StaticServer } from '../support/server';
import { clickToScroll } from '../support/sidebar';
import { articlePage } from '../support/generated-pages';

/** Pages this repo wrote: no remote references, so no off-host request at all. */
const FIXTURE_PAGES = ['seed.html', 'home.html', 'hostile/markup-in-quotes.html'];
/** Real saved pages that reference remote resources (refused). */
const CORPUS_PAGES = ['foxnews-scooter-braun-big-machine/page.html', 'telegraph-zimbabwe-mugabe/page.html'];

let fixtures: StaticServer;
let corpus: StaticServer;
let chromium: ChromiumWithExtension;
let log: RequestLog;
const visited: Array<{ url: string; status: string; sources: number; errors: string[] }> = [];
const insertedRemoteUrls: string[] = [];

/** Off-host URLs in what the extension inserted: its shadow roots (markup and styles) and its document styles. */
async function remoteUrlsInExtensionDom(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const texts: string[] = [];
    for (const host of Array.from(document.querySelectorAll('sourcelight-sidebar, sourcelight-card'))) {
      const root = host.shadowRoot;
      if (!root) continue;
      texts.push(root.innerHTML);
      for (const sheet of [...Array.from(root.styleSheets), ...root.adoptedStyleSheets]) {
        texts.push(Array.from(sheet.cssRules, (r) => r.cssText).join('\n'));
      }
    }
    for (const style of Array.from(document.querySelectorAll('style[wxt-shadow-root-document-styles], style[id^="sourcelight"], style[data-sourcelight]'))) {
      texts.push(style.textContent ?? '');
    }
    const found = texts.join('\n').match(/(?:https?|wss?):\/\/[^\s"')<>]+/gi) ?? [];
    return found.filter((url) => !/^[a-z]+:\/\/(?:127\.0\.0\.1|localhost)[:/]/i.test(url) && !/^https?:\/\/www\.w3\.org\//i.test(url));
  });
}

beforeAll(async () => {
  fixtures = await serveDir(FIXTURES_DIR);
  corpus = await serveDir(CORPUS_DIR);
  chromium = await launchChromiumWithExtension();
  log = new RequestLog(chromium.context);
  for (const name of ['popup.html', 'options.html']) {
    const page = await log.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/${name}`);
    await page.waitForLoadState('load');
    await page.close();
  }
  const urls = [...FIXTURE_PAGES.map((p) => `${fixtures.url}/${p}`), ...CORPUS_PAGES.map((p) => `${corpus.url}/${p}`)];
  for (const url of urls) {
    const page = await log.newPage();
    const errors = watchPageErrors(page);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    const state = await waitForPipeline(page);
    // Use the sidebar like a reader (a quote clicked, the page scrolled), then look at what it inserted.
    if (state.status === 'ready') await clickToScroll(page);
    insertedRemoteUrls.push(...await remoteUrlsInExtensionDom(page));
    visited.push({ url, status: state.status ?? 'none', sources: (await readSidebarSources(page)).length, errors });
    await page.close();
  }
  // Let late requests (a page's timers, the worker's badge update) arrive.
  await new Promise((resolve) => setTimeout(resolve, 1_000));
});

afterAll(async () => {
  await log?.detach();
  await chromium?.close();
  await fixtures?.close();
  await corpus?.close();
});

describe('privacy: what the browser sent during a run over the extension pages, fixtures and corpus pages', () => {
  it('ran the extension on every page and recorded the extension’s own traffic', () => {
    expect(visited.map((v) => v.status)).not.toContain('none');
    expect(visited.filter((v) => v.status === 'ready').length).toBeGreaterThanOrEqual(4);
    // The popup and options pages load their scripts from chrome-extension:// (seen, not off-host).
    expect(log.requests.filter((r) => r.maker === 'extension' && r.destination === 'non-network').length).toBeGreaterThan(0);
    console.info('[privacy] requests observed:', JSON.stringify(log.summary(), null, 1));
  });

  it('the extension made no off-host request: not its worker, not its pages, not its content scripts', () => {
    expect(log.offHost('extension').map((r) => `${r.why}: ${r.url}`)).toEqual([]);
  });

  it('pages written for these tests made no off-host request at all, whoever started it', () => {
    const ours = log.offHost().filter((r) => r.owner.startsWith(fixtures.url));
    expect(ours.map((r) => `${r.owner} → ${r.url}`)).toEqual([]);
  });

  it('nothing the extension inserted into a page names an off-host URL', () => {
    expect(insertedRemoteUrls).toEqual([]);
  });

  it('every request the launcher refused was seen and attributed to the page that referenced it', () => {
    const offHost = new Set(log.offHost('page').map((r) => r.url));
    expect(chromium.blockedRequests.filter((url) => !offHost.has(url))).toEqual([]);
    const why = log.offHost('page').map((r) => r.why);
    console.info('[privacy] corpus pages’ own off-host requests (refused):', chromium.blockedRequests.length, JSON.stringify(countBy(why)));
  });

  it('extension code threw nothing into any page', () => {
    expect(visited.flatMap((v) => v.errors.filter((e) => /chrome-extension:\/\//.test(e)))).toEqual([]);
    expect(visited.filter((v) => v.url.startsWith(fixtures.url)).flatMap((v) => v.errors)).toEqual([]);
  });

  it('sees the one request the extension may make: the opt-in EasyList refresh, from the worker, to easylist.to', async () => {
    const before = log.offHost('extension').length;
    const page = await log.newPage();
    await page.goto(`chrome-extension://${chromium.extensionId}/options.html`);
    await page.getByLabel('Refresh the ad filter list weekly').check();
    await expect.poll(() => log.offHost('extension').length, { timeout: 10_000 }).toBeGreaterThan(before);
    await page.getByLabel('Refresh the ad filter list weekly').uncheck();
    await page.close();
    const made = log.offHost('extension').slice(before);
    expect(made.map((r) => [r.why, new URL(r.url).host])).toEqual(made.map(() => ['service-worker', 'easylist.to']));
  });
});

describe('privacy: the page\'s markup, read in the offscreen document, loads nothing it names', () => {
  // Readability turns lazy images' data-src into src, and the reading document parses <noscript> and
  // <template> as markup: in a document that loaded resources, each would fetch. The canary counts.
  const hits: string[] = [];
  let canary: Server;
  let pages: StaticServer;

  beforeAll(async () => {
    canary = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.writeHead(204).end();
    });
    await new Promise<void>((resolve) => canary.listen(0, '127.0.0.1', resolve));
    const at = `http://127.0.0.1:${(canary.address() as AddressInfo).port}`;
    const story = Array.from({ length: 10 }, (_, i) =>
      `The council agreed on Tuesday, after a long debate about the budget, to repair the bridge, part ${i + 1}.`);
    const lures = [`<img data-src="${at}/lazy-img.png" alt="">`, `<noscript><img src="${at}/noscript-img.png"></noscript>`,
      `<template><img src="${at}/template-img.png"></template>`, `<picture><source data-srcset="${at}/lazy-source.png"><img alt=""></picture>`];
    pages = await serveDir(FIXTURES_DIR, { '/lures.html': () => articlePage('Council repairs the bridge', story.map((p, i) => `${p} ${lures[i % lures.length]}`)) });
  });

  afterAll(async () => {
    await pages?.close();
    await new Promise((resolve) => canary?.close(resolve));
  });

  it('reads the article in the background and no lure reaches the canary', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${pages.url}/lures.html`, { waitUntil: 'domcontentloaded' });
    const state = await waitForPipeline(page);
    expect(state.status).toBe('ready');
    expect(await page.evaluate(() => performance.getEntriesByName('sourcelight:read-in-page').length)).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await page.close();
    expect(hits).toEqual([]);
  });
});

/** How many times each value occurs. */
function countBy(values: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}
