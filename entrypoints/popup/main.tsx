/**
 * The popup's wiring: asks the active tab's content script for its summary, renders PopupApp, and turns
 * its callbacks into messages (open/close the sidebar, export) and settings writes (site switch, quick
 * settings). Copies to the clipboard here, in the popup's own focused page.
 */
import '../../components/theme.css';
import '../../components/pages.css';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { copyText } from '../../utils/dom/clipboard';
import {
  GET_EXPORT, GET_PAGE_SUMMARY, isPageSummary, SET_SIDEBAR, type ExportFormat, type ExportReply, type PageSummary,
} from '../../utils/messages';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, setSiteEnabled, type Settings } from '../../utils/settings';

/** How often, and how many times, to ask again while the tab's pipeline is still working. */
const POLL_MS = 400;
const POLL_TRIES = 15;

/** Sends a message to the active tab's content script; null when there is none to answer. */
async function askTab(message: unknown): Promise<unknown> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id == null) return null;
  return browser.tabs.sendMessage(tab.id, message).catch(() => null);
}

/** The tab's summary, or "unavailable". */
async function fetchSummary(): Promise<PageSummary | 'unavailable'> {
  const reply = await askTab({ type: GET_PAGE_SUMMARY });
  return isPageSummary(reply) ? reply : 'unavailable';
}

/** The toggle-sidebar command's shortcut, or null. */
async function fetchShortcut(): Promise<string | null> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.find((c) => c.name === 'toggle-sidebar')?.shortcut || null;
}

/** The popup's state and the callbacks that change it. */
function Popup() {
  const [page, setPage] = useState<PageSummary | 'loading' | 'unavailable'>('loading');
  const [settings, setSettings] = useState<Settings>({ ...DEFAULT_SETTINGS, disabledSites: [] });
  const [copied, setCopied] = useState<ExportFormat | null>(null);
  const [message, setMessage] = useState('');
  const [shortcut, setShortcut] = useState<string | null>(null);
  const refresh = async (tries = POLL_TRIES) => {
    const next = await fetchSummary();
    setPage(next);
    if (next !== 'unavailable' && next.state === 'working' && tries > 0) setTimeout(() => void refresh(tries - 1), POLL_MS);
  };
  useEffect(() => {
    void loadSettings().then(setSettings);
    void fetchShortcut().then(setShortcut);
    void refresh();
  }, []);
  const change = (next: Settings) => {
    setSettings(next);
    void saveSettings(next).then(() => setTimeout(() => void refresh(), POLL_MS));
  };
  const exportList = async (format: ExportFormat) => {
    const reply = (await askTab({ type: GET_EXPORT, format })) as ExportReply;
    const ok = !!reply?.text && (await copyText(reply.text, document.body));
    setCopied(ok ? format : null);
    setMessage(ok ? `Copied the source list as ${format === 'json' ? 'JSON' : 'Markdown'}.` : 'Could not copy the source list.');
  };
  const sidebar = async (open: boolean) => {
    const reply = await askTab({ type: SET_SIDEBAR, open });
    if (open && isPageSummary(reply)) window.close();
    else setPage(isPageSummary(reply) ? reply : 'unavailable');
  };
  return (
    <PopupApp
      page={page} settings={settings} copied={copied} message={message} shortcut={shortcut}
      onSidebar={(open) => void sidebar(open)}
      onSiteToggle={(enabled) => typeof page === 'object' && change(setSiteEnabled(settings, page.site, enabled))}
      onExport={(format) => void exportList(format)}
      onSettingsChange={(patch) => change({ ...settings, ...patch })}
      onOpenOptions={() => void browser.runtime.openOptionsPage().then(() => window.close())}
    />
  );
}

render(<Popup />, document.getElementById('app')!);
