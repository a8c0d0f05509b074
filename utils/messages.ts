/**
 * Messages between the extension's parts. Each name says its direction (darkreader's habit), so a
 * listener can never mistake a message meant for the other side. Plain data only.
 */

/** Background → content: the toolbar button or the keyboard shortcut asks to show or hide the sidebar. */
export const TOGGLE_SIDEBAR = 'background→content:toggle-sidebar';
/** Content → background: the page's state, for the toolbar badge (number of sources). */
export const PAGE_STATUS = 'content→background:page-status';

/** Asks the content script to toggle the sidebar. */
export interface ToggleSidebarMessage {
  type: typeof TOGGLE_SIDEBAR;
}

/** Tells the background what the content script found on the page. */
export interface PageStatusMessage {
  type: typeof PAGE_STATUS;
  /** "ready" on analysed articles, "skipped" otherwise. */
  state: 'ready' | 'skipped';
  /** Number of sources found (0 when skipped). */
  sources: number;
}

/** Any message the background sends to a content script. */
export type BackgroundToContent = ToggleSidebarMessage;
/** Any message a content script sends to the background. */
export type ContentToBackground = PageStatusMessage;

/** True for a well-formed toggle-sidebar message. */
export function isToggleSidebar(message: unknown): message is ToggleSidebarMessage {
  return !!message && typeof message === 'object' && (message as { type?: unknown }).type === TOGGLE_SIDEBAR;
}

/** True for a well-formed page-status message. */
export function isPageStatus(message: unknown): message is PageStatusMessage {
  if (!message || typeof message !== 'object') return false;
  const m = message as Partial<PageStatusMessage>;
  return m.type === PAGE_STATUS && (m.state === 'ready' || m.state === 'skipped') && typeof m.sources === 'number';
}
