/**
 * The early hider of one page: applies the compiled EasyList from document_start (filters-apply.ts)
 * while the page is still being parsed, with the default settings, then follows the reader's settings
 * once storage answers; and at DOMContentLoaded hides the labelled placeholders the list misses
 * ("ADVERTISEMENT / REMOVE AD", findAdBlocks with every paragraph of the page protected). The main
 * content script later adds the article guard and the count. Follows the settings live: the per-site
 * switch, "hide ads" and "show what was hidden" apply without a reload. Everything is caught: nothing
 * throws into the page.
 *
 * When the rules go in (filter-parts.ts): at once where the page's hostname has no site data (the
 * head is in this script); else when its site shard arrives, or, if the page is about to paint or is
 * parsed first, by reading the shard synchronously then. The class/id table is looked up as it
 * arrives, and read synchronously at DOMContentLoaded if it has not, so the ads in the HTML are hidden
 * by then in every case.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Undo } from '../../utils/types';
import { ensureHideStyle, findAdBlocks, HIDDEN_ATTRIBUTE, hideBlocks } from '../../utils/dom/ads';
import type { HideMode } from '../../utils/dom/cosmetic-sheet';
import { startFiltering, type PageFiltering } from '../../utils/dom/filters-apply';
import { packIndex, pageAddress, type FilterIndex, type FilterPack, type PageAddress } from '../../utils/dom/filters-index';
import { loadRefreshedFilters } from '../../utils/filters-store';
import { isSiteEnabled, loadSettings, repairSettings, watchSettings, type Settings } from '../../utils/settings';
import { mark, timed } from '../../utils/dom/filters-timing';
import { bundledIndex, fetchGeneric, fetchShards, readGenericNow, readShardsNow, wantsGeneric } from './filter-parts';

/** The weekly refreshed list, when the reader opted in and one is stored; else null. */
async function refreshedIndex(settings: Settings): Promise<FilterIndex | null> {
  if (!settings.refreshFilters) return null;
  const json = await loadRefreshedFilters().catch(() => null);
  try {
    return json ? packIndex(JSON.parse(json) as FilterPack) : null;
  } catch {
    return null; // a refreshed list in another format: the bundled one stays
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
  /** A site shard could not be read: the bundled list is loaded again once the settings are in. */
  private shardFailed = false;
  /** The index whose first-frame / DOMContentLoaded read is set up. */
  private gated: FilterIndex | null = null;
  private readonly page: PageAddress = pageAddress(location.href);

  constructor(private readonly ctx: ContentScriptContext) {}

  /**
   * Applies the bundled list with the default settings (hide ads), from document_start (see the
   * header); then corrects for the reader's settings (site switched off, show-hidden mode, the
   * refreshed list) as soon as storage answers. Undoes everything when the extension goes away.
   */
  start(): void {
    if (!/^https?:$/.test(location.protocol)) return;
    let unwatch: () => void = () => {};
    this.ctx.onInvalidated(() => {
      unwatch();
      this.remove();
    });
    timed('filters', () => {
      mark('sourcelight:filters:start');
      this.use(bundledIndex());
    });
    loadSettings()
      .then(async (loaded) => {
        if (!this.ctx.isValid) return;
        const before = this.settings;
        this.settings = loaded;
        const refreshed = await refreshedIndex(loaded);
        if (refreshed || !this.index || this.shardFailed) {
          this.remove();
          this.shardFailed = false;
          this.use(refreshed ?? bundledIndex());
        } else this.follow(before, loaded);
        unwatch = watchSettings((next) => this.onSettings(next));
      })
      .catch((error) => console.debug('[sourcelight] filters not loaded:', error));
  }

  /** Takes `index` as the list: fetches what the page needs of it, and applies it as soon as it can. */
  private use(index: FilterIndex): void {
    try {
      this.index = index;
      // The small site shard first; both fetches go on while the page is parsed.
      fetchShards(index, this.page, () => {
        if (this.index === index && !this.applied) timed('filters-site', () => this.apply());
      });
      if (wantsGeneric(index, this.page)) {
        fetchGeneric(index, () => {
          if (this.index === index && this.filtering) timed('filters-generic', () => this.filtering?.lookUpWaiting());
        });
      }
      this.apply();
    } catch (error) {
      console.debug('[sourcelight] filters failed:', error);
    }
  }

  /** Starts hiding if the settings want it and the page's site shards are in (else waits for them). */
  private apply(): void {
    const index = this.index;
    if (this.applied || !index || !wantsHiding(this.settings)) return;
    if (index.missingShards(this.page).length) {
      this.readBeforePaint(index);
      return;
    }
    this.applied = true;
    try {
      this.filtering = startFiltering(document, index, this.page, modeOf(this.settings), (roots, whole) => {
        if (this.parsed) this.hidePlaceholders(whole ? undefined : roots);
      });
    } catch (error) {
      console.debug('[sourcelight] filters failed:', error);
    }
    mark('sourcelight:filters:ready');
    const atParsed = () => timed('filters-dcl', () => {
      if (!this.applied) return;
      this.filtering?.flush();
      if (this.index === index && wantsGeneric(index, this.page) && index.hiding(this.page).generic) {
        if (readGenericNow(index)) this.filtering?.lookUpWaiting();
      }
      this.parsed = true;
      this.hidePlaceholders();
    });
    if (document.readyState === 'loading') this.ctx.addEventListener(document, 'DOMContentLoaded', atParsed, { once: true });
    else atParsed();
  }

  /**
   * The site shards are being fetched: if the page is about to paint content (an animation frame once
   * it has a body) or is parsed before they arrive, reads them synchronously then, so no ad of the
   * site's rules is ever shown.
   */
  private readBeforePaint(index: FilterIndex): void {
    if (this.gated === index) return;
    this.gated = index;
    const now = () => {
      if (this.index !== index || this.applied || !index.missingShards(this.page).length) return;
      timed('filters-now', () => {
        if (!readShardsNow(index, this.page)) this.shardFailed = true;
        this.apply();
      });
    };
    if (document.readyState !== 'loading') return now();
    const frame = () => {
      if (this.index !== index || this.applied) return;
      if (document.body) now();
      else this.ctx.requestAnimationFrame(frame);
    };
    this.ctx.requestAnimationFrame(frame);
    this.ctx.addEventListener(document, 'DOMContentLoaded', now, { once: true });
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
