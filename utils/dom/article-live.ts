/**
 * Article detection for the live page, cheaply. The usual way: the page is serialised (one
 * `outerHTML`, a few ms) and read away from its main thread (article-reading.ts); the page's block
 * elements are listed in the same breath, so the numbers of the blocks Readability keeps lead straight
 * back to the page's own elements, and their common ancestor is the article's container. Each number is
 * trusted only when the element's text holds the start of the reading's block (the page may have changed
 * while it was read, or parsed its markup back differently).
 *
 * The fallback, when the reading cannot happen away from the page: Readability on a clone here, with
 * page and clone paired block by block the moment the clone is made (two `querySelectorAll` calls,
 * index-aligned, since a fresh clone has the page's exact structure).
 *
 * Either way, when the pairing covers too little of the article (Readability rebuilt the paragraphs
 * from `div`s, or the page changed), the text-matching locateContainer decides.
 */
import type { ArticleInput, ArticleReading } from '../types';
import type { DetectedArticle } from './article';
import { containerOf, LONG_BLOCK_CHARS, locateContainer, readArticleNodes } from './article';
import { PAIRED_BLOCKS } from './article-reading';
import { normaliseSpace } from './blocks';

/** Paired elements must hold at least this share of the article's long blocks, or the text decides. */
const MIN_COVERAGE = 0.7;

/** The page as sent to be read: its markup, and its block elements as they were at that moment. */
export interface PageSnapshot {
  html: string;
  blocks: ArrayLike<Element>;
}

/**
 * Inline scripts (JSON-LD aside: Readability reads it for the byline and title) and style sheets: often
 * half a news page's markup, none of it read, and sending costs the page by the byte (Chromium copies a
 * message synchronously, ~40 µs per KB). Their content is raw text in the markup, never elements, so
 * cutting them leaves every block's number as it was. Browsers escape `<` in attribute values and
 * text when serialising, so outside comments `<script`/`<style` only ever start a real element.
 */
const UNREAD_ELEMENTS = /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script>|<style\b[^>]*>[\s\S]*?<\/style>/gi;

/**
 * Serialises the page for reading elsewhere, listing its block elements in the same task. The reading
 * side drops <noscript>; so does this list, in the rare page parsed without scripting (where <noscript>
 * holds elements, not text: jsdom, or a browser with JavaScript switched off).
 */
export function snapshotPage(doc: Document): PageSnapshot {
  const all = doc.querySelectorAll(PAIRED_BLOCKS);
  const blocks = doc.querySelector('noscript *') ? Array.from(all).filter((el) => !el.closest('noscript')) : all;
  return { blocks, html: `<!DOCTYPE html>${doc.documentElement.outerHTML.replace(UNREAD_ELEMENTS, '')}` };
}

/** Finds the live container of an article read from `snapshot` (see the file comment). */
export function locateReading(doc: Document, snapshot: PageSnapshot, reading: ArticleReading): DetectedArticle {
  const live: Element[] = [];
  for (const [index, start] of reading.anchors) {
    const el = snapshot.blocks[index];
    if (el?.isConnected && normaliseSpace(el.textContent ?? '').includes(start)) live.push(el);
  }
  return located(doc, reading.input, live);
}

/**
 * The article with its container: the common ancestor of the paired live elements when they cover
 * enough of the article's long blocks, else what the text match finds.
 */
function located(doc: Document, input: ArticleInput, live: Element[]): DetectedArticle {
  const longBlocks = input.blocks.filter((b) => b.text.length >= LONG_BLOCK_CHARS).length;
  const paired = longBlocks > 0 && live.length >= MIN_COVERAGE * longBlocks ? containerOf(live) : null;
  return { input, container: paired ?? locateContainer(doc, input) };
}

/** Maps each paired element of the clone to the page's own element at the same place. */
function pairWithPage(doc: Document, clone: Document): WeakMap<Element, Element> {
  const pairs = new WeakMap<Element, Element>();
  const live = doc.querySelectorAll(PAIRED_BLOCKS);
  const copies = clone.querySelectorAll(PAIRED_BLOCKS);
  if (live.length !== copies.length) return pairs; // not a faithful clone: let the text decide
  for (let i = 0; i < copies.length; i++) pairs.set(copies[i]!, live[i]!);
  return pairs;
}

/** Reads the article on a clone in this page (Readability) and finds its live container. Null on pages without an article. */
export function detectInPage(doc: Document, url: string | null): DetectedArticle | null {
  let pairs = new WeakMap<Element, Element>();
  const read = readArticleNodes(doc, url, (clone) => (pairs = pairWithPage(doc, clone)));
  if (!read) return null;
  const live: Element[] = [];
  for (const el of Array.from(read.body.querySelectorAll(PAIRED_BLOCKS))) {
    const page = pairs.get(el);
    if (page?.isConnected && normaliseSpace(el.textContent ?? '').length >= LONG_BLOCK_CHARS) live.push(page);
  }
  return located(doc, read.input, live);
}
