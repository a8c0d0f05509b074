/**
 * Never break the page (issue #7), in Firefox ESR: the same hostile pages as hardening.test.ts. Firefox
 * gives content scripts Xray views of the page rather than a separate world, so the sabotaged built-ins
 * are the case that matters most here. One browser for the file.
 */
import type { Page } from 'puppeteer-core';
import { describe, expect, it } from 'vitest';
import { useFirefoxOnFixtures } from '../support/firefox-fixtures';
import { probeInjection, readSidebarLook } from '../support/page-probes';

const session = useFirefoxOnFixtures();

/** The page's state once the pipeline finished (or `never` with the last value). */
interface Finished {
  status: string;
  sources: number;
  highlighted: number;
  names: string[];
}

/**
 * Opens `url` and polls until <html data-sourcelight> is final. `ready` is a page expression that is
 * true once the page may be read; each poll is caught, since a sabotaged page world can break evaluate().
 */
async function open(url: string, ready = 'document.documentElement.hasAttribute("data-sourcelight")'): Promise<{ page: Page; errors: string[]; finished: Finished }> {
  const page = await session.firefox.browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String((error as Error).stack ?? error)));
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const ok = await page.evaluate(ready).catch(() => false);
    if (ok === true) break;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  const finished = await page.evaluate(() => {
    const root = document.documentElement;
    const shadow = document.querySelector('sourcelight-sidebar')?.shadowRoot;
    return {
      status: root.getAttribute('data-sourcelight') ?? 'never',
      sources: Number(root.getAttribute('data-sourcelight-sources')),
      highlighted: Number(root.getAttribute('data-sourcelight-highlighted')),
      names: Array.from(shadow?.querySelectorAll('[data-source-name]') ?? [], (el) => el.getAttribute('data-source-name') ?? ''),
    };
  });
  return { page, errors, finished };
}

describe('Firefox: a page that sabotages its own built-ins before the content script runs', () => {
  it('still finishes with sources and highlights, never calls a sabotaged function, throws nothing', async () => {
    const { page, errors, finished } = await open(
      `${session.url}/hostile/sabotaged-builtins.html`,
      'Boolean(window.__slSabotage && window.__slSabotage.restored)',
    );
    expect(finished.status).toBe('ready');
    expect(finished.names.length).toBe(finished.sources);
    for (const wanted of ['Moore', 'Rossi', 'Mensah']) expect(finished.names.some((n) => n.includes(wanted)), JSON.stringify(finished.names)).toBe(true);
    expect(finished.highlighted).toBeGreaterThan(0);
    const sabotage = await page.evaluate(() => (window as unknown as { __slSabotage: { installed: number; hits: Record<string, number>; at: string } }).__slSabotage);
    expect(sabotage.installed).toBeGreaterThan(80);
    expect(sabotage.at).toBe('ready');
    expect(sabotage.hits).toEqual({});
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox: markup and scripts in quotes, names and credentials', () => {
  it('runs no payload and shows it as text in the sidebar', async () => {
    const { page, errors, finished } = await open(`${session.url}/hostile/markup-in-quotes.html`);
    expect(finished.status).toBe('ready');
    const probe = await page.evaluate(probeInjection);
    expect(probe.pwned).toBeNull();
    expect(probe.handlerAttributes).toEqual([]);
    expect(probe.activeInSidebar).toEqual([]);
    expect(probe.sidebarText).toContain('<img src=x onerror=window.__slPwned=1>');
    expect(probe.sidebarText).toContain('<b onmouseover=window.__slPwned=4>Residents</b>');
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('Firefox: page CSS that hides and restyles everything', () => {
  it('shows the sidebar on screen in its own styles, with no page text on it', async () => {
    const { page, errors, finished } = await open(`${session.url}/hostile/hostile-css.html`);
    expect(finished.status).toBe('ready');
    const look = (await page.evaluate(readSidebarLook))!;
    expect(look).not.toBeNull();
    expect(look.host).toMatchObject({ display: 'block', visibility: 'visible', opacity: '1', position: 'fixed' });
    const panel = look.panel!;
    expect(panel).toMatchObject({ visibility: 'visible', fontStyle: 'normal', writingMode: 'horizontal-tb', direction: 'ltr' });
    expect(panel.color).not.toBe('rgb(255, 0, 0)');
    expect(panel.fontSize).not.toBe('40px');
    expect(panel.width).toBeGreaterThan(150);
    expect(panel.left + panel.width).toBeGreaterThan(1280 - 30);
    expect(look.panelOnTop).toBe(true);
    expect(['none', 'normal']).toContain(look.hostBefore);
    expect(['none', 'normal']).toContain(look.hostAfter);
    expect(look.sources).toBe(finished.sources);
    expect(errors).toEqual([]);
    await page.close();
  });
});
