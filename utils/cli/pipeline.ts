/**
 * The extension's pipeline run in Node on saved HTML (linkedom instead of a live page): article
 * detection, ad finding (counted, nothing to hide) and the engine. Shared by the analyze and eval commands.
 */
import { parseHTML } from 'linkedom';
import { toContract, type ContractReport } from '../analysis/export';
import { analyzeArticle } from '../analysis/report';
import { findAdBlocks } from '../dom/ads';
import { hasArticleMetadata, locateContainer, readArticle } from '../dom/article';
import type { Report } from '../types';

/** The page has no article Readability can find. */
export class NoArticleError extends Error {}

/**
 * A saved page without article metadata still counts as an article when its body is this long (words).
 * The extension's gate asks for the metadata; saved pages sometimes lose it, so the CLI is lenient.
 */
const MIN_WORDS_WITHOUT_METADATA = 250;

/** Runs the pipeline on one page's HTML; returns the engine's report and the number of ad blocks. */
export function analyzeDocumentHtml(html: string, url: string | null): { report: Report; adsHidden: number } {
  const { document } = parseHTML(html);
  const doc = document as unknown as Document;
  const input = readArticle(doc, url);
  const words = input?.blocks.reduce((n, b) => n + b.text.split(' ').length, 0) ?? 0;
  if (!input || (!hasArticleMetadata(doc) && words < MIN_WORDS_WITHOUT_METADATA)) throw new NoArticleError('no article found on this page');
  const container = locateContainer(doc, input);
  const ads = findAdBlocks(doc, container);
  return { report: analyzeArticle(input), adsHidden: ads.length };
}

/** Runs the pipeline on one page's HTML and returns the CLI's JSON contract. */
export function analyzeHtml(html: string, url: string | null): ContractReport {
  const { report, adsHidden } = analyzeDocumentHtml(html, url);
  return toContract(report, adsHidden);
}
