/**
 * Article text: joins the blocks into one string with spans, and the small string helpers every
 * other analysis pass shares. Pure.
 */
import type { ArticleInput, ArticleText } from '../types';

/** Separator between blocks in `ArticleText.text`: a blank line, so paragraphs stay apart. */
export const BLOCK_SEPARATOR = '\n\n';

/** Joins the article's blocks into one text, keeping each block's span. */
export function buildArticleText(input: ArticleInput): ArticleText {
  const blocks: ArticleText['blocks'] = [];
  let text = '';
  for (const block of input.blocks) {
    if (!block.text) continue;
    if (text) text += BLOCK_SEPARATOR;
    blocks.push({ ...block, span: { start: text.length, end: text.length + block.text.length } });
    text += block.text;
  }
  return { url: input.url, title: input.title, byline: input.byline, siteName: input.siteName, text, blocks };
}

/** Word tokens of a text (letters, digits, inner apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** Number of words in a text. */
export function countWords(text: string): number {
  return wordsOf(text).length;
}

