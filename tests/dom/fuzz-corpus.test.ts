/**
 * Property-based fuzzing of the hide stage on the real corpus pages (fast-check, jsdom): each case takes
 * one page of ../shared/corpus, drops random ad-like blocks (fuzz-pages.ts) into random containers of
 * it — inside the article as well as around it — and runs detection and the hide stage as the pipeline
 * does. Properties: nothing throws; no hidden element holds a block of the article Readability returned;
 * undo and removing the inserted blocks give back the page's exact serialisation.
 *
 * A corpus page costs jsdom seconds to parse and Readability a second to read, so each page is parsed
 * once and the property runs FUZZ_CORPUS_RUNS cases (default: as many as there are pages). Seed fixed, printed on failure.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { locateContainer, readArticle } from '../../utils/dom/article';
import { hideAroundArticle } from '../../utils/dom/cosmetic-hide';
import { hiddenArticleText, protectedBlocks } from './fuzz-checks';
import { adBlock, nodesHtml, SEED } from './fuzz-pages';
import { corpusHtml, corpusSlugs, parseWithJsdom } from './helpers';

const SLUGS = corpusSlugs();
const RUNS = Number(process.env.FUZZ_CORPUS_RUNS ?? SLUGS.length);
const parsed = new Map<string, Document>();
const page = (slug: string) => parsed.get(slug) ?? parsed.set(slug, parseWithJsdom(corpusHtml(slug))).get(slug)!;

/** Where blocks may go: containers a page's own ads sit in. */
const CONTAINERS = 'body, div, section, article, aside, main, figure, ul';

/** Inserts each block's markup into the n-th container at the m-th child; returns the inserted nodes. */
function insert(doc: Document, inserts: Array<[number, number, string]>): Node[] {
  const containers = Array.from(doc.body.querySelectorAll(CONTAINERS));
  const added: Node[] = [];
  for (const [n, m, html] of inserts) {
    const parent = containers[n % containers.length] ?? doc.body;
    const template = doc.createElement('template');
    template.innerHTML = html;
    const nodes = Array.from(template.content.childNodes);
    const before = parent.childNodes[m % (parent.childNodes.length + 1)] ?? null;
    for (const node of nodes) parent.insertBefore(node, before);
    added.push(...nodes);
  }
  return added;
}

const inserts = fc.array(fc.tuple(fc.nat(), fc.nat(), fc.array(adBlock, { minLength: 1, maxLength: 2 }).map((b) => nodesHtml(b, { n: 0 }))), { minLength: 1, maxLength: 6 });

describe('the hide stage on corpus pages with ads added', () => {
  beforeAll(() => {
    vi.spyOn(console, 'debug').mockImplementation(() => {});
  });

  it(`never throws, never hides article text, undo restores (${RUNS} cases over ${SLUGS.length} pages, seed ${SEED})`, () => {
    let articles = 0;
    fc.assert(
      fc.property(fc.constantFrom(...SLUGS), inserts, fc.boolean(), (slug, blocks, clutter) => {
        const doc = page(slug);
        const original = doc.documentElement.outerHTML;
        const added = insert(doc, blocks);
        try {
          const before = doc.documentElement.outerHTML;
          const input = readArticle(doc);
          const container = input ? locateContainer(doc, input) : null;
          const hidden = hideAroundArticle(doc, container, { mode: 'hide', clutter, articleBlocks: input?.blocks.map((b) => b.text) });
          if (input) {
            articles++;
            expect(hiddenArticleText(doc, protectedBlocks(input))).toEqual([]);
          }
          hidden.undo();
          expect(doc.documentElement.outerHTML).toBe(before);
        } finally {
          added.forEach((node) => node.parentNode?.removeChild(node));
        }
        expect(doc.documentElement.outerHTML).toBe(original);
      }),
      { seed: SEED, numRuns: RUNS, verbose: 1 },
    );
    expect(articles).toBeGreaterThan(RUNS / 2);
  }, 900_000);
});
