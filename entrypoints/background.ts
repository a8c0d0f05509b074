/**
 * The background: the Alt+Shift+S command asks the active tab's content script to toggle the sidebar
 * (and take keyboard focus); the toolbar button shows the popup, or — when the reader chose one-click
 * in the settings — has no popup and toggles the sidebar itself (`onClicked` only fires without a
 * popup); the content script's page status sets the toolbar badge (number of sources); and the opt-in
 * weekly EasyList refresh is started (utils/filters-refresh.ts; it does nothing unless switched on).
 * For the content script it reads pages' articles (utils/reading-away.ts) and runs the engine.
 * MV3 `action`, MV2 (Firefox) `browser_action`.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { startFilterRefresh } from '../utils/filters-refresh';
import { attributeStatements } from '../utils/analysis/report';
import { buildArticleText } from '../utils/analysis/text';
import type { ArticleInput } from '../utils/types';
import { errorReply, isAnalyzeArticle, isPageStatus, isReadArticle, READ_ARTICLE, TOGGLE_SIDEBAR, type AnalyzeReply, type ToggleSidebarMessage } from '../utils/messages';
import { readAway } from '../utils/reading-away';
import { loadSettings, watchSettings, type Settings } from '../utils/settings';

/** The command name in the manifest (wxt.config.ts). */
const TOGGLE_COMMAND = 'toggle-sidebar';
const BADGE_COLOUR = '#2c64c9';

/** The toolbar button API of this manifest version. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** The popup page the manifest declares (WXT adds it from entrypoints/popup). */
function manifestPopup(): string {
  const manifest = browser.runtime.getManifest() as { action?: { default_popup?: string }; browser_action?: { default_popup?: string } };
  return manifest.action?.default_popup ?? manifest.browser_action?.default_popup ?? '';
}

/** Sends the toggle to a tab; pages without our content script (browser pages, stores) just ignore it. */
async function toggleSidebar(tabId: number | undefined, focus: boolean): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id == null) return;
  const message: ToggleSidebarMessage = { type: TOGGLE_SIDEBAR, focus };
  await browser.tabs.sendMessage(id, message).catch(() => {});
}

/** Shows the number of sources on the toolbar button for that tab (nothing when there are none). */
async function setBadge(tabId: number, sources: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: sources > 0 ? String(Math.min(sources, 99)) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}

/**
 * Runs the engine on a content script's article; a failure is a one-line reason, never a rejection.
 * Without analyzeArticle's safety net (which turns a crash into "no sources"), so the sidebar can say
 * the analysis failed instead of showing an empty list.
 */
async function analyze(input: ArticleInput): Promise<AnalyzeReply> {
  try {
    const article = buildArticleText(input);
    return { report: { article, ...attributeStatements(article) } };
  } catch (error) {
    return errorReply(error);
  }
}

/** The popup, or none so that a click on the button toggles the sidebar at once. */
async function applyToolbarClick(settings: Settings): Promise<void> {
  await toolbarAction().setPopup({ popup: settings.toolbarClick === 'sidebar' ? '' : manifestPopup() });
}

export default defineBackground(() => {
  toolbarAction().onClicked.addListener((tab: Browser.tabs.Tab) => {
    void toggleSidebar(tab.id, false).catch(() => {});
  });
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command === TOGGLE_COMMAND) void toggleSidebar(tab?.id, true).catch(() => {});
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    if (isReadArticle(message, READ_ARTICLE)) return readAway(message);
    if (isAnalyzeArticle(message)) return analyze(message.input);
    const tabId = sender.tab?.id;
    if (isPageStatus(message) && tabId != null) void setBadge(tabId, message.state === 'ready' ? message.sources : 0).catch(() => {});
    return undefined;
  });
  void loadSettings().then(applyToolbarClick).catch(() => {});
  watchSettings((settings) => void applyToolbarClick(settings).catch(() => {}));
  startFilterRefresh();
});
