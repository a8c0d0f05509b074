/**
 * Property-based fuzzing of anchoring and highlighting (fast-check, jsdom) on random pages with ads
 * hidden first, as the pipeline runs them: the engine's own quotes (analyzeArticle on the article's
 * blocks) and random stretches of the page's visible text taken as quotes. Properties: nothing throws;
 * every visible stretch is found; every found quote's Range covers exactly the quote's text (whitespace,
 * case, quotation marks and dashes aside, as anchor.ts documents); the marks paint exactly that text;
 * highlighting never changes the page's text; undo restores the page's serialisation. Seed fixed,
 * printed on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeArticle } from '../../utils/analysis/report';
import { findAdBlocks, hideBlocks } from '../../utils/dom/ads';
import { anchorQuotes } from '../../utils/dom/anchor';
import { collectBlocks } from '../../utils/dom/blocks';
import { highlightQuotes } from '../../utils/dom/highlight';
import { MARK_TAG } from '../../utils/dom/mark-wrap';
import { colourFor } from '../../utils/dom/palette';
import { buildTextIndex } from '../../utils/dom/text-index';
import type { Quote } from '../../utils/types';
import { sameQuoteText, squash, visibleRangeText } from './fuzz-checks';
import { pageHtml, randomPage, RUNS, SEED } from './fuzz-pages';
import { pageFrom } from './helpers';

/** A quote for anchoring: only `anchor` and `sourceId` matter here. */
function quote(id: string, sourceId: string, exact: string, prefix = '', suffix = ''): Quote {
  return { id, type: 'direct', text: exact, span: { start: 0, end: exact.length }, cue: 'said', speakerMention: '', sourceId, anchor: { exact, prefix, suffix } };
}

/** Picks, from [at, length] pairs, stretches of `text` at least 3 characters long once trimmed, with 32 characters of context. */
function stretches(text: string, picks: Array<[number, number]>): Quote[] {
  if (text.length < 3) return [];
  return picks.map(([at, length], i) => {
    const start = at % text.length;
    const end = Math.min(text.length, start + length);
    return quote(`t${i}`, `s${i % 3}`, text.slice(start, end), text.slice(Math.max(0, start - 32), start), text.slice(end, end + 32));
  }).filter((q) => q.anchor.exact.trim().length >= 3);
}

/** Which marks paint each quote, and the visible text they hold. */
function markedText(doc: Document, quoteId: string, root: Node): string {
  return Array.from(doc.querySelectorAll(`${MARK_TAG}[data-sourcelight-quote="${quoteId}"]`))
    .map((m) => visibleRangeText(rangeOver(m), root)).join('');
}

function rangeOver(node: Node): Range {
  const range = node.ownerDocument!.createRange();
  range.selectNodeContents(node);
  return range;
}

const seen = { pages: 0, engineQuotes: 0, engineAnchored: 0, stretches: 0 };

describe('anchoring and highlighting on random pages', () => {
  it(`find every visible stretch, cover exactly the quote, never change the text, undo restores (${RUNS} cases, seed ${SEED})`, () => {
    const picks = fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 120 })), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(randomPage, picks, (page, chosen) => {
        const { head, body } = pageHtml(page);
        const doc = pageFrom(body, head);
        seen.pages++;
        const unhide = hideBlocks(findAdBlocks(doc, null));
        const before = doc.documentElement.outerHTML;
        const root = doc.body;
        const article = doc.body.querySelector('h1')!.parentElement!;
        const report = analyzeArticle({ url: null, title: null, byline: null, siteName: null, blocks: collectBlocks(article) });
        const engine = anchorQuotes(root, report.quotes);
        seen.engineQuotes += report.quotes.length;
        seen.engineAnchored += engine.size;
        const taken = stretches(buildTextIndex(root).text, chosen);
        const found = anchorQuotes(root, taken);
        seen.stretches += taken.length;
        expect([...found.keys()].sort()).toEqual(taken.map((q) => q.id).sort());
        const quotes = [...report.quotes.filter((q) => engine.has(q.id)), ...taken];
        const ranges = new Map([...engine, ...found]);
        for (const q of quotes) expect(visibleRangeText(ranges.get(q.id)!, root), q.id).toSatisfy((text: string) => sameQuoteText(text, q.anchor.exact));

        const bySource = new Map<string, Map<string, Range>>();
        for (const q of quotes) (bySource.get(q.sourceId) ?? bySource.set(q.sourceId, new Map()).get(q.sourceId)!).set(q.id, ranges.get(q.id)!);
        const colours = new Map([...bySource.keys()].map((id, i) => [id, colourFor(i)]));
        const textBefore = doc.body.textContent;
        const wanted = new Map(quotes.map((q) => [q.id, squash(visibleRangeText(ranges.get(q.id)!, root))]));
        const highlighting = highlightQuotes(bySource, colours, { mode: 'marks' });
        expect(doc.body.textContent).toBe(textBefore);
        for (const q of quotes) expect(squash(markedText(doc, q.id, root)), q.id).toBe(wanted.get(q.id));
        highlighting.undo();
        highlighting.undo();
        expect(doc.documentElement.outerHTML).toBe(before);
        unhide();
      }),
      { seed: SEED, numRuns: RUNS, verbose: 1 },
    );
    console.info('[fuzz-anchor]', JSON.stringify(seen));
    expect(seen.engineAnchored).toBeGreaterThan(RUNS / 2);
  }, 300_000);
});
