/**
 * The opt-in weekly EasyList refresh (settings.refreshFilters, off by default). It is the extension's
 * only network request, and it is made only when the reader switched it on: the background fetches
 * the official list once a week, compiles it like the build does (filters-list.ts) and stores the
 * compiled list; the early content script then loads that instead of the bundled snapshot, which stays the
 * fallback. Switching the option off deletes the stored list.
 *
 * Wiring (background only): call {@link startFilterRefresh} once in `defineBackground`.
 */
import { browser } from 'wxt/browser';
import { checkEasyList, compileList, encodeFilters } from './dom/filters-list';
import { FILTERS_FORMAT, refreshedFiltersItem, type RefreshedFilters } from './filters-store';
import { loadSettings, watchSettings, type Settings } from './settings';

/** The official address of EasyList. */
export const EASYLIST_URL = 'https://easylist.to/easylist/easylist.txt';
/** How old a refreshed list may get. */
export const REFRESH_INTERVAL_MS = 7 * 24 * 60 * 60 * 1000;
/** The alarm that wakes the background once a day to see whether a week has passed. */
const ALARM = 'sourcelight:refresh-filters';

/**
 * Fetches, checks and compiles EasyList, and stores it. `fetchList` is the network (tests pass a fake).
 * A list that is not EasyList, or a failed fetch, changes nothing.
 */
export async function refreshFilters(fetchList: typeof fetch = fetch, now = Date.now()): Promise<RefreshedFilters> {
  const response = await fetchList(EASYLIST_URL, { cache: 'no-cache', credentials: 'omit' });
  if (!response.ok) throw new Error(`EasyList: HTTP ${response.status}`);
  const list = await response.text();
  checkEasyList(list, EASYLIST_URL);
  const refreshed: RefreshedFilters = { fetchedAt: now, format: FILTERS_FORMAT, compiled: JSON.stringify(encodeFilters(compileList(list).data)) };
  await refreshedFiltersItem.setValue(refreshed);
  return refreshed;
}

/**
 * What to do now: refresh when opted in and the stored list is missing or a week old, forget the stored
 * list when opted out. Returns what it did.
 */
export async function refreshIfDue(settings: Settings, fetchList: typeof fetch = fetch, now = Date.now()): Promise<'refreshed' | 'fresh' | 'cleared' | 'off'> {
  const stored = await refreshedFiltersItem.getValue();
  if (!settings.refreshFilters) {
    if (!stored) return 'off';
    await refreshedFiltersItem.setValue(null);
    return 'cleared';
  }
  if (stored && stored.format === FILTERS_FORMAT && now - stored.fetchedAt < REFRESH_INTERVAL_MS) return 'fresh';
  await refreshFilters(fetchList, now);
  return 'refreshed';
}

/** Background: checks at start, once a day, and whenever the option changes. Never throws. */
export function startFilterRefresh(): void {
  const check = () => {
    loadSettings()
      .then((settings) => refreshIfDue(settings))
      .catch((error) => console.debug('[sourcelight] filter refresh failed:', error));
  };
  try {
    browser.alarms.create(ALARM, { periodInMinutes: 24 * 60 });
    browser.alarms.onAlarm.addListener((alarm) => {
      if (alarm.name === ALARM) check();
    });
    watchSettings(() => check());
    check();
  } catch (error) {
    console.debug('[sourcelight] filter refresh not started:', error);
  }
}
