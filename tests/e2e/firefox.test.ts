/**
 * The Firefox build: addons-linter (through `web-ext lint`) finds no errors in .output/firefox-mv2, and in
 * Firefox ESR the content script runs on the seed article, finishes its pipeline, and the sidebar opens
 * beside the page, lists the sources, collapses and reopens, and jumps to a source's quote.
 */
import type { Page } from 'puppeteer-core';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useFirefoxOnFixtures } from '../support/firefox-fixtures';
import { FIREFOX_BUILD, REPO_ROOT, requireBuild } from '../support/paths';

const run = promisify(execFile);

/** The parts of `web-ext lint --output json` the test reads. */
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Array<{ code: string; message: string; file?: string }>;
}

describe('Firefox build', () => {
  it('passes web-ext lint with 0 errors', async () => {
    requireBuild(FIREFOX_BUILD, 'npm run build:firefox');
    const webExt = path.join(REPO_ROOT, 'node_modules/.bin/web-ext');
    const args = ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input', '--no-config-discovery'];
    // web-ext exits non-zero when it finds errors; the JSON on stdout says which.
    const { stdout } = await run(webExt, args, { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 << 20 })
      .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

describe('seed article in Firefox ESR', () => {
  const session = useFirefoxOnFixtures();
  let page: Page;
  const errors: string[] = [];

  it('runs the content script: data-sourcelight="ready", the sidebar mounted, no errors', async () => {
    page = await session.firefox.browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    page.on('pageerror', (error) => errors.push(String((error as Error).stack ?? error)));
    await page.goto(`${session.url}/seed.html`);
    const status = await page
      .waitForFunction(() => ['ready', 'skipped'].includes(document.documentElement.getAttribute('data-sourcelight') ?? ''),
        { timeout: 30_000, polling: 100 })
      .then(() => page.evaluate(() => document.documentElement.getAttribute('data-sourcelight')))
      .catch(async () => `never finished (${await page.evaluate(() => document.documentElement.getAttribute('data-sourcelight'))})`);
    expect(status).toBe('ready');
    expect(await page.evaluate(() => Boolean(document.querySelector('sourcelight-sidebar')?.shadowRoot))).toBe(true);
    expect(errors).toEqual([]);
  });

  it('reads the article in the background page (Firefox has no offscreen document), not on the page\'s main thread', async () => {
    const marks = await page.evaluate(() => ({
      read: performance.getEntriesByName('sourcelight:read').length,
      inPage: performance.getEntriesByName('sourcelight:read-in-page').length,
    }));
    expect(marks).toEqual({ read: 1, inPage: 0 });
  });

  it('opens the sidebar beside the page, lists the sources, and collapses to a tab that reopens it', async () => {
    const shown = () => page.evaluate(() => {
      const root = document.querySelector('sourcelight-sidebar')?.shadowRoot;
      const panel = root?.querySelector('.sl-panel');
      return {
        view: !root ? 'closed' : panel ? 'open' : 'collapsed',
        sources: root?.querySelectorAll('[data-source-name]').length ?? 0,
        width: Math.round(panel?.getBoundingClientRect().width ?? 0),
        margin: parseFloat(getComputedStyle(document.documentElement).marginRight) || 0,
      };
    });
    const counted = Number(await page.evaluate(() => document.documentElement.getAttribute('data-sourcelight-sources')));
    expect(counted).toBeGreaterThan(0);
    expect(await shown()).toEqual({ view: 'open', sources: counted, width: 360, margin: 360 });
    await page.click('sourcelight-sidebar >>> [aria-label="Collapse the sidebar"]');
    await page.waitForFunction(() => Boolean(document.querySelector('sourcelight-sidebar')?.shadowRoot?.querySelector('.sl-tab')), { timeout: 5_000 });
    expect(await shown()).toMatchObject({ view: 'collapsed', margin: 0 });
    await page.click('sourcelight-sidebar >>> .sl-tab');
    await page.waitForFunction(() => Boolean(document.querySelector('sourcelight-sidebar')?.shadowRoot?.querySelector('.sl-panel')), { timeout: 5_000 });
    expect(await shown()).toEqual({ view: 'open', sources: counted, width: 360, margin: 360 });
  });

  it('jumps to a source’s quote: the page scrolls and the quote’s highlight is focused on screen', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    const buttons = await page.$$('sourcelight-sidebar >>> [data-source-id] .sl-source-button:not([aria-disabled])');
    expect(buttons.length).toBeGreaterThan(0);
    const expected = await buttons.at(-1)!.evaluate((button) =>
      button.closest('[data-source-id]')?.querySelector('.sl-quote-button .sl-quote-text')?.textContent ?? '');
    await buttons.at(-1)!.click();
    await page.waitForFunction(() => window.scrollY > 0, { timeout: 5_000 });
    const focused = await page.waitForFunction(() => {
      const hits: Array<{ text: string; top: number }> = [];
      (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.forEach((highlight, name) => {
        const range = name.endsWith('-focus') ? Array.from(highlight)[0] : undefined;
        const top = range?.getBoundingClientRect().top;
        if (range && top !== undefined && top >= 0 && top < window.innerHeight) hits.push({ text: range.toString(), top });
      });
      return hits[0] ?? null;
    }, { timeout: 5_000, polling: 100 }).then((handle) => handle.jsonValue() as Promise<{ text: string; top: number }>);
    const fold = (t: string) => t.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
    expect(fold(expected)).toContain(fold(focused.text).slice(0, 40));
    expect(errors).toEqual([]);
  });
});
