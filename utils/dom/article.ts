/**
 * detectArticle: decides whether a page is a news article, reads its body with Readability on a clone
 * (never the live document), and finds the live element that holds that body. Reads only.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ArticleInput } from '../types';
import { collectBlocks, normaliseSpace } from './blocks';

/** Readability stops on pages with more elements than this (bounded work on huge pages). */
export const MAX_ELEMENTS_TO_PARSE = 100_000;
/**
 * Deeper DOMs than this are flattened on the clone before Readability, whose work grows with the square
 * of the depth (in Chromium a 1,000-deep page took 8 s and a 2,000-deep one a minute, in one task).
 * Saved news pages are at most 25 deep.
 */
export const MAX_DOM_DEPTH = 128;
/** Fewer words than this in the body is a stub, a teaser or a home page, not an article. */
export const MIN_ARTICLE_WORDS = 80;
/** schema.org types that mark a page as an article. */
const ARTICLE_TYPES = /^(?:(?:News|Report|Scholarly|Tech|Analysis|Opinion|Review|Background|Satirical)?Article|ReportageNewsArticle|BlogPosting|LiveBlogPosting)$/;

/** What article detection found. */
export interface DetectedArticle {
  /** The body and metadata, for the engine. */
  input: ArticleInput;
  /** The live element that holds the body (the page's own node), or null when it cannot be found. */
  container: Element | null;
}

/** True when the page's metadata says it is an article: og:type, JSON-LD, microdata or a lone `<article>`. */
export function hasArticleMetadata(doc: Document): boolean {
  const og = doc.querySelector('meta[property="og:type" i], meta[name="og:type" i]')?.getAttribute('content') ?? '';
  if (/article/i.test(og)) return true;
  for (const el of Array.from(doc.querySelectorAll('[itemtype]'))) {
    const type = (el.getAttribute('itemtype') ?? '').split('/').pop() ?? '';
    if (ARTICLE_TYPES.test(type)) return true;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    if (ldTypes(script.textContent ?? '').some((type) => ARTICLE_TYPES.test(type))) return true;
  }
  return doc.querySelectorAll('article').length === 1;
}

/** The `@type` values in a JSON-LD block (nested graphs included); [] when it does not parse. */
function ldTypes(json: string): string[] {
  const types: string[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach((v) => visit(v, depth + 1));
    const record = value as Record<string, unknown>;
    const type = record['@type'];
    if (typeof type === 'string') types.push(type);
    else if (Array.isArray(type)) types.push(...type.filter((t): t is string => typeof t === 'string'));
    visit(record['@graph'], depth + 1);
  };
  try {
    visit(JSON.parse(json), 0);
  } catch {
    // a broken JSON-LD block says nothing
  }
  return types;
}

/** The cheap gate before the costly parse: Readability's heuristic plus article metadata. */
export function isArticlePage(doc: Document): boolean {
  return hasArticleMetadata(doc) && isProbablyReaderable(doc);
}

/**
 * True when some element under `root` is more than `limit` levels deep (root itself is level 1). Walks
 * the tree in document order without allocating and stops at the first too-deep element: this runs on
 * every article page, where the answer is almost always no.
 */
function deeperThan(root: Element, limit: number): boolean {
  let el: Element | null = root;
  let depth = 1;
  while (el) {
    if (depth > limit) return true;
    if (el.firstElementChild) {
      el = el.firstElementChild;
      depth++;
      continue;
    }
    while (el !== root && !el.nextElementSibling) {
      el = el.parentElement!;
      depth--;
    }
    if (el === root) return false;
    el = el.nextElementSibling;
  }
  return false;
}

/** Wrapper elements that say nothing by themselves: dropped when they hold one element and no text. */
const WRAPPER_TAGS = new Set(['DIV', 'SPAN', 'SECTION', 'FONT', 'CENTER']);

/** A wrapper holding exactly one element and no text of its own. */
function isBareWrapper(el: Element): boolean {
  if (!WRAPPER_TAGS.has(el.tagName.toUpperCase()) || el.childElementCount !== 1) return false;
  for (let node = el.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && (node.textContent ?? '').trim() !== '') return false;
  }
  return true;
}

/**
 * Makes a too-deep clone shallow enough for Readability: each chain of bare wrappers is replaced, in one
 * move, by the element at its bottom (no text is lost; one move per chain keeps this linear). Returns
 * false when the clone is still too deep.
 */
function flattenDeepClone(clone: Document): boolean {
  const root = clone.documentElement;
  if (!root || !deeperThan(root, MAX_DOM_DEPTH)) return true;
  const stack: Element[] = [root];
  while (stack.length) {
    const el = stack.pop()!;
    for (const child of Array.from(el.children)) {
      let bottom = child;
      while (isBareWrapper(bottom)) bottom = bottom.firstElementChild!;
      if (bottom !== child) child.replaceWith(bottom);
      stack.push(bottom);
    }
  }
  return !deeperThan(root, MAX_DOM_DEPTH);
}

/** What one Readability pass read: the engine's input, and the article's root node inside the clone. */
export interface ArticleRead {
  input: ArticleInput;
  /** Readability's article element, in the clone (its blocks are clone nodes, some of them the page's copies). */
  body: Element;
}

/**
 * Reads the article body of `doc` with Readability, working on a clone so the page is untouched.
 * `onClone` sees the fresh clone before Readability changes it. Null when there is no article (too
 * short, or Readability finds nothing), or when the page is nested too deep to read in bounded time
 * even after flattening.
 */
export function readArticleNodes(doc: Document, url: string | null = null, onClone?: (clone: Document) => void): ArticleRead | null {
  const clone = doc.cloneNode(true) as Document;
  onClone?.(clone);
  return readOwnDocument(clone, url);
}

/**
 * As {@link readArticleNodes}, on a document nobody else uses (a clone, or one parsed from markup in an
 * extension page): Readability changes it as it reads.
 */
export function readOwnDocument(doc: Document, url: string | null = null): ArticleRead | null {
  if (!flattenDeepClone(doc)) return null;
  const parsed = new Readability<Node>(doc, {
    maxElemsToParse: MAX_ELEMENTS_TO_PARSE,
    serializer: (node) => node,
  }).parse();
  const body = parsed?.content;
  if (!body || body.nodeType !== 1) return null;
  const blocks = collectBlocks(body);
  const words = blocks.reduce((n, b) => n + b.text.split(' ').length, 0);
  if (words < MIN_ARTICLE_WORDS) return null;
  const clean = (s: string | null | undefined) => (s ? normaliseSpace(s) || null : null);
  return { input: { url, title: clean(parsed.title), byline: clean(parsed.byline), siteName: clean(parsed.siteName), blocks }, body: body as Element };
}

/** The article body of `doc` (see {@link readArticleNodes}); null when there is none. */
export function readArticle(doc: Document, url: string | null = null): ArticleInput | null {
  return readArticleNodes(doc, url)?.input ?? null;
}

/**
 * Finds the live element holding the article: the nearest common ancestor of the live elements whose
 * text equals one of the article's longer paragraphs. Null when none matches. Reads the text of every
 * candidate element in the page: the content script first tries the cheaper way (article-live.ts).
 */
export function locateContainer(doc: Document, input: ArticleInput): Element | null {
  const wanted = new Set(input.blocks.filter((b) => b.text.length >= LONG_BLOCK_CHARS).map((b) => b.text));
  if (!doc.body || !wanted.size) return null;
  const matches = Array.from(doc.body.querySelectorAll('p, blockquote, li, h2, h3, h4, figcaption, div'))
    .filter((el) => el.childElementCount < 30 && wanted.has(normaliseSpace(el.textContent ?? '')));
  return containerOf(matches);
}

/** Blocks at least this long identify the article's container (short ones recur: "Advertisement", bylines). */
export const LONG_BLOCK_CHARS = 40;

/** The article's container given the live elements holding its blocks: their nearest common ancestor (a lone block's parent). */
export function containerOf(matches: Element[]): Element | null {
  let common: Element | null = matches[0] ?? null;
  if (!common) return null;
  if (matches.length === 1) return common.parentElement ?? common;
  for (const el of matches.slice(1)) {
    while (common && !common.contains(el)) common = common.parentElement;
  }
  return common;
}

/** The whole of article detection: gate, parse on a clone, locate the live body. Null on non-articles. */
export function detectArticle(doc: Document, url: string | null = null): DetectedArticle | null {
  if (!isArticlePage(doc)) return null;
  const input = readArticle(doc, url);
  if (!input) return null;
  return { input, container: locateContainer(doc, input) };
}
