/**
 * One cold start of the engine, run in a fresh Node process by engine.ts: the content script meets the
 * engine cold on every page load (nothing compiled, no regular expression built yet), which a warmed-up
 * benchmark hides. Prints JSON: the first call on a two-sentence article (the fixed start-up cost), then
 * the first and a later call on the article in argv[2] (a corpus page.html or the seed fixture).
 */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../../utils/analysis/report';
import { readArticle } from '../../utils/dom/article';
import type { ArticleInput } from '../../utils/types';

const TINY: ArticleInput = {
  url: null, title: null, byline: null, siteName: null,
  blocks: [{ kind: 'paragraph', text: '“We will not stop,” said John Smith, a spokesman for the Acme Corporation. He said the company would respond.' }],
};

function time(input: ArticleInput): number {
  const start = performance.now();
  analyzeArticle(input);
  return performance.now() - start;
}

const { document } = parseHTML(readFileSync(process.argv[2]!, 'utf8'));
const article = readArticle(document as unknown as Document, null);
if (!article) throw new Error(`no article in ${process.argv[2]}`);
const mode = process.argv[3];
const tinyFirst = mode === 'tiny-first' ? time(TINY) : NaN;
const first = time(article);
for (let i = 0; i < 5; i++) time(article);
const warm = Math.min(time(article), time(article), time(article));
process.stdout.write(JSON.stringify({ tinyFirst, first, warm }));
