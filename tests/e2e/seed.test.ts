/**
 * The built Chromium extension on the seed article (tests/fixtures/seed.html, served from 127.0.0.1) and on
 * a news home page: what a reader sees. One browser for the whole file.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium';
import { readExpectedParagraphs } from '../support/gold';
import {
  inspectSidebar, namesSurname, openAndWait, readHighlights, readPipelineState, readSidebarSources, renderedText,
  type PipelineState,
} from '../support/page';
import { FIXTURES_DIR, REPO_ROOT, SEED_DIR } from '../support/paths';
import { serveDir, type StaticServer } from '../support/server';
import { clickToScroll } from '../support/sidebar';

/** People the seed article quotes by name (gold: shared/seed/sources.json), by surname. */
const SEED_SURNAMES = ['lieberman', 'dermer', 'oreg', 'michael', 'sofrin'];
/**
 * The sidebar's screenshot, rewritten on every run. Tests never change tracked files: the README's copy
 * (tests/screenshots/light.png, dark.png) come from `npm run screenshots`.
 */
const SCREENSHOT = path.join(REPO_ROOT, '.output/screenshots/sidebar.png');

let server: StaticServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  server = await serveDir(FIXTURES_DIR);
  chromium = await launchChromiumWithExtension({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe('seed article (The Quint) in Chromium', () => {
  let page: Page;
  let errors: string[];
  let state: PipelineState;

  beforeAll(async () => {
    ({ page, errors, state } = await openAndWait(chromium.context, `${server.url}/seed.html`));
  });

  it('finishes the pipeline as an article, with counts on <html>', () => {
    expect(state.status).toBe('ready');
    expect(state.sources).not.toBeNull();
    expect(state.quotes).not.toBeNull();
    expect(state.hidden).not.toBeNull();
  });

  it('reads the article in the offscreen document, not on the page\'s main thread', async () => {
    const marks = await page.evaluate(() => ({
      read: performance.getEntriesByName('sourcelight:read').length,
      inPage: performance.getEntriesByName('sourcelight:read-in-page').length,
    }));
    expect(marks).toEqual({ read: 1, inPage: 0 });
    const worker = chromium.context.serviceWorkers()[0]!;
    const hasOffscreen = () => (globalThis as unknown as { chrome: { offscreen: { hasDocument(): Promise<boolean> } } }).chrome.offscreen.hasDocument();
    expect(await worker.evaluate(hasOffscreen)).toBe(true);
  });

  it('mounts one sidebar with an open shadow root', async () => {
    expect(await inspectSidebar(page)).toEqual({ count: 1, openShadowRoot: true });
  });

  it('lists the quoted people, and as many entries as <html> counts', async () => {
    const sources = await readSidebarSources(page);
    const names = sources.map((s) => s.name);
    for (const wanted of SEED_SURNAMES) {
      expect(names.some((name) => namesSurname(name, wanted)), `"${wanted}" among ${JSON.stringify(names)}`).toBe(true);
    }
    const people = sources.filter((s) => SEED_SURNAMES.some((w) => namesSurname(s.name, w)));
    expect(people.every((s) => s.kind === 'person'), JSON.stringify(people)).toBe(true);
    expect(sources.length).toBe(state.sources);
  });

  it('shows the sidebar on screen (README screenshot)', async () => {
    // The sidebar's largest box: the host, or whatever panel it positions inside its shadow root.
    const box = await page.evaluate(() => {
      const host = document.querySelector('sourcelight-sidebar');
      const boxes = [host, ...Array.from(host?.shadowRoot?.querySelectorAll('*') ?? [])]
        .filter((el): el is Element => Boolean(el))
        .map((el) => el.getBoundingClientRect());
      boxes.sort((a, b) => b.width * b.height - a.width * a.height);
      const r = boxes[0];
      return { left: r?.left ?? -1, width: r?.width ?? 0, height: r?.height ?? 0 };
    });
    expect(box.width).toBeGreaterThan(150);
    expect(box.height).toBeGreaterThan(150);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.left).toBeLessThan(1280);
    // Only a sidebar that shows real sources replaces the README's picture.
    if ((await readSidebarSources(page)).length > 0) {
      // Frame the quotes: the page scrolled to where the officials and experts start speaking.
      await page.evaluate(() => {
        const start = Array.from(document.querySelectorAll('p')).find((p) => p.textContent?.startsWith('Israeli officials declined'));
        window.scrollTo({ top: (start?.getBoundingClientRect().top ?? 0) + window.scrollY - 80, behavior: 'instant' });
      });
      await mkdir(path.dirname(SCREENSHOT), { recursive: true });
      await writeFile(SCREENSHOT, await page.screenshot());
    }
  });

  it('highlights the quotes it found', async () => {
    expect(state.highlighted ?? 0).toBeGreaterThan(0);
    const highlights = await readHighlights(page);
    expect(highlights.ranges + highlights.marks, JSON.stringify(highlights)).toBeGreaterThan(0);
  });

  it('hides every ad container and its REMOVE AD label', async () => {
    const ads = await page.evaluate(() =>
      Array.from(document.querySelectorAll('[data-fixture="ad"]'), (el) => {
        const r = el.getBoundingClientRect();
        return { id: el.querySelector('[id]')?.id ?? el.className, area: r.width * r.height, visible: el.checkVisibility() };
      }),
    );
    expect(ads.length).toBe(5);
    expect(ads.filter((ad) => ad.visible && ad.area > 0)).toEqual([]);
    expect(await renderedText(page)).not.toContain('REMOVE AD');
    expect(state.hidden ?? 0).toBeGreaterThanOrEqual(ads.length);
  });

  it('leaves every paragraph of the article visible', async () => {
    const text = await renderedText(page);
    const missing = readExpectedParagraphs(SEED_DIR).filter((p) => !text.includes(p));
    expect(missing).toEqual([]);
  });

  it('scrolls the page to a quote clicked in the sidebar', async () => {
    const { before, after, clicked, inView } = await clickToScroll(page);
    expect(clicked, 'a quote entry to click in the sidebar').not.toBe('');
    expect(after).not.toBe(before);
    expect(inView, `the clicked quote ("${clicked}") on screen in the article`).toBe(true);
  });

  it('throws nothing into the page and makes no off-host request', async () => {
    expect(errors).toEqual([]);
    expect(chromium.blockedRequests).toEqual([]);
    expect((await readPipelineState(page)).status).toBe('ready');
  });
});

describe('news home page (not an article) in Chromium', () => {
  it('is skipped: no sidebar, no highlights, no errors, page intact', async () => {
    const { page, errors, state } = await openAndWait(chromium.context, `${server.url}/home.html`);
    expect(state.status).toBe('skipped');
    expect((await inspectSidebar(page)).count).toBe(0);
    const highlights = await readHighlights(page);
    expect(highlights.ranges + highlights.marks).toBe(0);
    expect(await renderedText(page)).toContain('Sensex Ends Flat Ahead of Inflation Data');
    expect(errors).toEqual([]);
    await page.close();
  });
});
