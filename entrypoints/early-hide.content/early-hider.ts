/**
 * The early hider of one page: loads the settings and the compiled EasyList at document_start (both
 * start at once), then applies the list (filters-apply.ts) while the page is still being parsed, and
 * at DOMContentLoaded hides the labelled placeholders the list misses ("ADVERTISEMENT / REMOVE AD",
 * findAdBlocks with every paragraph of the page protected). The main content script later adds the
 * article guard and the count. Follows the settings live: the per-site switch, "hide ads" and "show
 * what was hidden" apply without a reload. Everything is caught: nothing throws into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Undo } from '../../utils/types';
import { ensureHideStyle, findAdBlocks, HIDDEN_ATTRIBUTE, hideBlocks } from '../../utils/dom/ads';
import type { HideMode } from '../../utils/dom/cosmetic-sheet';
import { startFiltering, type PageFiltering } from '../../utils/dom/filters-apply';
import { FILTERS_ASSET, FilterIndex, pageAddress, SHIPPED_FORMAT, type ShippedFilters } from '../../utils/dom/filters-index';
import { loadRefreshedFilters } from '../../utils/filters-store';
import { isSiteEnabled, loadSettings, repairSettings, watchSettings, type Settings } from '../../utils/settings';

/** The address of the compiled list inside the extension. */
function filtersUrl(): string {
  // The asset is added by the build hook, so WXT's typed list of public paths does not know it.
  return (browser.runtime.getURL as (path: string) => string)(`/${FILTERS_ASSET}`);
}

/**
 * The bundled list, read synchronously: the one way to have the rules before the parser paints
 * anything (reading the packaged file and parsing it takes a few milliseconds). Null if that fails.
 */
function bundledFiltersNow(): string | null {
  try {
    const request = new XMLHttpRequest();
    request.open('GET', filtersUrl(), false);
    request.overrideMimeType('application/json; charset=utf-8');
    request.send();
    return (request.status === 200 || request.status === 0) && request.responseText ? request.responseText : null;
  } catch {
    return null;
  }
}

/** The bundled list, fetched (the fallback when the synchronous read failed). */
async function bundledFilters(): Promise<string> {
  const response = await fetch(filtersUrl());
  if (!response.ok) throw new Error(`${FILTERS_ASSET}: HTTP ${response.status}`);
  return response.text();
}

/** Parses a compiled list; throws on anything else. */
function indexOf(json: string): FilterIndex {
  const data = JSON.parse(json) as ShippedFilters;
  if (data?.version !== SHIPPED_FORMAT || typeof data.rules !== 'string') throw new Error('not a compiled filter list');
  return new FilterIndex(data);
}

/** The weekly refreshed list, when the reader opted in and one is stored; else null. */
async function refreshedIndex(settings: Settings): Promise<FilterIndex | null> {
  if (!settings.refreshFilters) return null;
  const json = await loadRefreshedFilters().catch(() => null);
  try {
    return json ? indexOf(json) : null;
  } catch {
    return null; // a refreshed list in another format: the bundled one stays
  }
}

/** A performance mark for benchmarks (`sourcelight:filters:start` → `:ready` is the cost before first paint). */
function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // a page that replaced `performance` loses only the timing
  }
}

/** Hiding on or off here: the site is on and the reader hides ads. */
const wantsHiding = (s: Settings) => s.hideAds && isSiteEnabled(s, location.hostname);
const modeOf = (s: Settings): HideMode => (s.showHidden ? 'outline' : 'hide');

/** Applies EasyList and the placeholder finder to this tab's page, following the settings. */
export class EarlyHider {
  private settings: Settings = repairSettings(null);
  private index: FilterIndex | null = null;
  private filtering: PageFiltering | null = null;
  private placeholders: Undo[] = [];
  private applied = false;
  private parsed = false;

  constructor(private readonly ctx: ContentScriptContext) {}

  /**
   * Loads the bundled list synchronously and applies it with the default settings (hide ads), so the
   * rules are in before the parser paints; then corrects for the reader's settings (site switched off,
   * show-hidden mode, the refreshed list) as soon as storage answers. Undoes everything when the
   * extension goes away.
   */
  start(): void {
    if (!/^https?:$/.test(location.protocol)) return;
    let unwatch: () => void = () => {};
    this.ctx.onInvalidated(() => {
      unwatch();
      this.remove();
    });
    mark('sourcelight:filters:start');
    const json = bundledFiltersNow();
    if (json) this.useIndex(json);
    loadSettings()
      .then(async (loaded) => {
        if (!this.ctx.isValid) return;
        const before = this.settings;
        this.settings = loaded;
        const refreshed = await refreshedIndex(loaded);
        if (refreshed || !this.index) {
          this.remove();
          this.index = refreshed ?? indexOf(await bundledFilters());
          this.apply();
        } else this.follow(before, loaded);
        unwatch = watchSettings((next) => this.onSettings(next));
      })
      .catch((error) => console.debug('[sourcelight] filters not loaded:', error));
  }

  /** Parses the bundled list and applies it. */
  private useIndex(json: string): void {
    try {
      this.index = indexOf(json);
      this.apply();
    } catch (error) {
      console.debug('[sourcelight] bundled filters unreadable:', error);
    }
  }

  /** Starts hiding if the settings want it. */
  private apply(): void {
    if (this.applied || !this.index || !wantsHiding(this.settings)) return;
    this.applied = true;
    mark('sourcelight:filters:ready');
    try {
      this.filtering = startFiltering(document, this.index, pageAddress(location.href), modeOf(this.settings), (roots, whole) => {
        if (this.parsed) this.hidePlaceholders(whole ? undefined : roots);
      });
    } catch (error) {
      console.debug('[sourcelight] filters failed:', error);
    }
    const atParsed = () => {
      if (!this.applied) return;
      this.filtering?.flush();
      this.parsed = true;
      this.hidePlaceholders();
    };
    if (document.readyState === 'loading') this.ctx.addEventListener(document, 'DOMContentLoaded', atParsed, { once: true });
    else atParsed();
  }

  /**
   * Hides labelled placeholders in the page (at DOMContentLoaded) or in content added later, with every
   * paragraph protected: the article is not known yet.
   */
  private hidePlaceholders(roots?: Element[]): void {
    try {
      const blocks = findAdBlocks(document, null, roots?.filter((r) => r.isConnected && document.body?.contains(r)));
      if (blocks.length) this.placeholders.push(hideBlocks(blocks, modeOf(this.settings)));
    } catch (error) {
      console.debug('[sourcelight] placeholders failed:', error);
    }
  }

  /** Removes everything this hider added to the page. */
  private remove(): void {
    this.applied = false;
    this.parsed = false;
    try {
      this.filtering?.undo();
      this.placeholders.splice(0).reverse().forEach((undo) => undo());
    } catch (error) {
      console.debug('[sourcelight] undo failed:', error);
    }
    this.filtering = null;
  }

  /** The reader changed a setting (here or in another tab). */
  private onSettings(next: Settings): void {
    const before = this.settings;
    this.settings = next;
    this.follow(before, next);
  }

  /** Switches hiding on or off, or between hiding and outlining, as the settings changed. */
  private follow(before: Settings, next: Settings): void {
    if (wantsHiding(before) !== wantsHiding(next)) {
      if (wantsHiding(next)) this.apply();
      else this.remove();
    } else if (modeOf(before) !== modeOf(next)) {
      this.filtering?.setMode(modeOf(next));
      if (document.querySelector(`[${HIDDEN_ATTRIBUTE}]`)) ensureHideStyle(document, modeOf(next));
    }
  }
}
