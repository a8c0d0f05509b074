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
import { createSidebarHost } from './sidebar-host';
import { runStageAsync, safely } from './timing';

/** How long to let a single-page app render its new route before reading it. */
const LOCATION_CHANGE_DELAY_MS = 800;

/** Whether the sidebar is out of the page, a small tab, or the full panel. */
type View = 'closed' | 'collapsed' | 'open';

/** The controller of one tab's page. */
export interface PageController {
  /** Loads the settings, runs the pipeline and starts listening. */
  start(): void;
}

/** Creates the controller for this page; nothing happens until `start`. */
export function createController(ctx: ContentScriptContext): PageController {
  const host = createSidebarHost(ctx);
  const site = location.hostname;
  let settings: Settings = repairSettings(null);
  let result: PageResult = skippedResult('not-article');
  let view: View = 'closed';
  let autoShown = false;
  let working = true;
  let unmark: Undo = () => {};
  let run = 0;

  const sidebarProps = (): SidebarProps => ({
    state: working ? 'working' : result.state,
    reason: result.reason,
    report: result.report,
    colours: result.colours,
    anchored: result.anchored,
    adsHidden: result.adsHidden,
    site: siteKey(site),
    siteEnabled: isSiteEnabled(settings, site),
    collapsed: view === 'collapsed',
    onCollapsedChange: (collapsed) => setView(collapsed ? 'collapsed' : 'open'),
    onQuoteSelect: (quoteId) => safely('show quote', () => {
      result.highlighting?.scrollTo(quoteId);
      result.highlighting?.flash(quoteId);
    }),
    onSiteToggle: (enabled) => void switchSite(enabled),
    onClose: () => setView('closed'),
  });

  async function render(): Promise<void> {
    if (view === 'closed') host.hide();
    else await host.show(sidebarProps());
  }

  function setView(next: View): void {
    view = next;
    render().catch((error) => console.debug('[sourcelight] sidebar failed:', error));
  }

  /** Writes the <html> contract and tells the background (toolbar badge). */
  function publish(): void {
    safely('mark page', () => {
      unmark();
      unmark = markPage(document, {
        state: result.state,
        reason: result.reason,
        sources: result.report?.sources.length ?? 0,
        quotes: result.report?.quotes.length ?? 0,
        hidden: result.adsHidden,
        highlighted: result.anchored.size,
      });
    });
    const message: PageStatusMessage = { type: PAGE_STATUS, state: result.state, sources: result.report?.sources.length ?? 0 };
    browser.runtime.sendMessage(message).catch(() => {});
  }

  /** Undoes the last run and runs the pipeline again (or marks the page skipped when the site is off). */
  async function refresh(): Promise<void> {
    const id = ++run;
    const alive = () => id === run && ctx.isValid;
    safely('undo', result.undo);
    working = true;
    const next = !isSiteEnabled(settings, site)
      ? skippedResult('disabled')
      : await runPipeline(document, settings, alive).catch(() => skippedResult('error'));
    if (!next || !alive()) return next?.undo();
    result = next;
    working = false;
    if (result.state === 'ready' && !autoShown) {
      autoShown = true;
      if (view === 'closed') view = settings.autoOpen ? 'open' : 'collapsed';
    }
    await runStageAsync('render', render, undefined);
    publish();
  }

  async function switchSite(enabled: boolean): Promise<void> {
    settings = setSiteEnabled(settings, site, enabled);
    saveSettings(settings).catch((error) => console.debug('[sourcelight] could not save settings:', error));
    await refresh();
  }

  /** Settings changed in another tab or page: re-run when it matters here. */
  function onSettings(next: Settings): void {
    const matters = (s: Settings) => JSON.stringify([isSiteEnabled(s, site), s.hideAds, s.highlights]);
    const changed = matters(next) !== matters(settings);
    settings = next;
    if (changed) void refresh();
  }

  const onMessage = (message: unknown): undefined => {
    if (isToggleSidebar(message)) setView(view === 'open' ? 'closed' : 'open');
    return undefined;
  };

  return {
    start() {
      browser.runtime.onMessage.addListener(onMessage);
      const unwatch = (() => {
        try {
          return watchSettings(onSettings);
        } catch {
          return () => {};
        }
      })();
      ctx.addEventListener(window, 'wxt:locationchange', () => {
        ctx.setTimeout(() => void refresh(), LOCATION_CHANGE_DELAY_MS);
      });
      ctx.onInvalidated(() => {
        run++;
        safely('undo', result.undo);
        safely('unmark', unmark);
        safely('hide sidebar', host.hide);
        safely('unlisten', () => browser.runtime.onMessage.removeListener(onMessage));
        safely('unwatch', unwatch);
      });
      void loadSettings()
        .then((loaded) => {
          settings = loaded;
          return refresh();
        })
        .catch((error) => console.debug('[sourcelight] start failed:', error));
    },
  };
}
