/**
 * The `eval` command: scores the engine on the dev corpus and the seed fixture with the project's
 * scorer (../shared/eval/score.mjs), in one process, and prints its table per page and in total.
 *
 *   npm run eval [-- --verbose] [--json] [--corpus DIR]
 *
 * Same numbers as `node ../shared/eval/score.mjs ../shared/corpus --cmd 'npm run --silent analyze -- --json'`,
 * without starting a process per page.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeHtml } from './pipeline';

interface Page { name: string; html: string; url: string | null; gold: unknown; text: string | null }
type Scorer = {
  scorePage: (gold: unknown, pred: unknown, text: string | null) => Record<string, number | string[]>;
  figures: (t: Record<string, number>) => Record<string, number | null>;
};

const root = resolve(import.meta.dirname, '../..');
const shared = resolve(root, '../shared');

/** The pages to score: every corpus folder, plus the seed fixture with the seed's gold. */
export function loadPages(corpus: string): Page[] {
  const pages: Page[] = readdirSync(corpus).sort().filter((d) => existsSync(join(corpus, d, 'sources.json'))).map((d) => {
    const meta = existsSync(join(corpus, d, 'meta.json')) ? JSON.parse(readFileSync(join(corpus, d, 'meta.json'), 'utf8')) : {};
    return {
      name: d,
      html: readFileSync(join(corpus, d, 'page.html'), 'utf8'),
      url: meta.url ?? null,
      gold: JSON.parse(readFileSync(join(corpus, d, 'sources.json'), 'utf8')),
      text: existsSync(join(corpus, d, 'expected.txt')) ? readFileSync(join(corpus, d, 'expected.txt'), 'utf8') : null,
    };
  });
  const seed = join(root, 'tests/fixtures/seed.html');
  if (existsSync(seed)) {
    pages.push({
      name: 'seed (tests/fixtures/seed.html)',
      html: readFileSync(seed, 'utf8'),
      url: null,
      gold: JSON.parse(readFileSync(join(shared, 'seed/sources.json'), 'utf8')),
      text: readFileSync(join(shared, 'seed/expected.txt'), 'utf8'),
    });
  }
  return pages;
}

const pct = (x: number | null | undefined) => (x == null ? '   -' : `${(100 * x).toFixed(0).padStart(3)}%`);

async function main(argv: string[]) {
  const corpusArg = argv.indexOf('--corpus');
  const corpus = corpusArg >= 0 ? resolve(argv[corpusArg + 1]!) : join(shared, 'corpus');
  const scorer = (await import(pathToFileURL(join(shared, 'eval/score.mjs')).href)) as Scorer;
  const rows = loadPages(corpus).map((page) => {
    let pred: unknown = { sources: [] };
    let error: string | null = null;
    try {
      pred = analyzeHtml(page.html, page.url);
    } catch (e) {
      error = String((e as Error).message).split('\n')[0]!;
    }
    return { page: page.name, error, pred, t: scorer.scorePage(page.gold, pred, page.text) };
  });
  const total: Record<string, number> = {};
  for (const { t } of rows) for (const [k, v] of Object.entries(t)) if (typeof v === 'number') total[k] = (total[k] ?? 0) + v;
  const corpusOnly: Record<string, number> = {};
  for (const { page, t } of rows) if (!page.startsWith('seed')) for (const [k, v] of Object.entries(t)) if (typeof v === 'number') corpusOnly[k] = (corpusOnly[k] ?? 0) + v;
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ pages: rows.map((r) => ({ page: r.page, error: r.error, ...scorer.figures(r.t as Record<string, number>), missed: r.t.missed, extra: r.t.extra })), corpus: scorer.figures(corpusOnly), total: scorer.figures(total) }, null, 1));
    return;
  }
  console.log('page'.padEnd(40), 'namedF1 unnamF1 credR  quoteR attrib quoteP');
  const line = (name: string, f: Record<string, number | null>, extra = '') =>
    console.log(name.slice(0, 40).padEnd(40), pct(f.named_f1), '  ', pct(f.unnamed_f1), '  ', pct(f.credential_recall), pct(f.quote_recall), pct(f.attribution_accuracy), pct(f.quote_precision), extra);
  for (const r of rows) {
    line(r.page, scorer.figures(r.t as Record<string, number>), r.error ? `ERROR ${r.error}` : '');
    if (argv.includes('--verbose')) {
      const missed = r.t.missed as string[], extraNames = r.t.extra as string[];
      if (missed.length) console.log('    missed:', missed.join(' | '));
      if (extraNames.length) console.log('    extra: ', extraNames.join(' | '));
    }
  }
  line('CORPUS (19 dev pages)', scorer.figures(corpusOnly));
  line('ALL (corpus + seed)', scorer.figures(total));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${(error as Error)?.message ?? error}\n`);
  process.exitCode = 1;
});
