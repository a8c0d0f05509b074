/**
 * Shared helpers of the DOM tests: the corpus pages beside the repo (../shared/corpus), parsed with jsdom
 * or linkedom, and their expected article paragraphs.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseHTML } from 'linkedom';

/** The shared corpus of real news pages. */
export const CORPUS_DIR = path.resolve(process.cwd(), '../shared/corpus');

/** The corpus slugs (folders holding page.html); throws when the corpus is missing, never skips. */
export function corpusSlugs(): string[] {
  if (!existsSync(CORPUS_DIR)) throw new Error(`corpus missing: ${CORPUS_DIR}`);
  return readdirSync(CORPUS_DIR).filter((d) => existsSync(path.join(CORPUS_DIR, d, 'page.html'))).sort();
}

/** The raw HTML of a corpus page. */
export function corpusHtml(slug: string): string {
  return readFileSync(path.join(CORPUS_DIR, slug, 'page.html'), 'utf8');
}

/** The gold article paragraphs of a corpus page, whitespace collapsed, at least `min` characters long. */
export function expectedParagraphs(slug: string, min = 40): string[] {
  return readFileSync(path.join(CORPUS_DIR, slug, 'expected.txt'), 'utf8')
    .split(/\n+/)
    .map(collapse)
    .filter((p) => p.length >= min);
}

/** Collapses whitespace. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Parses a page with the test environment's DOMParser (jsdom; scripts never run); retries without <style> sheets jsdom 29 cannot parse. */
export function parseWithJsdom(html: string): Document {
  try {
    return new DOMParser().parseFromString(html, 'text/html');
  } catch {
    return new DOMParser().parseFromString(html.replace(/<style[\s\S]*?<\/style>/gi, ''), 'text/html');
  }
}

/** Parses a page with linkedom, as the CLI does (no layout, no computed styles). */
export function parseWithLinkedom(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** A document built from body markup in the test's own jsdom window. */
export function pageFrom(body: string, head = ''): Document {
  for (const { name } of Array.from(document.documentElement.attributes)) document.documentElement.removeAttribute(name);
  document.documentElement.innerHTML = `<head>${head}</head><body>${body}</body>`;
  return document;
}
