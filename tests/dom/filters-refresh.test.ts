/**
 * The opt-in weekly refresh: nothing is fetched unless the reader opted in, a week-old list is fetched
 * again, a response that is not EasyList changes nothing, opting out forgets the stored list. The network
 * is a fake: tests never touch it.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SNAPSHOT_FILE } from '../../utils/cli/filters-compile';
import { packIndex, pageAddress, type FilterPack } from '../../utils/dom/filters-index';

// @wxt-dev/storage picks the extension API up when imported: install the fake first, then import.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let refresh: typeof import('../../utils/filters-refresh');
let store: typeof import('../../utils/filters-store');
let settings: typeof import('../../utils/settings');
beforeAll(async () => {
  refresh = await import('../../utils/filters-refresh');
  store = await import('../../utils/filters-store');
  settings = await import('../../utils/settings');
});
beforeEach(() => fakeBrowser.reset());

const LIST = readFileSync(SNAPSHOT_FILE, 'utf8');
const fakeFetch = (body: string, status = 200) => vi.fn(async () => new Response(body, { status })) as unknown as typeof fetch & ReturnType<typeof vi.fn>;
const WEEK = 7 * 24 * 60 * 60 * 1000;

describe('refreshIfDue', () => {
  it('never fetches when the reader did not opt in (the default)', async () => {
    const network = fakeFetch(LIST);
    expect(await refresh.refreshIfDue(settings.DEFAULT_SETTINGS, network)).toBe('off');
    expect(network).not.toHaveBeenCalled();
    expect(await store.loadRefreshedFilters()).toBeNull();
  });

  it('fetches the official list once when opted in, again after a week, and forgets it when opted out', async () => {
    const optedIn = { ...settings.DEFAULT_SETTINGS, refreshFilters: true };
    const network = fakeFetch(LIST);
    expect(await refresh.refreshIfDue(optedIn, network, 1_000)).toBe('refreshed');
    expect(network).toHaveBeenCalledWith(refresh.EASYLIST_URL, expect.anything());
    const stored = packIndex(JSON.parse((await store.loadRefreshedFilters())!) as FilterPack);
    expect(stored.hostRules(pageAddress('https://adlice.com/page')).selectors).toContain('.adsbygoogle');
    expect(stored.domRules(pageAddress('https://news.example/a'), { classes: ['ad-slot'], ids: [] }).selectors).toContain('.ad-slot');
    expect(await refresh.refreshIfDue(optedIn, network, 1_000 + WEEK - 1)).toBe('fresh');
    expect(network).toHaveBeenCalledTimes(1);
    expect(await refresh.refreshIfDue(optedIn, fakeFetch(LIST), 1_000 + WEEK)).toBe('refreshed');
    expect(await refresh.refreshIfDue(settings.DEFAULT_SETTINGS, network)).toBe('cleared');
    expect(await store.loadRefreshedFilters()).toBeNull();
  }, 30_000);

  it('fetches again over a stored list of an older format, which the content script ignores', async () => {
    const optedIn = { ...settings.DEFAULT_SETTINGS, refreshFilters: true };
    await store.refreshedFiltersItem.setValue({ fetchedAt: 1_000, format: 2, compiled: '{"version":2,"rules":""}' });
    expect(await store.loadRefreshedFilters()).toBeNull();
    expect(await refresh.refreshIfDue(optedIn, fakeFetch(LIST), 2_000)).toBe('refreshed');
    expect((await store.refreshedFiltersItem.getValue())!.format).toBe(store.FILTERS_FORMAT);
  }, 30_000);

  it('keeps what it had when the response is not EasyList or fails', async () => {
    const optedIn = { ...settings.DEFAULT_SETTINGS, refreshFilters: true };
    await expect(refresh.refreshIfDue(optedIn, fakeFetch('<html>captive portal</html>'))).rejects.toThrow(/not EasyList/);
    await expect(refresh.refreshIfDue(optedIn, fakeFetch('', 503))).rejects.toThrow(/503/);
    expect(await store.loadRefreshedFilters()).toBeNull();
  });
});
