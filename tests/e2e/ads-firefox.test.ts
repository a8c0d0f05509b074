/**
 * The early ad hiding in Firefox ESR (MV2 build): the document_start content script reads the compiled
 * EasyList synchronously and applies it (performance mark `sourcelight:filters:ready`), and the seed's
 * labelled placeholders end hidden. One browser, one page.
 */
import { describe, expect, it } from 'vitest';
import { useFirefoxOnFixtures } from '../support/firefox-fixtures';

describe('early ad hiding in Firefox ESR', () => {
  const session = useFirefoxOnFixtures();

  it('loads the list at document_start and hides every seed placeholder', async () => {
    const page = await session.firefox.browser.newPage();
    await page.goto(`${session.url}/seed.html`);
    await page.waitForFunction(() => document.documentElement.getAttribute('data-sourcelight') === 'ready', { timeout: 30_000, polling: 100 });
    const seen = await page.evaluate(() => ({
      filtersReady: performance.getEntriesByName('sourcelight:filters:ready').length,
      startedBeforeParse: (performance.getEntriesByName('sourcelight:filters:start')[0]?.startTime ?? Infinity)
        < (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
      shown: Array.from(document.querySelectorAll('[data-fixture="ad"]')).filter((el) => el.getClientRects().length > 0).length,
      total: document.querySelectorAll('[data-fixture="ad"]').length,
    }));
    expect(seen).toEqual({ filtersReady: 1, startedBeforeParse: true, shown: 0, total: 5 });
    await page.close();
  });
});
