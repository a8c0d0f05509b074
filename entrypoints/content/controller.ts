/**
 * The content script's controller: owns this tab's state (settings, the last pipeline result) and wires
 * the pieces: pipeline → reading view (sidebar, highlights, card) → <html> contract; the toolbar,
 * shortcut and popup messages; the per-site switch; settings changes from other tabs and the options
 * page; SPA navigation; and cleanup through `ctx`. Every callback is caught, so nothing throws into the page.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Undo } from '../../utils/types';
import { markPage } from '../../utils/dom/page-status';
import {
  isGetExport, isGetPageSummary, isSetSidebar, isToggleSidebar, PAGE_STATUS,
  type ExportReply, type PageStatusMessage, type PageSummary,
} from '../../utils/messages';
import {
  isSiteEnabled, loadSettings, repairSettings, saveSettings, setSiteEnabled, siteKey, watchSettings, type Settings,
} from '../../utils/settings';
import { inBackground } from './background-analysis';
import { exportText } from './page-export';
import { runPipeline, skippedResult, type PageResult } from './pipeline';
import { ReadingView } from './reading-view';
import { runStageAsync, safely } from './timing';

/** How long to let a single-page app render its new route before reading it. */
const LOCATION_CHANGE_DELAY_MS = 800;

/** More unanswered writes than this means storage dropped some echoes (an unchanged value): forget them. */
const MAX_ECHOES = 16;

/** The settings that change what the pipeline does to the page: a change re-runs it. */
function pipelineKey(settings: Settings, site: string): string {
  return JSON.stringify([isSiteEnabled(settings, site), settings.hideAds, settings.clutter, settings.showHidden]);
}

/** The controller of one tab's page. Nothing happens until `start`. */
export class PageController {
  private readonly view: ReadingView;
  private readonly site = location.hostname;
  private settings: Settings = repairSettings(null);
  private result: PageResult = skippedResult('not-article');
  private working = true;
  private autoShown = false;
  private unmark: Undo = () => {};
  private run = 0;
  /** Settings this tab wrote and whose storage echo has not come back yet (JSON). */
  private readonly echoes = new Set<string>();

  constructor(private readonly ctx: ContentScriptContext) {
    this.view = new ReadingView(ctx, {
      saveSettings: (patch) => this.save({ ...this.settings, ...patch }),
      switchSite: (enabled) => void this.switchSite(enabled),
    }, this.settings);
  }

  /** Listens for messages, settings changes and SPA navigation; loads settings; runs the pipeline. */
  start(): void {
    const onMessage = (message: unknown) => this.answer(message);
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
      safely('view', () => this.view.dispose());
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

  /** Handles a message from the background or the popup; replies (a promise) only to the popup's questions. */
  private answer(message: unknown): Promise<PageSummary | ExportReply> | undefined {
    if (isToggleSidebar(message)) {
      safely('toggle', () => this.view.toggle(message.focus ?? false));
      return undefined;
    }
    if (isSetSidebar(message)) {
      safely('set sidebar', () => this.view.setOpen(message.open));
      return Promise.resolve(this.summary());
    }
    if (isGetPageSummary(message)) return Promise.resolve(this.summary());
    if (isGetExport(message)) {
      const text = exportText(this.result.report, this.result.adsHidden, message.format);
      return Promise.resolve(text === null ? null : { format: message.format, text });
    }
    return undefined;
  }

  /** What the popup shows about this tab. */
  private summary(): PageSummary {
    const { result } = this;
    const sources = result.report?.sources ?? [];
    return {
      state: this.working ? 'working' : result.state,
      reason: result.reason ?? null,
      site: siteKey(this.site),
      siteEnabled: isSiteEnabled(this.settings, this.site),
      title: result.report?.article.title ?? null,
      sources: sources.length,
      unnamed: sources.filter((s) => s.kind === 'unnamed').length,
      organisations: sources.filter((s) => s.kind === 'organisation').length,
      quotes: result.report?.quotes.length ?? 0,
      adsHidden: result.adsHidden,
      sidebar: this.view.state,
    };
  }

  /**
   * Undoes the last run and runs the pipeline again (or marks the page skipped when the site is off).
   * Quotes are always anchored and painted, even with highlights off: hidden highlights still let the
   * sidebar jump to a quote, and the highlights switch shows them again without a re-run.
   */
  private async refresh(): Promise<void> {
    const id = ++this.run;
    const alive = () => id === this.run && this.ctx.isValid;
    safely('undo', this.result.undo);
    this.result = skippedResult('not-article');
    this.working = true;
    if (this.view.state !== 'closed') safely('view', () => this.view.update({ result: this.result, settings: this.settings, working: true }));
    const enabled = isSiteEnabled(this.settings, this.site);
    const sidebarReady = enabled ? this.view.prepare() : Promise.resolve();
    const next = !enabled
      ? skippedResult('disabled')
      : await runPipeline(document, this.settings, alive, inBackground).catch(() => skippedResult('error'));
    if (!next || !alive()) return next?.undo();
    // The sidebar's CSS loads in parallel with the pipeline; waiting for it is idle time, not rendering.
    await sidebarReady;
    if (!alive()) return next.undo();
    this.result = next;
    this.working = false;
    await runStageAsync('render', async () => {
      await this.view.update({ result: next, settings: this.settings, working: false });
      if (next.state === 'ready' && !this.autoShown) {
        this.autoShown = true;
        await this.view.autoOpen();
      }
    }, undefined);
    this.publish();
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

  /** Stores new settings and shows them at once (the storage watch then finds nothing new). */
  private save(next: Settings): void {
    const repaired = repairSettings(next);
    const key = JSON.stringify(repaired);
    if (key === JSON.stringify(this.settings)) return;
    this.settings = repaired;
    if (this.echoes.size > MAX_ECHOES) this.echoes.clear();
    this.echoes.add(key);
    saveSettings(this.settings).catch((error) => console.debug('[sourcelight] could not save settings:', error));
    safely('view', () => this.view.update({ result: this.result, settings: this.settings, working: this.working }));
  }

  /** The reader flipped the site switch: store it, then undo everything or run it all again. */
  private async switchSite(enabled: boolean): Promise<void> {
    this.save(setSiteEnabled(this.settings, this.site, enabled));
    await this.refresh();
  }

  /**
   * Settings changed in storage: re-run when it matters, else redraw. The echo of this tab's own write
   * is skipped: after quick changes (key presses on the resize handle) an older echo would undo a newer one.
   */
  private onSettings(next: Settings): void {
    if (this.echoes.delete(JSON.stringify(next))) return;
    const rerun = pipelineKey(next, this.site) !== pipelineKey(this.settings, this.site);
    this.settings = next;
    if (rerun) void this.refresh();
    else safely('view', () => this.view.update({ result: this.result, settings: next, working: this.working }));
  }
}
