/**
 * The `eval` command: the engine's figures on the dev corpus and on the seed fixture, per page and in
 * total, with the project's scorer.
 *
 *   npm run eval [-- --verbose] [--json] [--corpus DIR]
 */
import { join, resolve } from 'node:path';
import { loadCorpus, loadSeed, scorePages, SHARED, type Figures, type PageScore } from './scoring';

const pct = (x: number | null | undefined) => (x == null ? '   -' : `${(100 * x).toFixed(0).padStart(3)}%`);
const line = (name: string, f: Figures, extra = '') =>
  console.log(name.slice(0, 40).padEnd(40), pct(f.named_f1), '  ', pct(f.unnamed_f1), '  ', pct(f.credential_recall), pct(f.quote_recall), pct(f.attribution_accuracy), pct(f.quote_precision), extra);

function printRows(rows: PageScore[], verbose: boolean) {
  for (const r of rows) {
    line(r.page, r.figures, r.error ? `ERROR ${r.error}` : '');
    if (verbose && r.missed.length) console.log('    missed:', r.missed.join(' | '));
    if (verbose && r.extra.length) console.log('    extra: ', r.extra.join(' | '));
  }
}

async function main(argv: string[]) {
  const at = argv.indexOf('--corpus');
  const corpusDir = at >= 0 ? resolve(argv[at + 1]!) : join(SHARED, 'corpus');
  const corpus = await scorePages(loadCorpus(corpusDir));
  const seed = await scorePages([loadSeed()]);
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ corpus, seed }, null, 1));
    return;
  }
  console.log('page'.padEnd(40), 'namedF1 unnamF1 credR  quoteR attrib quoteP');
  printRows(corpus.pages, argv.includes('--verbose'));
  line(`CORPUS (${corpus.pages.length} pages)`, corpus.total);
  printRows(seed.pages.map((r) => ({ ...r, page: 'seed (tests/fixtures/seed.html)' })), argv.includes('--verbose'));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval: ${(error as Error)?.message ?? error}\n`);
  process.exitCode = 1;
});
