/**
 * The background: the toolbar button and the Alt+Shift+S command ask the active tab's content script to
 * toggle the sidebar; the content script's page status sets the toolbar badge (number of sources).
 * No popup, so the button's click reaches `onClicked`. MV3 `action`, MV2 (Firefox) `browser_action`.
 */
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { isPageStatus, TOGGLE_SIDEBAR, type ToggleSidebarMessage } from '../utils/messages';

/** The command name in the manifest (wxt.config.ts). */
const TOGGLE_COMMAND = 'toggle-sidebar';
const BADGE_COLOUR = '#2c64c9';

/** The toolbar button API of this manifest version. */
function toolbarAction() {
  return browser.action ?? browser.browserAction;
}

/** Sends the toggle to a tab; pages without our content script (browser pages, stores) just ignore it. */
async function toggleSidebar(tabId: number | undefined): Promise<void> {
  const id = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (id == null) return;
  const message: ToggleSidebarMessage = { type: TOGGLE_SIDEBAR };
  await browser.tabs.sendMessage(id, message).catch(() => {});
}

/** Shows the number of sources on the toolbar button for that tab (nothing when there are none). */
async function setBadge(tabId: number, sources: number): Promise<void> {
  const action = toolbarAction();
  await action.setBadgeText({ tabId, text: sources > 0 ? String(Math.min(sources, 99)) : '' });
  await action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR });
}

export default defineBackground(() => {
  toolbarAction().onClicked.addListener((tab: Browser.tabs.Tab) => {
    void toggleSidebar(tab.id).catch(() => {});
  });
  browser.commands.onCommand.addListener((command: string, tab?: Browser.tabs.Tab) => {
    if (command === TOGGLE_COMMAND) void toggleSidebar(tab?.id).catch(() => {});
  });
  browser.runtime.onMessage.addListener((message: unknown, sender: Browser.runtime.MessageSender) => {
    const tabId = sender.tab?.id;
    if (isPageStatus(message) && tabId != null) void setBadge(tabId, message.state === 'ready' ? message.sources : 0).catch(() => {});
    return undefined;
  });
});
