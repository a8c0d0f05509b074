/**
 * Article reading away from the page. The content script sends the page's markup (article-live.ts);
 * an extension document — the offscreen document in Chromium, the background page in Firefox — parses
 * it with DOMParser into an inert document (no script runs, nothing loads) and Readability reads it
 * there, so the costliest step of detection never runs on the page's main thread. Before Readability
 * runs, every block element that could be an article paragraph is numbered in document order; the
 * numbers of the long blocks Readability keeps lead back to the page's own elements (the page numbers
 * its blocks the same way when it serialises), and the page checks each against its text.
 */
import type { ArticleReading } from '../types';
import { LONG_BLOCK_CHARS, readOwnDocument } from './article';
import { normaliseSpace } from './blocks';

/** The elements numbered on both sides: what Readability keeps as the article's blocks. */
export const PAIRED_BLOCKS = 'p, blockquote, li, h2, h3, h4, figcaption';

/** The attribute carrying a block's number in the reading document (never written to the page). */
const NUMBER_ATTRIBUTE = 'data-sourcelight-block';

/** How much of a block's text travels back with its number, for the page's check. */
const CHECK_CHARS = 40;

/**
 * Reads the article in `html` (a page's serialised markup) with Readability. Null when there is no
 * article. `parse` turns markup into a document: DOMParser where there is one (extension pages, jsdom).
 */
export function readArticleMarkup(html: string, url: string | null, parse: (html: string) => Document = parseHtml): ArticleReading | null {
  const doc = parse(html);
  // DOMParser parses without scripting, so <noscript> content becomes elements, where the page (with
  // scripting) holds it as text: drop it so both sides number the same blocks. Its text is never prose.
  for (const noscript of Array.from(doc.querySelectorAll('noscript'))) noscript.remove();
  const blocks = doc.querySelectorAll(PAIRED_BLOCKS);
  for (let i = 0; i < blocks.length; i++) blocks[i]!.setAttribute(NUMBER_ATTRIBUTE, String(i));
  const read = readOwnDocument(doc, url);
  if (!read) return null;
  const anchors: ArticleReading['anchors'] = [];
  for (const el of Array.from(read.body.querySelectorAll(`[${NUMBER_ATTRIBUTE}]`))) {
    const text = normaliseSpace(el.textContent ?? '');
    if (text.length >= LONG_BLOCK_CHARS) anchors.push([Number(el.getAttribute(NUMBER_ATTRIBUTE)), text.slice(0, CHECK_CHARS)]);
  }
  return { input: read.input, anchors };
}

function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
