/**
 * Helpers of the reading-experience e2e tests (reading*.test.ts): drive the extension's command and
 * toolbar from its service worker, read the sidebar, the focused highlight and the page's reserved
 * space, and run axe-core inside the sidebar's shadow root.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { REPO_ROOT } from '../support/paths';

/** The bits of the extension API the worker-side snippets use (the repo has no @types/chrome). */
interface WorkerApi {
  tabs: { query(query: { active: boolean; lastFocusedWindow: boolean }): Promise<unknown[]> };
  commands: { onCommand: { dispatch(name: string, tab?: unknown): void } };
  action: { onClicked: { dispatch(tab?: unknown): void }; getPopup(details: object): Promise<string> };
}

/** The extension's background service worker. */
export async function extensionWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://') });
}

/**
 * Fires, in the background's worker, what the browser fires for the active tab when the reader presses
 * the shortcut (the "toggle-sidebar" command) or clicks the toolbar button (`action.onClicked`), with
 * `page` as that tab. Headless Chrome does not route synthetic key presses to extension shortcuts, so the
 * event is dispatched in the worker. (Without the "tabs" permission the worker cannot look a tab up by
 * its URL: `page` is brought to the front.)
 */
async function fireForActiveTab(page: Page, event: 'command' | 'click'): Promise<void> {
  await page.bringToFront();
  const worker = await extensionWorker(page.context());
  await worker.evaluate(async (which) => {
    const api = (globalThis as unknown as { chrome: WorkerApi }).chrome;
    const [tab] = await api.tabs.query({ active: true, lastFocusedWindow: true });
    if (!tab) throw new Error('no active tab');
    if (which === 'command') api.commands.onCommand.dispatch('toggle-sidebar', tab);
    else api.action.onClicked.dispatch(tab);
  }, event);
}

/** Presses the shortcut (Alt+Shift+S) with `page` as the active tab: the background's onCommand listeners run. */
export function pressShortcut(page: Page): Promise<void> {
  return fireForActiveTab(page, 'command');
}

/** Clicks the toolbar button with `page` as the active tab: the background's onClicked listeners run. */
export function clickToolbarButton(page: Page): Promise<void> {
  return fireForActiveTab(page, 'click');
}

/** The popup the toolbar button opens ('' when a click toggles the sidebar instead). */
export async function toolbarPopup(context: BrowserContext): Promise<string> {
  const worker = await extensionWorker(context);
  return worker.evaluate(() => (globalThis as unknown as { chrome: WorkerApi }).chrome.action.getPopup({}));
}

/** What the sidebar shows and where: closed, a tab, or the panel (with its width), and the page's right margin. */
export async function sidebarState(page: Page): Promise<{ view: 'closed' | 'collapsed' | 'open'; width: number; theme: string | null; margin: number; layout: string | null }> {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-sidebar')?.shadowRoot;
    const panel = root?.querySelector('.sl-panel');
    const view = !root ? 'closed' : panel ? 'open' : 'collapsed';
    const slRoot = root?.querySelector('.sl-root');
    return {
      view,
      width: panel ? Math.round(panel.getBoundingClientRect().width) : 0,
      theme: slRoot?.getAttribute('data-theme') ?? null,
      layout: slRoot?.getAttribute('data-layout') ?? null,
      margin: parseFloat(getComputedStyle(document.documentElement).marginRight) || 0,
    };
  });
}

/** The quote focused in the page: its text and whether its first line is on screen; null when none is. */
export async function focusedHighlight(page: Page): Promise<{ text: string; onScreen: boolean; registry: string } | null> {
  return page.evaluate(() => {
    let found: { text: string; onScreen: boolean; registry: string } | null = null;
    const highlights = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    highlights?.forEach((highlight, name) => {
      if (!name.startsWith('sourcelight-') || !name.endsWith('-focus')) return;
      const range = Array.from(highlight)[0];
      const rect = range?.getClientRects()[0];
      if (range && rect) found = { text: range.toString(), onScreen: rect.top >= 0 && rect.bottom <= innerHeight, registry: name };
    });
    const marks = Array.from(document.querySelectorAll('sourcelight-mark[data-sourcelight-focus]'));
    if (!found && marks.length) {
      const rect = marks[0]!.getBoundingClientRect();
      found = { text: marks.map((m) => m.textContent).join(''), onScreen: rect.top >= 0 && rect.bottom <= innerHeight, registry: 'marks' };
    }
    return found;
  });
}

/** Collapses whitespace and folds quotation marks, so a page range and a sidebar quote compare. */
export function comparable(text: string): string {
  return text.replace(/[“”"‘’']/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The source selected in the sidebar (aria-current), by id and name. */
export async function selectedSource(page: Page): Promise<{ id: string; name: string } | null> {
  return page.evaluate(() => {
    const el = document.querySelector('sourcelight-sidebar')?.shadowRoot?.querySelector('[data-source-id][aria-current="true"]');
    return el ? { id: el.getAttribute('data-source-id') ?? '', name: el.getAttribute('data-source-name') ?? '' } : null;
  });
}

/** The element focused inside the sidebar's shadow root: its source id (or its class), or null when focus is elsewhere. */
export async function sidebarFocus(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const host = document.querySelector('sourcelight-sidebar');
    if (!host || document.activeElement !== host) return null;
    const el = host.shadowRoot?.activeElement;
    return el?.closest('[data-source-id]')?.getAttribute('data-source-id') ?? el?.className ?? '';
  });
}

/** The serious and critical axe-core violations in the element at `shadowPath` (host selector, then inside). */
export async function axeViolations(page: Page, shadowPath: string[]): Promise<string[]> {
  const source = readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
  // Evaluated rather than added as a <script>: extension pages' CSP refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const violations = await page.evaluate(async (fromShadowDom) => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
    const results = await axe.run({ include: [{ fromShadowDom }] }, { resultTypes: ['violations'] });
    return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
  }, shadowPath);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes} nodes)`);
}
