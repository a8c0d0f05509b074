/**
 * The toolbar popup, the options page and the per-site switch in Chromium with the built extension, on
 * the seed article and a real corpus page served from 127.0.0.1. The popup runs in a tab of its own (a
 * test cannot open the real bubble), with the article brought to the front so that it is the active
 * tab the popup talks to, as when the reader clicks the toolbar button. One browser.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium';
import { openAndWait, readPipelineState, readSidebarSources, waitForPipeline } from '../support/page';
import { CORPUS_DIR, FIXTURES_DIR } from '../support/paths';
import { serveDir, type StaticServer } from '../support/server';
import { axeViolations, clickToolbarButton, comparable, focusedHighlight, sidebarState, toolbarPopup } from './reading-helpers';

/** A corpus page with several sources (BBC). */
const CORPUS_SLUG = 'bbc-obama-gun-laws';

let fixtures: StaticServer;
let corpus: StaticServer;
let chromium: ChromiumWithExtension;
let article: Page;
let errors: string[];

beforeAll(async () => {
  fixtures = await serveDir(FIXTURES_DIR);
  corpus = await serveDir(CORPUS_DIR);
  chromium = await launchChromiumWithExtension({ viewport: { width: 1280, height: 900 } });
  ({ page: article, errors } = await openAndWait(chromium.context, `${fixtures.url}/seed.html`));
});

afterAll(async () => {
  await chromium?.close();
  await corpus?.close();
  await fixtures?.close();
});

/** Opens an extension page (popup.html, options.html) in a tab of its own. */
async function extensionPage(file: string): Promise<Page> {
  const page = await chromium.context.newPage();
  await page.goto(`chrome-extension://${chromium.extensionId}/${file}`);
  return page;
}

/** The popup, talking to `target` (brought to the front, so the popup's active tab is the article). */
async function openPopup(target: Page): Promise<Page> {
  const popup = await extensionPage('popup.html');
  await target.bringToFront();
  await popup.reload();
  return popup;
}

describe('the toolbar popup', () => {
  it('is what the toolbar button opens by default', async () => {
    expect(await toolbarPopup(chromium.context)).toMatch(/popup\.html$/);
  });

  it('shows the tab’s counts and closes and opens its sidebar', async () => {
    const state = await readPipelineState(article);
    const popup = await openPopup(article);
    const counts = popup.locator('[data-counts]');
    await expect.poll(() => counts.textContent()).toMatch(new RegExp(`^${state.sources} sources · \\d+ unnamed · \\d+ organisations? · ${state.quotes} quotes$`));
    expect(await popup.locator('[data-action="sidebar"]').textContent()).toBe('Close the sidebar');
    await popup.locator('[data-action="sidebar"]').click();
    await expect.poll(() => sidebarState(article)).toMatchObject({ view: 'closed', margin: 0 });
    await expect.poll(() => popup.locator('[data-action="sidebar"]').textContent()).toBe('Open the sidebar');
    await popup.locator('[data-action="sidebar"]').click();
    await expect.poll(() => sidebarState(article)).toMatchObject({ view: 'open', margin: 360 });
    if (!popup.isClosed()) await popup.close();
  });

  it('copies the source list as JSON for the current tab', async () => {
    await chromium.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: fixtures.url });
    await article.evaluate(() => navigator.clipboard.writeText('nothing copied yet'));
    const popup = await openPopup(article);
    await popup.locator('[data-export="json"]').click();
    await expect.poll(() => popup.locator('[data-export="json"]').textContent()).toBe('Copied ✓');
    const text = await article.evaluate(() => navigator.clipboard.readText());
    const json = JSON.parse(text) as { sources: Array<{ name: string }> };
    expect(json.sources.map((s) => s.name)).toEqual((await readSidebarSources(article)).map((s) => s.name));
    expect(await axeViolations(popup, ['main'])).toEqual([]);
    await popup.close();
  });
});

describe('settings', () => {
  it('can make the toolbar button toggle the sidebar in one click, from the options page', async () => {
    const options = await extensionPage('options.html');
    expect(await axeViolations(options, ['main'])).toEqual([]);
    await options.getByLabel('Opens and closes the sidebar in one click').check();
    await expect.poll(() => toolbarPopup(chromium.context)).toBe('');
    await article.bringToFront();
    await clickToolbarButton(article);
    await expect.poll(() => sidebarState(article)).toMatchObject({ view: 'closed' });
    await clickToolbarButton(article);
    await expect.poll(() => sidebarState(article)).toMatchObject({ view: 'open' });
    await options.getByLabel('Shows the popup (counts, sidebar, export)').check();
    await expect.poll(() => toolbarPopup(chromium.context)).toMatch(/popup\.html$/);
    await options.close();
  });

  it('applies a theme and a sort order chosen in the options page at once, and keeps them across a reload', async () => {
    const options = await extensionPage('options.html');
    await options.getByLabel('Dark', { exact: true }).check();
    await options.getByLabel('By share of voice (most quoted words first)').check();
    await expect.poll(() => sidebarState(article)).toMatchObject({ theme: 'dark' });
    const shares = () => article.locator('sourcelight-sidebar .sl-voice > span:first-child').allTextContents();
    const percent = (list: string[]) => list.map((s) => Number(/(\d+)% of/.exec(s)?.[1]));
    await expect.poll(async () => { const p = percent(await shares()); return p.every((v, i) => i === 0 || v <= p[i - 1]!); }).toBe(true);
    await article.reload();
    await waitForPipeline(article);
    await expect.poll(() => sidebarState(article)).toMatchObject({ view: 'open', theme: 'dark' });
    expect(await article.locator('sourcelight-sidebar [aria-pressed="true"]').textContent()).toBe('By voice');
    await options.getByLabel('Follow the system (light or dark)').check();
    await options.getByLabel('In the order they first speak').check();
    await expect.poll(() => sidebarState(article)).toMatchObject({ theme: 'system' });
    await options.close();
  });
});

describe('switching a site off', () => {
  it('leaves the page exactly as the site serves it, and switching back on restores everything', async () => {
    const popup = await openPopup(article);
    await popup.locator('[role="switch"][aria-label^="Sourcelight on"]').click();
    await expect.poll(() => readPipelineState(article).then((s) => s.status)).toBe('skipped');
    await popup.close();
    await article.reload();
    const state = await waitForPipeline(article);
    expect(state.status).toBe('skipped');
    const page = await article.evaluate(async () => {
      const frame = document.createElement('iframe'); // content scripts do not run in frames: the page untouched
      frame.src = location.href;
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      document.documentElement.appendChild(frame);
      await loaded;
      const pristine = frame.contentDocument!.body.innerHTML;
      frame.remove();
      return {
        same: document.body.innerHTML === pristine,
        ours: document.querySelectorAll('sourcelight-sidebar, sourcelight-card, sourcelight-mark, [data-sourcelight-style], [data-sourcelight-hide]').length,
        highlights: Array.from((CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()).length,
        margin: getComputedStyle(document.documentElement).marginRight,
        reason: document.documentElement.getAttribute('data-sourcelight-reason'),
      };
    });
    expect(page).toEqual({ same: true, ours: 0, highlights: 0, margin: '0px', reason: 'disabled' });
    const again = await openPopup(article);
    await expect.poll(() => again.locator('.sl-popup-status').textContent()).toContain('off for 127.0.0.1');
    await again.locator('[role="switch"][aria-label^="Sourcelight on"]').click();
    await expect.poll(() => readPipelineState(article).then((s) => s.status)).toBe('ready');
    await again.close();
    await expect.poll(async () => (await readSidebarSources(article)).length).toBeGreaterThan(0);
  });
});

describe('a real corpus page', () => {
  it('opens the sidebar beside it, jumps to a source’s quote, and passes axe-core', async () => {
    const { page, errors: pageErrors, state } = await openAndWait(chromium.context, `${corpus.url}/${CORPUS_SLUG}/page.html`);
    expect(state.status).toBe('ready');
    await expect.poll(() => sidebarState(page)).toMatchObject({ view: 'open', layout: 'side' });
    const button = page.locator('sourcelight-sidebar [data-source-id] .sl-source-button:not([aria-disabled])').last();
    const quote = await page.locator('sourcelight-sidebar [data-source-id]:has(.sl-source-button:not([aria-disabled]))').last()
      .locator('.sl-quote-button .sl-quote-text').first().textContent();
    await page.evaluate(() => scrollTo({ top: 0, behavior: 'instant' }));
    await button.click();
    await expect.poll(async () => (await focusedHighlight(page))?.onScreen ?? false).toBe(true);
    expect(comparable(quote ?? '')).toContain(comparable((await focusedHighlight(page))!.text).slice(0, 40));
    expect(await axeViolations(page, ['sourcelight-sidebar', '.sl-root'])).toEqual([]);
    expect(pageErrors.filter((e) => /(chrome|moz)-extension:\/\//.test(e))).toEqual([]);
    await page.close();
  });

  it('threw nothing into the seed page', () => {
    expect(errors).toEqual([]);
  });
});
