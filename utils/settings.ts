/**
 * The reader's settings: one versioned WXT storage item, its defaults, a validator that repairs bad
 * stored values (darkreader's habit: never trust what storage hands back), and the per-site switch.
 */
import { storage } from 'wxt/utils/storage';

/** Everything Sourcelight remembers. Nothing else is stored. */
export interface Settings {
  /** Hostnames (without "www.") where the reader switched Sourcelight off. */
  disabledSites: string[];
  /** Open the sidebar by itself on article pages (otherwise it waits, collapsed, for a click). */
  autoOpen: boolean;
  /** Hide ad blocks in the article. */
  hideAds: boolean;
  /** Colour quotes in the page. */
  highlights: boolean;
  /** Also hide page clutter (newsletter boxes, share counters, "Read more" lists): off, or on in reading mode. */
  clutter: 'off' | 'reading';
  /** Outline hidden blocks with their reason instead of hiding them ("show what was hidden"). */
  showHidden: boolean;
  /** Opt-in: refresh the EasyList snapshot from its official address once a week. */
  refreshFilters: boolean;
  /** Sidebar colours: follow the system, or force light or dark. */
  theme: 'system' | 'light' | 'dark';
  /** Width of the sidebar panel in CSS pixels, as the reader last set it (see SIDEBAR_WIDTH). */
  sidebarWidth: number;
  /** Order of the sources in the sidebar: as they first speak in the article, or by share of voice. */
  sourceOrder: 'appearance' | 'voice';
  /** What the toolbar button does: show the popup, or toggle the sidebar in one click. */
  toolbarClick: 'popup' | 'sidebar';
}

/** The sidebar's width limits and default, in CSS pixels. */
export const SIDEBAR_WIDTH = Object.freeze({ min: 280, max: 640, initial: 360 });

/** What a new install starts with. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({
  disabledSites: [],
  autoOpen: true,
  hideAds: true,
  highlights: true,
  clutter: 'off',
  showHidden: false,
  refreshFilters: false,
  theme: 'system',
  sidebarWidth: SIDEBAR_WIDTH.initial,
  sourceOrder: 'appearance',
  toolbarClick: 'popup',
});

/** Longest plausible hostname (DNS limit), and a cap on the list so a corrupt value stays small. */
const MAX_HOST_LENGTH = 253;
const MAX_SITES = 5000;

/** The settings item in extension storage (`local:settings`, version 1). */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: { ...DEFAULT_SETTINGS, disabledSites: [] },
  version: 1,
});

/** A width the sidebar can take: rounded and kept within SIDEBAR_WIDTH; anything not a finite number is the default. */
export function clampSidebarWidth(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return SIDEBAR_WIDTH.initial;
  return Math.min(SIDEBAR_WIDTH.max, Math.max(SIDEBAR_WIDTH.min, Math.round(value)));
}

/**
 * Lower-cases a hostname and drops every leading "www." and trailing dot: "WWW.Example.com." →
 * "example.com". Idempotent (a key is its own key), so a site switched off is still off once the
 * stored list is read back and repaired: "www.www.example.com" and "example.com.." once kept a "www."
 * or a dot the second pass then dropped.
 */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/\.+$/, '').replace(/^(?:www\.)+/, '');
}

/**
 * Repairs a stored value into valid settings: each field of the wrong type falls back to its default,
 * valid fields are kept, unknown fields are dropped, site names are normalised and de-duplicated, the
 * sidebar width is clamped to its limits.
 */
export function repairSettings(value: unknown): Settings {
  const record = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const flag = (key: 'autoOpen' | 'hideAds' | 'highlights' | 'showHidden' | 'refreshFilters') =>
    typeof record[key] === 'boolean' ? (record[key] as boolean) : DEFAULT_SETTINGS[key];
  const oneOf = <K extends 'clutter' | 'theme' | 'sourceOrder' | 'toolbarClick'>(key: K, allowed: ReadonlyArray<Settings[K]>): Settings[K] =>
    allowed.includes(record[key] as Settings[K]) ? (record[key] as Settings[K]) : DEFAULT_SETTINGS[key];
  const sites = Array.isArray(record.disabledSites) ? record.disabledSites : [];
  const disabledSites = Array.from(
    new Set(
      sites
        .filter((s): s is string => typeof s === 'string')
        .map(siteKey)
        .filter((s) => s.length > 0 && s.length <= MAX_HOST_LENGTH && !/\s/.test(s)),
    ),
  ).slice(0, MAX_SITES);
  return {
    disabledSites,
    autoOpen: flag('autoOpen'),
    hideAds: flag('hideAds'),
    highlights: flag('highlights'),
    clutter: oneOf('clutter', ['off', 'reading']),
    showHidden: flag('showHidden'),
    refreshFilters: flag('refreshFilters'),
    theme: oneOf('theme', ['system', 'light', 'dark']),
    sidebarWidth: clampSidebarWidth(record.sidebarWidth),
    sourceOrder: oneOf('sourceOrder', ['appearance', 'voice']),
    toolbarClick: oneOf('toolbarClick', ['popup', 'sidebar']),
  };
}

/** True unless the reader switched Sourcelight off for this hostname. */
export function isSiteEnabled(settings: Settings, hostname: string): boolean {
  return !settings.disabledSites.includes(siteKey(hostname));
}

/** New settings with Sourcelight switched on or off for this hostname (the input is not changed). */
export function setSiteEnabled(settings: Settings, hostname: string, enabled: boolean): Settings {
  const key = siteKey(hostname);
  const others = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: enabled || !key ? others : [...others, key] };
}

/** Reads the settings, repaired; the defaults if storage cannot be read. */
export async function loadSettings(): Promise<Settings> {
  try {
    return repairSettings(await settingsItem.getValue());
  } catch {
    return repairSettings(null);
  }
}

/** Stores the settings (repaired first, so nothing invalid is ever written). */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(repairSettings(settings));
}

/** Calls back with repaired settings whenever they change (in any tab). Returns the unwatch function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => callback(repairSettings(value)));
}
