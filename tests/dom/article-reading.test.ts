/**
 * Reading the article away from the page (utils/dom/article-reading.ts, article-live.ts): the page's
 * markup is re-parsed and read elsewhere, and the numbers of the blocks Readability kept lead back to the
 * page's elements. On every corpus page and the seed this must give exactly what reading on a clone in
 * the page gives (same blocks, same metadata, same live container); and when the numbers cannot be
 * trusted (the page changed after it was serialised, or its markup parses back differently), the text
 * check must refuse them and the container must still be the right one.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectInPage, locateReading, snapshotPage } from '../../utils/dom/article-live';
import { readArticleMarkup } from '../../utils/dom/article-reading';
import { normaliseSpace } from '../../utils/dom/blocks';
import type { ArticleReading } from '../../utils/types';
import { corpusHtml, corpusSlugs, parseWithJsdom } from './helpers';

const SEED = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/seed.html'), 'utf8');
/** jsdom parses and reads a 300 KB page twice here: generous, never a speed check. */
const CORPUS_TIMEOUT_MS = 60_000;

/** Reads `doc` as the extension does: serialise, read the markup elsewhere, locate. */
function readAway(doc: Document): { reading: ArticleReading | null; found: ReturnType<typeof locateReading> | null; snapshot: ReturnType<typeof snapshotPage> } {
  const snapshot = snapshotPage(doc);
  const reading = readArticleMarkup(snapshot.html, null, parseWithJsdom);
  return { reading, found: reading ? locateReading(doc, snapshot, reading) : null, snapshot };
}

describe.each([...corpusSlugs(), 'seed'])('%s', (slug) => {
  it('read away from the page: the same article and the same live container as reading in the page', () => {
    const html = slug === 'seed' ? SEED : corpusHtml(slug);
    const inPage = detectInPage(parseWithJsdom(html), null);
    const doc = parseWithJsdom(html);
    const { reading, found } = readAway(doc);
    expect(inPage).not.toBeNull();
    expect(found!.input).toEqual(inPage!.input);
    // Same element, found by number: the container's text is the same, and every number held.
    const live = detectInPage(doc, null)!.container;
    expect(found!.container).toBe(live);
    const long = reading!.input.blocks.filter((b) => b.text.length >= 40).length;
    expect(reading!.anchors.length).toBeGreaterThanOrEqual(0.7 * long);
  }, CORPUS_TIMEOUT_MS);
});

/** A small article: twelve long paragraphs in an <article>, a sidebar of links around it. */
function articlePage(extra = ''): Document {
  const paragraphs = Array.from({ length: 12 }, (_, i) =>
    `<p>Paragraph ${i + 1} of the story says that the council met on Tuesday and agreed, after a long debate about the budget, to act.</p>`).join('');
  return parseWithJsdom(`<!DOCTYPE html><html><head><title>Council acts</title></head><body>
    <nav><ul><li>Home</li><li>World</li></ul></nav>${extra}
    <main><article id="story"><h1>Council acts</h1>${paragraphs}</article></main>
    <aside><p>Most read: something else entirely that is long enough to count as a block.</p></aside></body></html>`);
}

describe('when the numbers cannot be trusted', () => {
  it('the page changed after it was serialised (paragraphs added above the story): the snapshot\'s list still leads to the story', () => {
    const doc = articlePage();
    const snapshot = snapshotPage(doc);
    const reading = readArticleMarkup(snapshot.html, null, parseWithJsdom)!;
    doc.body.insertAdjacentHTML('afterbegin', '<p>Breaking: a banner inserted by the page\'s script after load, long enough.</p>'.repeat(5));
    expect(locateReading(doc, snapshot, reading).container).toBe(doc.getElementById('story'));
  });

  it('numbers that point at the wrong elements are refused by the text check, and the text decides', () => {
    const doc = articlePage();
    const snapshot = snapshotPage(doc);
    const reading = readArticleMarkup(snapshot.html, null, parseWithJsdom)!;
    // Every number off by one: the elements they name hold other text (the nav's items come first).
    const shifted = { ...reading, anchors: reading.anchors.map(([i, text]) => [i - 3, text] as [number, string]) };
    expect(locateReading(doc, snapshot, shifted).container).toBe(doc.getElementById('story'));
    const held = shifted.anchors.filter(([i, text]) => normaliseSpace(snapshot.blocks[i]?.textContent ?? '').includes(text));
    expect(held).toEqual([]);
  });

  it('markup that parses back differently (a <div> built inside a <p> by script) still leads to the story', () => {
    const doc = articlePage();
    const first = doc.querySelector('#story p')!;
    first.appendChild(doc.createElement('div')).textContent = 'A box a script put inside the paragraph.';
    const { found } = readAway(doc);
    expect(found!.container).toBe(doc.getElementById('story'));
  });

  it('a page parsed without scripting (<noscript> holds elements): both sides number the same blocks', () => {
    const doc = articlePage('<noscript><p>Please enable JavaScript to read the comments on this story.</p><ul><li>one</li></ul></noscript>');
    const { reading, snapshot } = readAway(doc);
    const held = reading!.anchors.filter(([i, text]) => normaliseSpace(snapshot.blocks[i]?.textContent ?? '').includes(text));
    expect(held).toHaveLength(reading!.anchors.length);
    expect(held.length).toBeGreaterThanOrEqual(12);
  });

  it('sends no inline script or style sheet, keeps JSON-LD (metadata), and every number still holds', () => {
    const doc = articlePage(`<script>var teaser = "<p>Not a paragraph of the story, only a string in a script.</p>";</script>
      <style>p { color: red }</style>
      <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","author":{"@type":"Person","name":"Ann Writer"}}</script>`);
    const { snapshot, reading } = readAway(doc);
    expect(snapshot.html).not.toMatch(/Not a paragraph of the story|color: red/);
    expect(snapshot.html).toContain('application/ld+json');
    expect(reading!.input.byline).toBe('Ann Writer');
    const held = reading!.anchors.filter(([i, text]) => normaliseSpace(snapshot.blocks[i]?.textContent ?? '').includes(text));
    expect(held).toHaveLength(reading!.anchors.length);
    expect(held.length).toBeGreaterThanOrEqual(12);
  });

  it('a page without an article reads as null, not as an error', () => {
    const doc = parseWithJsdom('<!DOCTYPE html><html><body><nav><a href="/">Home</a></nav><p>Short.</p></body></html>');
    expect(readAway(doc).reading).toBeNull();
  });
});
