/**
 * `npm run bench` (builds first): the whole benchmark of issue 6.
 *
 *   npm run bench [-- --runs 5] [--pages bbc,seed] [--profile] [--compare .output/bench/bench-<sha>.json]
 *                 [--no-engine] [--extension <built dir>] [--out <file.json>]
 *   npm run bench:engine [-- --profile]      the Node engine benchmark alone (no browser, no build)
 *
 * 1. Sizes of the built content scripts (bundle.ts).
 * 2. Every corpus page and the seed fixture, `--runs` times, in Chromium with and without the extension
 *    (browser.ts, pages.ts): stage times, Readability alone, their ratio, long tasks, ads against
 *    DOMContentLoaded, heap. `--profile` adds one profiled load per page: the extension's CPU time and
 *    its hottest functions.
 * 3. The engine alone in Node (engine.ts): ms per 1,000 words, 5k → 50k growth, cold start.
 * Prints tables, writes .output/bench/bench-<git sha>.json (or --out); --compare prints new ÷ old.
 */
import { execFileSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { CORPUS_DIR, FIXTURES_DIR, REPO_ROOT } from '../support/paths';
import { serveDir } from '../support/server';
import { launchBenchBrowsers } from './browser';
import { measureBundle } from './bundle';
import { benchEngine, formatEngine } from './engine';
import { benchPages, measurePages, profilePages } from './pages';
import { BENCH_DIR } from './profile';
import { formatBundle, formatComparison, formatPages, formatProfile, readResult, type BenchResult } from './report';
import { summariseAll } from './summary';
import { checkTargets, formatTargets } from './targets';

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string', default: '5' },
    pages: { type: 'string' },
    compare: { type: 'string' },
    out: { type: 'string' },
    extension: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'no-engine': { type: 'boolean', default: false },
    'engine-only': { type: 'boolean', default: false },
  },
});

function git(...argv: string[]): string {
  try {
    return execFileSync('git', argv, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

/** Runs the browser half into `result`. */
async function benchBrowser(result: BenchResult, runs: number, extensionDir: string | undefined): Promise<void> {
  const corpus = await serveDir(CORPUS_DIR);
  const fixtures = await serveDir(FIXTURES_DIR);
  const browsers = await launchBenchBrowsers(extensionDir);
  try {
    result.meta.chromium = browsers.version;
    const pages = benchPages(corpus.url, fixtures.url, args.pages);
    result.pages = await measurePages(browsers, pages, runs);
    if (args.profile) result.profile = await profilePages(browsers, pages);
  } finally {
    await browsers.close();
    await corpus.close();
    await fixtures.close();
  }
  if (!result.pages.length) throw new Error('no page could be measured');
  result.summary = summariseAll(result.pages, result.profile?.cpuMs);
  console.log(formatPages(result.pages, result.summary), '\n');
  if (result.profile) console.log(formatProfile(result.profile, result.pages), '\n');
}

async function main(): Promise<void> {
  const runs = Math.max(1, Number(args.runs) || 5);
  const sha = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const extensionDir = args.extension ? path.resolve(args.extension) : undefined;
  const result: BenchResult = {
    meta: {
      sha, dirty: git('status', '--porcelain', '--untracked-files=no') !== '', date: new Date().toISOString(),
      chromium: '', node: process.version, runs, cpus: cpus().length, loadAverage: loadavg(),
      extension: path.relative(REPO_ROOT, extensionDir ?? path.join(REPO_ROOT, '.output/chrome-mv3')),
    },
    bundle: null, pages: [], summary: null, profile: null, engine: null, targets: [],
  };
  if (!args['engine-only']) {
    result.bundle = measureBundle(extensionDir);
    console.log(formatBundle(result.bundle), '\n');
    await benchBrowser(result, runs, extensionDir);
  }
  if (!args['no-engine']) {
    result.engine = await benchEngine({ runs: Math.max(runs, 7), profile: args.profile });
    console.log(formatEngine(result.engine), '\n');
  }
  result.targets = checkTargets(result);
  console.log(formatTargets(result.targets), '\n');
  const name = `bench${args['engine-only'] ? '-engine' : ''}-${sha}${result.meta.dirty ? '-dirty' : ''}.json`;
  const out = args.out ?? path.join(BENCH_DIR, name);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(result, null, 1)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
  if (args.compare) console.log(`\n${formatComparison(result, readResult(args.compare))}`);
}

main().catch((error: unknown) => {
  console.error(`bench: ${(error as Error).message}`);
  process.exitCode = 1;
});
