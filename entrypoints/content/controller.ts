/**
 * The content script's controller: owns this tab's state (settings, the last pipeline result, whether
 * the sidebar is open) and wires the pieces: pipeline → sidebar → <html> contract, toolbar/shortcut
 * toggle, per-site switch, settings changes from other tabs, SPA navigation, and cleanup through `ctx`.
 * Every callback is caught, so nothing throws into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { SidebarProps } from '../../components/Sidebar';
import type { Undo } from '../../utils/types';
import { markPage } from '../../utils/dom/page-status';
import { isToggleSidebar, PAGE_STATUS, type PageStatusMessage } from '../../utils/messages';
import {
  isSiteEnabled, loadSettings, repairSettings, saveSettings, setSiteEnabled, siteKey, watchSettings, type Settings,
} from '../../utils/settings';
import { runPipeline, skippedResult, type PageResult } from './pipeline';
import { createSidebarHost, type SidebarHost } from './sidebar-host';
import { runStageAsync, safely } from './timing';

/** How long to let a single-page app render its new route before reading it. */
const LOCATION_CHANGE_DELAY_MS = 800;

/** Whether the sidebar is out of the page, a small tab, or the full panel. */
type View = 'closed' | 'collapsed' | 'open';

/** The controller of one tab's page. Nothing happens until `start`. */
export class PageController {
  private readonly host: SidebarHost;
  private readonly site = location.hostname;
  private settings: Settings = repairSettings(null);
  private result: PageResult = skippedResult('not-article');
  private view: View = 'closed';
  private working = true;
  private autoShown = false;
  private unmark: Undo = () => {};
  private run = 0;

  constructor(private readonly ctx: ContentScriptContext) {
    this.host = createSidebarHost(ctx);
  }

  /** Listens for the toolbar toggle, settings changes and SPA navigation; loads settings; runs the pipeline. */
  start(): void {
    const onMessage = (message: unknown): undefined => {
      if (isToggleSidebar(message)) this.setView(this.view === 'open' ? 'closed' : 'open');
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    let unwatch: () => void = () => {};
    safely('watch settings', () => (unwatch = watchSettings((next) => this.onSettings(next))));
    this.ctx.addEventListener(window, 'wxt:locationchange', () => {
      this.ctx.setTimeout(() => void this.refresh(), LOCATION_CHANGE_DELAY_MS);
    });
    this.ctx.onInvalidated(() => {
      this.run++;
      safely('undo', this.result.undo);
      safely('unmark', this.unmark);
      safely('hide sidebar', () => this.host.hide());
      safely('unlisten', () => browser.runtime.onMessage.removeListener(onMessage));
      safely('unwatch', unwatch);
    });
    loadSettings()
      .then((loaded) => {
        this.settings = loaded;
        return this.refresh();
      })
      .catch((error) => console.debug('[sourcelight] start failed:', error));
  }

  /** Undoes the last run and runs the pipeline again (or marks the page skipped when the site is off). */
  private async refresh(): Promise<void> {
    const id = ++this.run;
    const alive = () => id === this.run && this.ctx.isValid;
    safely('undo', this.result.undo);
    this.working = true;
    const next = !isSiteEnabled(this.settings, this.site)
      ? skippedResult('disabled')
      : await runPipeline(document, this.settings, alive).catch(() => skippedResult('error'));
    if (!next || !alive()) return next?.undo();
    this.result = next;
    this.working = false;
    if (next.state === 'ready' && !this.autoShown) {
      this.autoShown = true;
      if (this.view === 'closed') this.view = this.settings.autoOpen ? 'open' : 'collapsed';
    }
    await runStageAsync('render', () => this.render(), undefined);
    this.publish();
  }

  /** Shows the sidebar as `view` says, with the current state. */
  private async render(): Promise<void> {
    if (this.view === 'closed') this.host.hide();
    else await this.host.show(this.sidebarProps());
  }

  private setView(next: View): void {
    this.view = next;
    this.render().catch((error) => console.debug('[sourcelight] sidebar failed:', error));
  }

  private sidebarProps(): SidebarProps {
    const { result } = this;
    return {
      state: this.working ? 'working' : result.state,
      reason: result.reason,
      report: result.report,
      colours: result.colours,
      anchored: result.anchored,
      adsHidden: result.adsHidden,
      site: siteKey(this.site),
      siteEnabled: isSiteEnabled(this.settings, this.site),
      collapsed: this.view === 'collapsed',
      onCollapsedChange: (collapsed) => this.setView(collapsed ? 'collapsed' : 'open'),
      onQuoteSelect: (quoteId) => safely('show quote', () => {
        this.result.highlighting?.scrollTo(quoteId);
        this.result.highlighting?.flash(quoteId);
      }),
      onSiteToggle: (enabled) => void this.switchSite(enabled),
      onClose: () => this.setView('closed'),
    };
  }

  /** Writes the <html> contract and tells the background (toolbar badge). */
  private publish(): void {
    const { result } = this;
    const sources = result.report?.sources.length ?? 0;
    safely('mark page', () => {
      this.unmark();
      this.unmark = markPage(document, {
        state: result.state, reason: result.reason, sources, quotes: result.report?.quotes.length ?? 0,
        hidden: result.adsHidden, highlighted: result.anchored.size,
      });
    });
    const message: PageStatusMessage = { type: PAGE_STATUS, state: result.state, sources };
    browser.runtime.sendMessage(message).catch(() => {});
  }

  /** The reader flipped the site switch: store it, then undo everything or run it all again. */
  private async switchSite(enabled: boolean): Promise<void> {
    this.settings = setSiteEnabled(this.settings, this.site, enabled);
    saveSettings(this.settings).catch((error) => console.debug('[sourcelight] could not save settings:', error));
    await this.refresh();
  }

  /** Settings changed in another tab: re-run when it matters here (our own save compares equal). */
  private onSettings(next: Settings): void {
    const matters = (s: Settings) => JSON.stringify([isSiteEnabled(s, this.site), s.hideAds, s.highlights]);
    const changed = matters(next) !== matters(this.settings);
    this.settings = next;
    if (changed) void this.refresh();
  }
}
