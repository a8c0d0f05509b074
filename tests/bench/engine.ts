/**
 * The pure engine's benchmark (`npm run bench:engine`, also part of `npm run bench`): `analyzeArticle`
 * on every corpus article and the seed, read in Node exactly as the CLI reads them (linkedom +
 * Readability), in ms per 1,000 words; then on synthetic articles of 5k–50k words built from the corpus
 * paragraphs, to show how it grows (near-linear: 50k ÷ 5k ≈ 10). `--profile` also profiles the 50k run
 * and prints the functions with the most self time.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseHTML } from 'linkedom';
import { analyzeArticle } from '../../utils/analysis/report';
import { countWords } from '../../utils/analysis/text';
import { readArticle } from '../../utils/dom/article';
import type { ArticleBlock, ArticleInput } from '../../utils/types';
import { CORPUS_DIR, FIXTURES_DIR, REPO_ROOT } from '../support/paths';
import { profileTopFunctions, type HotFunction } from './profile';
import { fmt, median, spread, table } from './stats';

/** Article lengths of the growth curve, in words. */
const SYNTHETIC_SIZES = [5_000, 10_000, 20_000, 50_000];

/**
 * One article's timing. `ms` is the fastest round: the engine is deterministic CPU work, so the fastest
 * round is the one other processes disturbed least (the median is kept too, for the spread).
 */
export interface EngineSample {
  name: string;
  words: number;
  ms: number;
  medianMs: number;
  msPer1kWords: number;
  spread: number;
}

/** What the engine benchmark measured. */
export interface EngineResult {
  pages: EngineSample[];
  synthetic: EngineSample[];
  /** Median over the corpus pages of ms per 1,000 words. */
  msPer1kWords: number;
  /** Time for 50k words ÷ time for 5k words (10 is linear). */
  growth50kOver5k: number;
  /** The engine cold, as each page load meets it (medians over fresh processes, on the seed article). */
  coldStart: ColdStart;
  hotFunctions?: HotFunction[];
}

/** The corpus articles and the seed, read as the CLI reads them. */
export function readCorpusArticles(): Array<{ name: string; input: ArticleInput }> {
  const pages = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, file: path.join(CORPUS_DIR, d.name, 'page.html') }));
  pages.push({ name: 'seed', file: path.join(FIXTURES_DIR, 'seed.html') });
  return pages.flatMap(({ name, file }) => {
    const { document } = parseHTML(readFileSync(file, 'utf8'));
    const input = readArticle(document as unknown as Document, null);
    return input ? [{ name, input }] : [];
  });
}

/** An article of at least `words` words: the corpus paragraphs in turn, repeated as needed. */
export function syntheticArticle(paragraphs: ArticleBlock[], words: number): ArticleInput {
  const blocks: ArticleBlock[] = [];
  for (let n = 0, i = 0; n < words; i++) {
    const block = paragraphs[i % paragraphs.length]!;
    blocks.push(block);
    n += countWords(block.text);
  }
  return { url: null, title: 'Synthetic article', byline: null, siteName: null, blocks };
}

/**
 * Times `analyzeArticle` on each article: one warm-up pass over all of them (the JIT then sees every
 * size), then `runs` rounds over all of them, so load from other processes spreads over every article
 * alike.
 */
function timeEngine(articles: Array<{ name: string; input: ArticleInput }>, runs: number): EngineSample[] {
  for (const { input } of articles) analyzeArticle(input);
  const times = articles.map((): number[] => []);
  for (let round = 0; round < runs; round++) {
    articles.forEach(({ input }, i) => {
      const start = performance.now();
      analyzeArticle(input);
      times[i]!.push(performance.now() - start);
    });
  }
  return articles.map(({ name, input }, i) => {
    const words = input.blocks.reduce((n, b) => n + countWords(b.text), 0);
    const ms = Math.min(...times[i]!);
    return { name, words, ms, medianMs: median(times[i]!), msPer1kWords: (ms / words) * 1000, spread: spread(times[i]!) };
  });
}

/** First calls in a fresh process (engine-cold.ts), ms. */
export interface ColdStart {
  /** The first call of all, on a two-sentence article: the fixed start-up cost. */
  tinyFirst: number;
  /** The first call on the seed article, in a process that has not run the engine yet. */
  first: number;
  /** The same article once warm (fastest of three after five calls). */
  warm: number;
}

/** Runs engine-cold.ts in `processes` fresh Node processes per mode; medians. */
function measureColdStart(processes = 5): ColdStart {
  const run = (mode: string) => JSON.parse(execFileSync(process.execPath,
    ['--import', 'tsx', 'tests/bench/engine-cold.ts', path.join(FIXTURES_DIR, 'seed.html'), mode],
    { cwd: REPO_ROOT, encoding: 'utf8' })) as ColdStart;
  const tiny = Array.from({ length: processes }, () => run('tiny-first'));
  const page = Array.from({ length: processes }, () => run('page-first'));
  return { tinyFirst: median(tiny.map((r) => r.tinyFirst)), first: median(page.map((r) => r.first)), warm: median(page.map((r) => r.warm)) };
}

/** Runs the engine benchmark. */
export async function benchEngine(options: { runs?: number; profile?: boolean } = {}): Promise<EngineResult> {
  const runs = options.runs ?? 7;
  const articles = readCorpusArticles();
  const pages = timeEngine(articles, runs);
  const paragraphs = articles.flatMap(({ input }) => input.blocks.filter((b) => b.kind === 'paragraph'));
  const synthetic = timeEngine(SYNTHETIC_SIZES.map((size) =>
    ({ name: `synthetic ${size / 1000}k`, input: syntheticArticle(paragraphs, size) })), runs);
  const first = synthetic[0]!;
  const last = synthetic.at(-1)!;
  const result: EngineResult = {
    pages, synthetic, msPer1kWords: median(pages.map((p) => p.msPer1kWords)), growth50kOver5k: last.ms / first.ms,
    coldStart: measureColdStart(),
  };
  if (options.profile) {
    const input = syntheticArticle(paragraphs, SYNTHETIC_SIZES.at(-1)!);
    result.hotFunctions = await profileTopFunctions(() => analyzeArticle(input), 'engine-50k');
  }
  return result;
}

/** The engine benchmark as a printable table. */
export function formatEngine(result: EngineResult): string {
  const rows = [['article', 'words', 'ms (fastest)', 'ms (median)', 'ms/1k words', 'spread']];
  for (const s of [...result.pages, ...result.synthetic]) {
    rows.push([s.name, String(s.words), fmt(s.ms), fmt(s.medianMs), fmt(s.msPer1kWords), `${Math.round(s.spread * 100)}%`]);
  }
  const lines = [table(rows), '',
    `engine: median ${fmt(result.msPer1kWords)} ms per 1,000 words on the corpus; `
      + `50k ÷ 5k words = ${result.growth50kOver5k.toFixed(1)}× (10× is linear)`,
    `engine cold, as a page load meets it (fresh processes, median): first call on a two-sentence article `
      + `${fmt(result.coldStart.tinyFirst)} ms; first call on the seed article ${fmt(result.coldStart.first)} ms, `
      + `the same article warm ${fmt(result.coldStart.warm)} ms`];
  if (result.hotFunctions) {
    lines.push('', 'hot functions (self time, 50k-word run):', table([['function', 'where', 'self ms', 'share'],
      ...result.hotFunctions.map((f) => [f.name, f.where, fmt(f.selfMs), `${(f.share * 100).toFixed(1)}%`])]));
  }
  return lines.join('\n');
}
