/**
 * The transport for the pipeline's two stages that run away from the page's main thread:
 * - read: the page's markup goes to the background, where Readability reads it (in the offscreen
 *   document in Chromium, in the background page in Firefox; utils/reading-away.ts), and the article
 *   comes back as plain data. The page pays one `outerHTML` and a structured clone instead of
 *   Readability's 15 to 60 ms.
 * - analyze: the article's text goes to the background, where the engine runs (entrypoints/background.ts),
 *   and the report comes back. The engine's work — 5 to 20 ms per article warm, 70 to 160 ms on its
 *   cold first call — never lands on the page, and the content script does not carry it (≈ 46 KB).
 * Every reply is checked before it is trusted; a background that does not answer in time is an error.
 */
import { browser } from 'wxt/browser';
import { ANALYZE_ARTICLE, isReadingReply, isReportReply, READ_ARTICLE, type AnalyzeArticleMessage, type ReadArticleMessage } from '../../utils/messages';
import type { ArticleInput, ArticleReading, Report } from '../../utils/types';

/** A background that has not answered by then is not going to (it was stopped, or the extension reloaded). */
const BACKGROUND_TIMEOUT_MS = 20_000;

/** Analyses an article; resolves to the engine's report. The pipeline runs this as its analyze stage. */
export type Analyzer = (input: ArticleInput) => Promise<Report>;

/** Reads the article in a page's markup; resolves to null when there is none, rejects when it cannot read. */
export type Reader = (html: string, url: string | null) => Promise<ArticleReading | null>;

/** The work the pipeline hands to the background (in-process in tests). */
export interface BackgroundWork {
  read: Reader;
  analyze: Analyzer;
}

/** Sends `message` to the background and returns the checked reply; rejects with a one-line reason otherwise. */
async function ask<T>(message: unknown, isReply: (reply: unknown) => reply is T, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no ${what} from the background in ${BACKGROUND_TIMEOUT_MS} ms`)), BACKGROUND_TIMEOUT_MS);
  });
  try {
    const reply: unknown = await Promise.race([browser.runtime.sendMessage(message), timeout]);
    if (isReply(reply)) return reply;
    const reason = (reply as { error?: unknown } | null)?.error;
    throw new Error(typeof reason === 'string' ? `${what} failed: ${reason}` : `the background sent no ${what}`);
  } finally {
    clearTimeout(timer);
  }
}

/** Asks the background for the report. */
export const analyzeInBackground: Analyzer = async (input) => {
  const message: AnalyzeArticleMessage = { type: ANALYZE_ARTICLE, input };
  return (await ask(message, isReportReply, 'analysis')).report;
};

/** Asks the background to read the page's markup. */
export const readInBackground: Reader = async (html, url) => {
  const message: ReadArticleMessage = { type: READ_ARTICLE, html, url };
  return (await ask(message, isReadingReply, 'reading')).reading;
};

/** The extension's background, doing both. */
export const inBackground: BackgroundWork = { read: readInBackground, analyze: analyzeInBackground };
