/**
 * The pages `npm run bench` loads (every corpus page and the seed fixture) and the loops over them:
 * the timed runs, and the optional profiled pass.
 */
import { readdirSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { CORPUS_DIR } from '../support/paths';
import type { BenchBrowsers } from './browser';
import { BENCH_DIR, topFunctions, type HotFunction } from './profile';
import { summarisePage, toRunSample, type PageSummary, type RunSample } from './summary';

/** A page to load: its name in the tables and its URL. */
export interface BenchPage {
  name: string;
  url: string;
}

/** Every corpus page (under `corpusUrl`) and the seed (under `fixturesUrl`); `filter` keeps names containing any of its comma-separated words. */
export function benchPages(corpusUrl: string, fixturesUrl: string, filter?: string): BenchPage[] {
  const corpus = readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => ({ name: d.name, url: `${corpusUrl}/${d.name}/page.html` }));
  const all = [...corpus, { name: 'seed', url: `${fixturesUrl}/seed.html` }];
  const wanted = filter?.split(',').map((s) => s.trim()).filter(Boolean);
  return wanted?.length ? all.filter((p) => wanted.some((w) => p.name.includes(w))) : all;
}

/**
 * Loads every page `runs` times in both browsers and summarises each page. Pages rotate so none always
 * comes first, and the browser that loads first alternates, so neither always gets the quieter moment.
 * A failed load is reported and left out.
 */
export async function measurePages(browsers: BenchBrowsers, pages: BenchPage[], runs: number): Promise<PageSummary[]> {
  const samples = new Map<string, RunSample[]>(pages.map((p) => [p.name, []]));
  // Warm-up: the first load of each browser pays for its caches; not counted.
  await browsers.loadWithExtension(pages[0]!.url).catch(() => undefined);
  await browsers.loadPlain(pages[0]!.url).catch(() => undefined);
  for (let run = 0; run < runs; run++) {
    for (let i = 0; i < pages.length; i++) {
      const page = pages[(i + run) % pages.length]!;
      const label = `run ${run + 1}/${runs} ${page.name}`;
      try {
        const ext = run % 2 ? null : await browsers.loadWithExtension(page.url);
        const plain = await browsers.loadPlain(page.url);
        const sample = toRunSample(ext ?? (await browsers.loadWithExtension(page.url)), plain);
        samples.get(page.name)!.push(sample);
        process.stderr.write(`${label}: ${sample.total.toFixed(1)} ms, Readability ${sample.readability.toFixed(1)} ms, ${sample.ratio.toFixed(2)}×\n`);
      } catch (error) {
        process.stderr.write(`${label}: FAILED ${(error as Error).message.split('\n')[0]}\n`);
      }
    }
  }
  return pages.filter((p) => samples.get(p.name)!.length).map((p) => summarisePage(p.name, samples.get(p.name)!));
}

/** What the profiled pass found. */
export interface ProfileResult {
  /** Main-thread CPU time in extension code per page, ms. */
  cpuMs: Record<string, number>;
  /** The extension's functions by self time, summed over the pages. */
  hot: HotFunction[];
}

/**
 * One load per page under the CPU profiler. A sample counts for the extension when extension code is on
 * its stack, charged to the deepest extension frame (so DOM calls and regular expressions count for the
 * code that made them); this covers what the stage measures miss (loading the script, settings, the
 * sidebar's synchronous work) and leaves out what they include but is not work (waiting for a fetch).
 * Profiles are saved under .output/bench/profiles for DevTools.
 */
export async function profilePages(browsers: BenchBrowsers, pages: BenchPage[]): Promise<ProfileResult> {
  const dir = path.join(BENCH_DIR, 'profiles');
  await mkdir(dir, { recursive: true });
  const isExtension = (url: string) => url.startsWith('chrome-extension://');
  const totals = new Map<string, HotFunction>();
  const cpuMs: Record<string, number> = {};
  for (const page of pages) {
    try {
      const profile = await browsers.profileWithExtension(page.url);
      await writeFile(path.join(dir, `${page.name}.cpuprofile`), JSON.stringify(profile));
      const hot = topFunctions(profile, Infinity, isExtension);
      cpuMs[page.name] = hot.reduce((n, f) => n + f.selfMs, 0);
      for (const f of hot) {
        const key = `${f.name}@${f.where}`;
        const sum = totals.get(key) ?? { ...f, selfMs: 0, share: 0 };
        sum.selfMs += f.selfMs;
        totals.set(key, sum);
      }
    } catch (error) {
      process.stderr.write(`profile ${page.name}: FAILED ${(error as Error).message.split('\n')[0]}\n`);
    }
  }
  const all = [...totals.values()].sort((a, b) => b.selfMs - a.selfMs);
  const sum = all.reduce((n, f) => n + f.selfMs, 0);
  return { cpuMs, hot: all.slice(0, 25).map((f) => ({ ...f, share: sum ? f.selfMs / sum : 0 })) };
}
