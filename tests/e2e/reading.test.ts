/**
 * The reading experience in Chromium with the built extension, on the seed article served from
 * 127.0.0.1: the sidebar beside the page, the keyboard command, two-way navigation between the list
 * and the highlights, the hover card, the bucket bar, keyboard use, export to the clipboard, settings
 * that survive a reload, the narrow-window overlay, and axe-core inside the shadow root. One browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium';
import { openAndWait, readSidebarSources, waitForPipeline, type PipelineState } from '../support/page';
import { FIXTURES_DIR } from '../support/paths';
import { serveDir, type StaticServer } from '../support/server';
import {
  axeViolations, comparable, focusedHighlight, pressShortcut, selectedSource, sidebarFocus, sidebarState,
} from './reading-helpers';

let server: StaticServer;
let chromium: ChromiumWithExtension;
let page: Page;
let errors: string[];
let state: PipelineState;

beforeAll(async () => {
  server = await serveDir(FIXTURES_DIR);
  chromium = await launchChromiumWithExtension({ viewport: { width: 1280, height: 900 } });
  ({ page, errors, state } = await openAndWait(chromium.context, `${server.url}/seed.html`));
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const sidebar = (selector: string) => page.locator(`sourcelight-sidebar ${selector}`);

/** Waits for the page to start scrolling away from `start` (5 s at most), then to come to rest; returns scrollY. */
async function scrolledFrom(start: number): Promise<number> {
  await page.waitForFunction((from) => scrollY !== from, start, { timeout: 5_000, polling: 50 }).catch(() => undefined);
  let last = -1;
  let now = await page.evaluate(() => scrollY);
  while (now !== last) {
    last = now;
    await page.waitForTimeout(150);
    now = await page.evaluate(() => scrollY);
  }
  return now;
}

/** Scrolls the page to the top at once. */
async function scrollToTop(): Promise<void> {
  await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
}

/** The texts of a source's quotes that the sidebar offers to show (found in the page), in order. */
async function findableQuoteTexts(sourceId: string): Promise<string[]> {
  return sidebar(`[data-source-id="${sourceId}"] .sl-quote-button .sl-quote-text`).allTextContents();
}

/** The last source in the list with a quote in the page: the furthest down the article. */
async function lastFindableSource(): Promise<string> {
  const ids = await sidebar('[data-source-id]:has(.sl-source-button:not([aria-disabled]))').evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id') ?? ''));
  return ids.at(-1) ?? '';
}

describe('the sidebar beside the seed article', () => {
  it('opens by itself beside the page, which makes room and keeps every paragraph clear of it', async () => {
    expect(state.status).toBe('ready');
    const s = await sidebarState(page);
    expect(s).toMatchObject({ view: 'open', layout: 'side', width: 360, margin: 360 });
    const covered = await page.evaluate((width) =>
      Array.from(document.querySelectorAll('p')).filter((p) => p.getBoundingClientRect().right > innerWidth - width + 1).length, s.width);
    expect(covered).toBe(0);
  });

  it('sums up the sources in one line and breaks them down by type', async () => {
    const summary = (await sidebar('.sl-summary').textContent()) ?? '';
    expect(summary).toMatch(new RegExp(`^${state.sources} sources · \\d+ unnamed · \\d+ organisations? · ${state.quotes} quotes$`));
    const legend = await sidebar('.sl-legend-item').allTextContents();
    expect(legend.length).toBeGreaterThan(1);
    expect(legend.reduce((n, item) => n + Number(item.split(' ')[0]), 0)).toBe(state.sources);
  });

  it('closes and reopens with the keyboard command, taking keyboard focus to a source', async () => {
    await pressShortcut(page);
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'closed', margin: 0 });
    await pressShortcut(page);
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'open', margin: 360 });
    await expect.poll(() => sidebarFocus(page)).toMatch(/^s\d+$/);
  });

  it('moves between sources with j/k and the arrows, shows one with Enter, and closes with Escape', async () => {
    const ids = (await readSidebarSources(page)).length;
    expect(ids).toBeGreaterThan(2);
    const order = await sidebar('[data-source-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-source-id')));
    const first = await sidebarFocus(page);
    const at = order.indexOf(first);
    await page.keyboard.press('j');
    expect(await sidebarFocus(page)).toBe(order[at + 1]);
    await page.keyboard.press('ArrowDown');
    expect(await sidebarFocus(page)).toBe(order[at + 2]);
    await page.keyboard.press('k');
    expect(await sidebarFocus(page)).toBe(order[at + 1]);
    await page.keyboard.press('End');
    const last = order.at(-1)!;
    expect(await sidebarFocus(page)).toBe(last);
    expect((await selectedSource(page))?.id).toBe(last);
    await scrollToTop();
    await page.keyboard.press('Enter');
    expect(await scrolledFrom(0)).toBeGreaterThan(0);
    const focused = await focusedHighlight(page);
    expect(focused?.onScreen).toBe(true);
    const texts = (await findableQuoteTexts(last)).map(comparable);
    expect(texts.some((t) => t.includes(comparable(focused!.text)) || comparable(focused!.text).includes(t))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'closed', margin: 0 });
    expect(await page.evaluate(() => document.activeElement?.tagName)).not.toBe('SOURCELIGHT-SIDEBAR');
    expect(await focusedHighlight(page)).toBeNull();
    await pressShortcut(page);
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'open' });
  });
});

describe('two-way navigation', () => {
  it('clicking a source scrolls the page to its first quote and focuses that highlight; again, to the next', async () => {
    const id = await lastFindableSource();
    const texts = await findableQuoteTexts(id);
    expect(texts.length, `source ${id} has quotes in the page`).toBeGreaterThan(0);
    await scrollToTop();
    await sidebar(`[data-source-id="${id}"] .sl-source-button`).click();
    expect(await scrolledFrom(0)).toBeGreaterThan(0);
    const first = await focusedHighlight(page);
    expect(first?.onScreen, JSON.stringify(first)).toBe(true);
    expect(comparable(texts[0]!)).toContain(comparable(first!.text).slice(0, 40));
    expect((await selectedSource(page))?.id).toBe(id);
    if (texts.length > 1) {
      await sidebar(`[data-source-id="${id}"] .sl-source-button`).click();
      await expect.poll(async () => comparable(texts[1]!).includes(comparable((await focusedHighlight(page))?.text ?? '-').slice(0, 40))).toBe(true);
      await scrolledFrom(-1);
      expect((await focusedHighlight(page))?.onScreen).toBe(true);
    }
  });

  it('hovering a highlight shows who said it; clicking it selects that source in the sidebar', async () => {
    const selected = (await selectedSource(page))?.id;
    const point = await page.evaluate((skip) => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      const ranges: Range[] = [];
      registry.forEach((h, name) => {
        if (/^sourcelight-s\d+$/.test(name)) ranges.push(...h);
      });
      const range = ranges.find((r) => r.toString().length > 30 && !r.toString().includes(skip)) ?? ranges[0]!;
      range.startContainer.parentElement!.scrollIntoView({ block: 'center', behavior: 'instant' });
      const rect = range.getClientRects()[0]!;
      return { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2, text: range.toString() };
    }, selected ?? '\u0000');
    await page.mouse.move(point.x, point.y);
    const card = page.locator('sourcelight-card .sl-card');
    await expect.poll(() => card.count()).toBe(1);
    const cardSource = await card.getAttribute('data-card-source');
    const name = await sidebar(`[data-source-id="${cardSource}"]`).getAttribute('data-source-name');
    expect(await card.textContent()).toContain(name);
    await page.mouse.click(point.x, point.y);
    await expect.poll(() => selectedSource(page)).toEqual({ id: cardSource, name });
    const quotes = (await sidebar(`[data-source-id="${cardSource}"] .sl-quote-text`).allTextContents()).map(comparable);
    expect(quotes.some((q) => q.includes(comparable(point.text).slice(0, 30)))).toBe(true);
    await page.mouse.move(5, 5);
  });

  it('marks every highlighted quote on the bucket bar; a mark jumps to its quote', async () => {
    const marks = sidebar('.sl-marker');
    await expect.poll(() => marks.count()).toBe(state.highlighted);
    await scrollToTop();
    await marks.last().click();
    expect(await scrolledFrom(0)).toBeGreaterThan(0);
    expect((await focusedHighlight(page))?.onScreen).toBe(true);
  });
});

describe('export, settings, layouts and accessibility', () => {
  it('copies the source list as JSON in the command line’s contract, and as Markdown', async () => {
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    await page.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    await sidebar('[data-export="json"]').click();
    await expect.poll(() => sidebar('[data-export="json"]').textContent()).toBe('Copied ✓');
    const json = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as { title: string; sources: Array<{ name: string; kind: string; statements: number; quotes: unknown[] }> };
    expect(Object.keys(json)).toEqual(['url', 'title', 'byline', 'siteName', 'article', 'ads', 'sources']);
    expect(json.sources.map((s) => s.name)).toEqual((await readSidebarSources(page)).map((s) => s.name));
    expect(json.sources.every((s) => s.statements === s.quotes.length)).toBe(true);
    await sidebar('[data-export="markdown"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toMatch(/^# Sources in “/);
    expect(await sidebar('[role="status"]').textContent()).toBe('Copied the source list as Markdown');
  });

  it('hides the highlights with its switch and remembers it across a reload', async () => {
    const css = () => page.evaluate(() => document.querySelector('style[data-sourcelight-style="highlight"]')?.textContent ?? '');
    expect(await css()).toContain('::highlight(sourcelight-s0){');
    await sidebar('[role="switch"][aria-label="Highlights"]').click();
    await expect.poll(css).not.toContain('::highlight(sourcelight-s0){');
    await page.reload();
    await waitForPipeline(page);
    expect(await sidebar('[role="switch"][aria-label="Highlights"]').getAttribute('aria-checked')).toBe('false');
    expect(await css()).not.toContain('::highlight(sourcelight-s0){');
    await sidebar('[role="switch"][aria-label="Highlights"]').click();
    await expect.poll(css).toContain('::highlight(sourcelight-s0){');
  });

  it('resizes by keyboard, the page follows, and the width is remembered across a reload', async () => {
    await sidebar('[role="separator"]').focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
    await expect.poll(() => sidebarState(page)).toMatchObject({ width: 408, margin: 408 });
    await page.reload();
    await waitForPipeline(page);
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'open', width: 408, margin: 408 });
    await sidebar('[role="separator"]').dblclick();
    await expect.poll(() => sidebarState(page)).toMatchObject({ width: 360, margin: 360 });
  });

  it('overlays a narrow window without moving the page, collapses to a slim tab, and starts as one there', async () => {
    await page.setViewportSize({ width: 800, height: 900 });
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'open', layout: 'overlay', margin: 0 });
    await sidebar('[aria-label="Collapse the sidebar"]').click();
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'collapsed', margin: 0 });
    await sidebar('.sl-tab').click();
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'open' });
    await page.reload();
    await waitForPipeline(page);
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'collapsed', margin: 0 });
    await page.setViewportSize({ width: 1280, height: 900 });
    await sidebar('.sl-tab').click();
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'open', layout: 'side', margin: 360 });
  });

  it('has no serious or critical axe-core violations inside the shadow root, light and dark', async () => {
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page, ['sourcelight-sidebar', '.sl-root'])).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await sidebarState(page)).toMatchObject({ theme: 'system' });
    expect(await axeViolations(page, ['sourcelight-sidebar', '.sl-root'])).toEqual([]);
    await page.emulateMedia({ colorScheme: null });
  });

  it('throws nothing into the page and makes no off-host request', () => {
    expect(errors).toEqual([]);
    expect(chromium.blockedRequests).toEqual([]);
  });
});
