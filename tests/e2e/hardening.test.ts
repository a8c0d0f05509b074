/**
 * Never break the page (issue #7), in Chromium: hostile pages against the built extension.
 * - Markup in the text (tests/fixtures/hostile/markup-in-quotes.html, and a generated article whose
 *   speaker has a 10,000-character name): payloads stay text, nothing runs, the sidebar shows them
 *   literally, the page stays live.
 * - A page that sabotages its own world's built-ins before the content script runs
 *   (sabotaged-builtins.html): content scripts live in their own world, so the extension must still
 *   finish and no extension code may call one of the page's functions (the fixture counts calls).
 * - Page CSS that tries to hide and restyle everything (hostile-css.html): the sidebar's shadow root
 *   and !important :host rules keep it on screen in its own styles.
 * One browser for the file; the page timer comes from an init script on every page.
 */
import type { CDPSession, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium';
import { longNameArticle } from '../support/generated-pages';
import {
  inspectSidebar, openAndWait, readHighlights, readPipelineState, readSidebarSources, watchPageErrors,
  type PipelineState,
} from '../support/page';
import { probeInjection, readSidebarLook, readTicker, TICKER_SCRIPT } from '../support/page-probes';
import { FIXTURES_DIR } from '../support/paths';
import { serveDir, type StaticServer } from '../support/server';

/** Payloads of markup-in-quotes.html that the engine reports (a quote and a credential): shown verbatim. */
const LITERAL_IN_SIDEBAR = [
  '<img src=x onerror=window.__slPwned=1>',
  '<b onmouseover=window.__slPwned=4>Residents</b>',
  '</script><script>window.__slPwned=2</script>',
  '🎉🌊🏗️',
];

let server: StaticServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  server = await serveDir(FIXTURES_DIR, { '/generated/long-name.html': () => longNameArticle() });
  chromium = await launchChromiumWithExtension();
  await chromium.context.addInitScript(TICKER_SCRIPT);
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

/** The page answers and its own timer kept running: ticks go up while we wait a second. */
async function expectLive(page: Page): Promise<{ ticks: number; maxGap: number }> {
  const before = await page.evaluate(readTicker);
  await page.waitForTimeout(1_000);
  const after = await page.evaluate(readTicker);
  expect(before, 'the page timer is installed').not.toBeNull();
  expect(after!.ticks).toBeGreaterThan(before!.ticks);
  return after!;
}

describe('markup, scripts and odd characters in quotes, names and credentials', () => {
  let page: Page;
  let errors: string[];
  let state: PipelineState;

  beforeAll(async () => {
    ({ page, errors, state } = await openAndWait(chromium.context, `${server.url}/hostile/markup-in-quotes.html`));
  });

  afterAll(async () => {
    await page?.close();
  });

  it('finishes as an article with sources and highlights', async () => {
    expect(state.status).toBe('ready');
    expect(state.sources ?? 0).toBeGreaterThan(0);
    const highlights = await readHighlights(page);
    expect(highlights.ranges + highlights.marks).toBeGreaterThan(0);
  });

  it('runs no payload and adds no event-handler attribute, in the page or the sidebar', async () => {
    // Hover and click through the sidebar: a payload living in an on* attribute would fire now.
    const names = page.locator('sourcelight-sidebar .sl-source-button');
    for (let i = 0; i < (await names.count()); i++) await names.nth(i).hover();
    const probe = await page.evaluate(probeInjection);
    expect(probe.pwned).toBeNull();
    expect(probe.handlerAttributes).toEqual([]);
    expect(probe.activeInSidebar).toEqual([]);
  });

  it('shows the payloads in the sidebar as the literal text the article prints', async () => {
    const { sidebarText } = await page.evaluate(probeInjection);
    for (const literal of LITERAL_IN_SIDEBAR) expect(sidebarText, literal).toContain(literal);
  });

  it('lists the speakers whose names or quotes carry RTL overrides, zero-width characters and emoji', async () => {
    const names = (await readSidebarSources(page)).map((s) => s.name);
    for (const wanted of ['Margaret Okafor', 'Thomas Reyes', 'Omar Haddad', 'Muñoz']) {
      expect(names.some((n) => n.includes(wanted)), `${wanted} in ${JSON.stringify(names)}`).toBe(true);
    }
  });

  it('throws nothing into the page and stays live', async () => {
    await expectLive(page);
    expect(errors).toEqual([]);
  });
});

describe('a speaker with a 10,000-character name', () => {
  it('finishes without errors, keeps the sidebar inside the window and the page live', async () => {
    const { page, errors, state } = await openAndWait(chromium.context, `${server.url}/generated/long-name.html`);
    expect(['ready', 'skipped']).toContain(state.status);
    expect((await page.evaluate(probeInjection)).pwned).toBeNull();
    const look = await page.evaluate(readSidebarLook);
    if (state.status === 'ready') {
      expect(look?.panel, 'the sidebar panel').toBeTruthy();
      expect(look!.panel!.width).toBeLessThanOrEqual(1280);
      expect(look!.panel!.left).toBeGreaterThanOrEqual(0);
    }
    await expectLive(page);
    expect(errors).toEqual([]);
    await page.close();
  });
});

/** Polls the page through raw CDP (no page-world built-ins used) until the fixture put them back. */
async function waitForRestore(cdp: CDPSession, timeout = 30_000): Promise<boolean> {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    const { result } = await cdp.send('Runtime.evaluate', {
      expression: 'Boolean(window.__slSabotage && window.__slSabotage.restored)',
      returnByValue: true,
    });
    if (result.value === true) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

describe('a page that sabotages its own built-ins before the content script runs', () => {
  let page: Page;
  let errors: string[];
  let restored: boolean;

  beforeAll(async () => {
    page = await chromium.context.newPage();
    errors = watchPageErrors(page);
    const cdp = await chromium.context.newCDPSession(page);
    await page.goto(`${server.url}/hostile/sabotaged-builtins.html`, { waitUntil: 'domcontentloaded' });
    restored = await waitForRestore(cdp);
    await cdp.detach();
  });

  afterAll(async () => {
    await page?.close();
  });

  it('still finishes as an article: sources listed, quotes highlighted', async () => {
    expect(restored, '<html data-sourcelight> reached ready or skipped while the built-ins were sabotaged').toBe(true);
    const state = await readPipelineState(page);
    expect(state.status).toBe('ready');
    expect(await inspectSidebar(page)).toEqual({ count: 1, openShadowRoot: true });
    const names = (await readSidebarSources(page)).map((s) => s.name);
    expect(names.length).toBe(state.sources);
    for (const wanted of ['Moore', 'Rossi', 'Mensah']) expect(names.some((n) => n.includes(wanted)), JSON.stringify(names)).toBe(true);
    const highlights = await readHighlights(page);
    expect(highlights.ranges + highlights.marks).toBeGreaterThan(0);
  });

  it('never called a sabotaged function (no extension code runs in the page world) and threw nothing', async () => {
    const sabotage = await page.evaluate(() => (window as unknown as { __slSabotage: { installed: number; hits: Record<string, number>; at: string } }).__slSabotage);
    expect(sabotage.installed).toBeGreaterThan(80);
    expect(sabotage.at).toBe('ready');
    expect(sabotage.hits).toEqual({});
    expect(errors).toEqual([]);
  });
});

describe('page CSS that hides and restyles everything, custom elements included', () => {
  let page: Page;
  let errors: string[];
  let state: PipelineState;

  beforeAll(async () => {
    ({ page, errors, state } = await openAndWait(chromium.context, `${server.url}/hostile/hostile-css.html`));
  });

  afterAll(async () => {
    await page?.close();
  });

  it('shows the sidebar on screen, on top, in its own styles', async () => {
    expect(state.status).toBe('ready');
    const look = await page.evaluate(readSidebarLook);
    expect(look).not.toBeNull();
    expect(look!.host).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed' });
    expect(look!.panel).not.toBeNull();
    const panel = look!.panel!;
    expect(panel).toMatchObject({ visibility: 'visible', fontStyle: 'normal', writingMode: 'horizontal-tb', direction: 'ltr' });
    expect(panel.display).not.toBe('none');
    expect(panel.color).not.toBe('rgb(255, 0, 0)');
    expect(panel.fontSize).not.toBe('40px');
    expect(panel.letterSpacing).not.toBe('12px');
    expect(panel.width).toBeGreaterThan(150);
    expect(panel.height).toBeGreaterThan(150);
    expect(panel.left).toBeGreaterThanOrEqual(0);
    expect(panel.left + panel.width).toBeLessThanOrEqual(1280 + 1);
    expect(panel.left + panel.width, 'the panel sits at the right edge').toBeGreaterThan(1280 - 30);
    expect(look!.panelOnTop, 'the panel is the topmost thing at its centre').toBe(true);
    expect(look!.sources).toBe(state.sources);
  });

  it('lets no page text into the sidebar (generated content on the host)', async () => {
    const look = (await page.evaluate(readSidebarLook))!;
    expect(['none', 'normal']).toContain(look.hostBefore);
    expect(['none', 'normal']).toContain(look.hostAfter);
    expect(errors).toEqual([]);
  });
});
