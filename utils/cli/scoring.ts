/**
 * Scores the engine on a folder of pages with the project's scorer (../shared/eval/score.mjs), in one
 * process: the same figures as running `score.mjs --cmd 'npm run --silent analyze -- --json'`.
 * Used by `npm run eval` and by the corpus floor test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeHtml } from './pipeline';

/** One page to score. */
export interface Page { name: string; html: string; url: string | null; gold: unknown; text: string | null }
/** The scorer's counts for one page, and its figures. */
export interface PageScore { page: string; error: string | null; counts: Record<string, number>; figures: Figures; missed: string[]; extra: string[] }
/** The scorer's figures (null where there is nothing to count). */
export type Figures = Record<'named_f1' | 'unnamed_f1' | 'credential_recall' | 'quote_recall' | 'attribution_accuracy' | 'quote_precision' | string, number | null>;

type Scorer = {
  scorePage: (gold: unknown, pred: unknown, text: string | null) => Record<string, number | string[]>;
  figures: (t: Record<string, number>) => Figures;
};

/** The repository root and the shared folder beside it. */
export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = resolve(ROOT, '../shared');

/** Every page of a corpus folder (page.html, sources.json, expected.txt, meta.json). */
export function loadCorpus(corpus: string): Page[] {
  return readdirSync(corpus).sort().filter((d) => existsSync(join(corpus, d, 'sources.json'))).map((d) => {
    const file = (name: string) => join(corpus, d, name);
    const meta = existsSync(file('meta.json')) ? JSON.parse(readFileSync(file('meta.json'), 'utf8')) : {};
    return {
      name: d,
      html: readFileSync(file('page.html'), 'utf8'),
      url: meta.url ?? null,
      gold: JSON.parse(readFileSync(file('sources.json'), 'utf8')),
      text: existsSync(file('expected.txt')) ? readFileSync(file('expected.txt'), 'utf8') : null,
    };
  });
}

/** The seed fixture (tests/fixtures/seed.html) with the seed's gold answer. */
export function loadSeed(): Page {
  return {
    name: 'seed',
    html: readFileSync(join(ROOT, 'tests/fixtures/seed.html'), 'utf8'),
    url: null,
    gold: JSON.parse(readFileSync(join(SHARED, 'seed/sources.json'), 'utf8')),
    text: readFileSync(join(SHARED, 'seed/expected.txt'), 'utf8'),
  };
}

/** Scores each page and the pages together. */
export async function scorePages(pages: Page[]): Promise<{ pages: PageScore[]; total: Figures }> {
  const scorer = (await import(pathToFileURL(join(SHARED, 'eval/score.mjs')).href)) as Scorer;
  const rows = pages.map((page): PageScore => {
    let pred: unknown = { sources: [] };
    let error: string | null = null;
    try {
      pred = analyzeHtml(page.html, page.url);
    } catch (e) {
      error = String((e as Error).message).split('\n')[0]!;
    }
    const t = scorer.scorePage(page.gold, pred, page.text);
    const counts = Object.fromEntries(Object.entries(t).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
    return { page: page.name, error, counts, figures: scorer.figures(counts), missed: t.missed as string[], extra: t.extra as string[] };
  });
  const sum: Record<string, number> = {};
  for (const row of rows) for (const [k, v] of Object.entries(row.counts)) sum[k] = (sum[k] ?? 0) + v;
  return { pages: rows, total: scorer.figures(sum) };
}
