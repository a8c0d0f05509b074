/**
 * The analyze stage's transport: the article read from the page goes to the background, where the
 * engine runs (entrypoints/background.ts), and the report comes back. The engine's work — 5 to 20 ms
 * per article warm, 70 to 160 ms on its cold first call — so never lands on the page's main thread,
 * and the content script does not carry the engine (≈ 46 KB minified). The page pays two structured
 * clones of plain data (the article's text and the report), well under a millisecond on news pages.
 */
import { browser } from 'wxt/browser';
import { ANALYZE_ARTICLE, isReportReply, type AnalyzeArticleMessage } from '../../utils/messages';
import type { ArticleInput, Report } from '../../utils/types';

/** A background that has not answered by then is not going to (it was stopped, or the extension reloaded). */
export const ANALYZE_TIMEOUT_MS = 20_000;

/** Analyses an article; resolves to the engine's report. The pipeline runs this as its analyze stage. */
export type Analyzer = (input: ArticleInput) => Promise<Report>;

/** Asks the background for the report; rejects with a one-line reason when there is none. */
export const analyzeInBackground: Analyzer = async (input) => {
  const message: AnalyzeArticleMessage = { type: ANALYZE_ARTICLE, input };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no analysis from the background in ${ANALYZE_TIMEOUT_MS} ms`)), ANALYZE_TIMEOUT_MS);
  });
  try {
    const reply: unknown = await Promise.race([browser.runtime.sendMessage(message), timeout]);
    if (isReportReply(reply)) return reply.report;
    const reason = (reply as { error?: unknown } | null)?.error;
    throw new Error(typeof reason === 'string' ? `analysis failed: ${reason}` : 'the background sent no report');
  } finally {
    clearTimeout(timer);
  }
};
