/**
 * The early hider of one page: applies the compiled EasyList from document_start (filters-apply.ts)
 * while the page is still being parsed, with the default settings, then follows the reader's settings
 * once storage answers; and at DOMContentLoaded hides the labelled placeholders the list misses
 * ("ADVERTISEMENT / REMOVE AD", findAdBlocks with every paragraph of the page protected). The main
 * content script later adds the article guard and the count. Follows the settings live: the per-site
 * switch, "hide ads" and "show what was hidden" apply without a reload. Everything is caught: nothing
 * throws into the page.
 *
 * When the rules go in (filter-parts.ts): at document_start, from the head in this script and, where
 * the page's hostname has site data, its small site shard read synchronously (nothing else is in flight
 * then, so that read is as quick as a read can be). The class/id table is fetched meanwhile and looked
 * up as it arrives, or read synchronously at DOMContentLoaded if it has not, so the ads in the HTML are
 * hidden by then in every case.
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
import { bundledIndex, fetchGeneric, readGenericNow, readShardsNow, wantsGeneric } from './filter-parts';

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

  /**
   * Takes `index` as the list: reads the page's site shard (if any) now, starts fetching the class/id
   * table, and applies it.
   */
  private use(index: FilterIndex): void {
    try {
      this.index = index;
      // Measured: a synchronous read made while a fetch is in flight waits behind it (up to 5× longer on
      // a busy machine), and one made later, at the first frame, blocks the page as long; so first.
      if (!readShardsNow(index, this.page)) this.shardFailed = true;
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

  /** Starts hiding if the settings want it. */
  private apply(): void {
    const index = this.index;
    if (this.applied || !index || !wantsHiding(this.settings)) return;
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
