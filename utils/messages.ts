/**
 * Messages between the extension's parts. Each name says its direction (darkreader's habit), so a
 * listener can never mistake a message meant for the other side. Plain data only.
 */
import type { ArticleInput, ArticleBlock, ArticleReading, Report } from './types';

/** Background → content: the toolbar button or the keyboard shortcut asks to show or hide the sidebar. */
export const TOGGLE_SIDEBAR = 'background→content:toggle-sidebar';
/** Content → background: the page's state, for the toolbar badge (number of sources). */
export const PAGE_STATUS = 'content→background:page-status';
/** Content → background: analyse this article (the engine runs off the page's thread); the reply is an AnalyzeReply. */
export const ANALYZE_ARTICLE = 'content→background:analyze-article';
/** Content → background: read the article in this page's markup (Readability, off the page's thread); the reply is a ReadReply. */
export const READ_ARTICLE = 'content→background:read-article';
/** Background → offscreen document (Chromium): the same request, passed to where there is a DOMParser. */
export const READ_IN_OFFSCREEN = 'background→offscreen:read-article';
/** Popup → content: open or close the sidebar; the reply is the page summary afterwards. */
export const SET_SIDEBAR = 'popup→content:set-sidebar';
/** Popup → content: what the page holds (counts, site, sidebar state); the reply is a PageSummary. */
export const GET_PAGE_SUMMARY = 'popup→content:get-page-summary';
/** Popup → content: the source list as text to copy; the reply is an ExportReply. */
export const GET_EXPORT = 'popup→content:get-export';

/** Asks the content script to toggle the sidebar. */
export interface ToggleSidebarMessage {
  type: typeof TOGGLE_SIDEBAR;
  /** Move keyboard focus into the sidebar when it opens (the keyboard shortcut does). */
  focus?: boolean;
}

/** Tells the background what the content script found on the page. */
export interface PageStatusMessage {
  type: typeof PAGE_STATUS;
  /** "ready" on analysed articles, "skipped" otherwise. */
  state: 'ready' | 'skipped';
  /** Number of sources found (0 when skipped). */
  sources: number;
}

/** Asks the background to run the engine on the article the content script read. */
export interface AnalyzeArticleMessage {
  type: typeof ANALYZE_ARTICLE;
  input: ArticleInput;
}

/** The engine's report, or why there is none (one line). */
export type AnalyzeReply = { report: Report } | { error: string };

/** Asks for the article in a page's serialised markup to be read (either hop: content → background → offscreen). */
export interface ReadArticleMessage {
  type: typeof READ_ARTICLE | typeof READ_IN_OFFSCREEN;
  html: string;
  url: string | null;
}

/** The reply for a request that failed: its reason, in one line. */
export function errorReply(error: unknown): { error: string } {
  return { error: error instanceof Error ? error.message : String(error) };
}

/** What was read (null: the page holds no article), or why it could not be (one line). */
export type ReadReply = { reading: ArticleReading | null } | { error: string };

/** Asks the content script to open (true) or close (false) the sidebar. */
export interface SetSidebarMessage {
  type: typeof SET_SIDEBAR;
  open: boolean;
}

/** Asks the content script for its PageSummary. */
export interface GetPageSummaryMessage {
  type: typeof GET_PAGE_SUMMARY;
}

/** The two export formats: Markdown for notes, JSON in the CLI's contract (`analyze --json`). */
export type ExportFormat = 'markdown' | 'json';

/** Asks the content script for the source list in one format. */
export interface GetExportMessage {
  type: typeof GET_EXPORT;
  format: ExportFormat;
}

/** What the popup shows about the current tab. */
export interface PageSummary {
  /** "working" while the pipeline runs. */
  state: 'ready' | 'skipped' | 'working';
  /** Why the page was skipped ("not-article", "disabled", "error"). */
  reason: string | null;
  /** The site the per-site switch applies to ("example.com"). */
  site: string;
  siteEnabled: boolean;
  /** The story's headline, when analysed. */
  title: string | null;
  sources: number;
  unnamed: number;
  organisations: number;
  quotes: number;
  adsHidden: number;
  /** Where the sidebar is: the full panel, a slim tab, or out of the page. */
  sidebar: 'open' | 'collapsed' | 'closed';
}

/** The export text, or null when the page has no analysis to export. */
export type ExportReply = { format: ExportFormat; text: string } | null;

/** Any message the background sends to a content script. */
export type BackgroundToContent = ToggleSidebarMessage;
/** Any message a content script sends to the background. */
export type ContentToBackground = PageStatusMessage | AnalyzeArticleMessage;
/** Any message the popup sends to a content script. */
export type PopupToContent = SetSidebarMessage | GetPageSummaryMessage | GetExportMessage;

/** The message's `type` when it is an object with one. */
function typeOf(message: unknown): unknown {
  return message && typeof message === 'object' ? (message as { type?: unknown }).type : undefined;
}

/** True for a well-formed toggle-sidebar message. */
export function isToggleSidebar(message: unknown): message is ToggleSidebarMessage {
  if (typeOf(message) !== TOGGLE_SIDEBAR) return false;
  const focus = (message as { focus?: unknown }).focus;
  return focus === undefined || typeof focus === 'boolean';
}

/** True for a well-formed page-status message. */
export function isPageStatus(message: unknown): message is PageStatusMessage {
  if (!message || typeof message !== 'object') return false;
  const m = message as Partial<PageStatusMessage>;
  return m.type === PAGE_STATUS && (m.state === 'ready' || m.state === 'skipped') && typeof m.sources === 'number';
}

const BLOCK_KINDS = new Set<ArticleBlock['kind']>(['paragraph', 'blockquote', 'caption', 'heading', 'list-item']);
const nullableString = (v: unknown) => v === null || typeof v === 'string';

/** True for a well-formed analyze-article message (the background checks what it is asked to read). */
export function isAnalyzeArticle(message: unknown): message is AnalyzeArticleMessage {
  return typeOf(message) === ANALYZE_ARTICLE && isArticleInput((message as { input?: unknown }).input);
}

/** True for plain data shaped like an ArticleInput. */
function isArticleInput(value: unknown): value is ArticleInput {
  const input = value as Partial<ArticleInput> | null;
  return !!input && typeof input === 'object' &&
    nullableString(input.url) && nullableString(input.title) && nullableString(input.byline) && nullableString(input.siteName) &&
    Array.isArray(input.blocks) &&
    input.blocks.every((b: Partial<ArticleBlock> | null) => !!b && typeof b.text === 'string' && BLOCK_KINDS.has(b.kind as ArticleBlock['kind']));
}

/** True for a well-formed read-article message of the given hop. */
export function isReadArticle(message: unknown, hop: typeof READ_ARTICLE | typeof READ_IN_OFFSCREEN): message is ReadArticleMessage {
  const m = message as Partial<ReadArticleMessage> | null;
  return typeOf(message) === hop && typeof m!.html === 'string' && nullableString(m!.url);
}

/** True for a reply that carries a reading or says there is no article; the content script checks the background's answer. */
export function isReadingReply(value: unknown): value is { reading: ArticleReading | null } {
  if (!value || typeof value !== 'object' || !('reading' in value)) return false;
  const reading = (value as { reading: Partial<ArticleReading> | null }).reading;
  if (reading === null) return true;
  return !!reading && typeof reading === 'object' && isArticleInput(reading.input) && Array.isArray(reading.anchors) &&
    reading.anchors.every((a) => Array.isArray(a) && Number.isInteger(a[0]) && typeof a[1] === 'string');
}

/** True for a reply that carries a report (its lists at least), as the content script checks the background's answer. */
export function isReportReply(value: unknown): value is { report: Report } {
  const report = (value as { report?: Partial<Report> } | null)?.report;
  return !!report && typeof report === 'object' && Array.isArray(report.sources) && Array.isArray(report.quotes) &&
    !!report.article && typeof report.article.text === 'string';
}

/** True for a well-formed set-sidebar message. */
export function isSetSidebar(message: unknown): message is SetSidebarMessage {
  return typeOf(message) === SET_SIDEBAR && typeof (message as { open?: unknown }).open === 'boolean';
}

/** True for a well-formed get-page-summary message. */
export function isGetPageSummary(message: unknown): message is GetPageSummaryMessage {
  return typeOf(message) === GET_PAGE_SUMMARY;
}

/** True for a well-formed get-export message. */
export function isGetExport(message: unknown): message is GetExportMessage {
  const format = (message as { format?: unknown } | null)?.format;
  return typeOf(message) === GET_EXPORT && (format === 'markdown' || format === 'json');
}

/** True for a reply that looks like a PageSummary (the popup never trusts what comes back). */
export function isPageSummary(value: unknown): value is PageSummary {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<PageSummary>;
  const counts = [v.sources, v.unnamed, v.organisations, v.quotes, v.adsHidden];
  return (
    (v.state === 'ready' || v.state === 'skipped' || v.state === 'working') &&
    typeof v.site === 'string' && typeof v.siteEnabled === 'boolean' &&
    counts.every((n) => typeof n === 'number') &&
    (v.sidebar === 'open' || v.sidebar === 'collapsed' || v.sidebar === 'closed')
  );
}
