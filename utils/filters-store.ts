/**
 * Where the opt-in weekly refresh (filters-refresh.ts, background) leaves the compiled EasyList, and how
 * the early content script reads it back. Kept apart from the refresh so the content script does not
 * carry the compiler (and its parser) into every page.
 */
import { storage } from 'wxt/utils/storage';
import { SHIPPED_FORMAT } from './dom/filters-index';

/** A refreshed list, compiled. */
export interface RefreshedFilters {
  /** When it was fetched (ms since 1970). */
  fetchedAt: number;
  /** The compiled list's format version; another version is ignored. */
  format: number;
  /** The compiled list whole (filters-index.ts `FilterPack`: head, site shards, class/id table), JSON. */
  compiled: string;
}

/**
 * The format of compiled lists this build reads (filters-index.ts `SHIPPED_FORMAT`): 3 since the list
 * ships in parts (a stored list of format 2, one JSON index, is ignored until the next refresh).
 */
export const FILTERS_FORMAT = SHIPPED_FORMAT;

/** The stored refreshed list (`local:filtersRefreshed`); null when none. */
export const refreshedFiltersItem = storage.defineItem<RefreshedFilters | null>('local:filtersRefreshed', { fallback: null });

/** The refreshed compiled list (JSON), or null when there is none usable (none stored, other format). */
export async function loadRefreshedFilters(): Promise<string | null> {
  const stored = await refreshedFiltersItem.getValue();
  return stored && stored.format === FILTERS_FORMAT ? stored.compiled : null;
}

