/**
 * The gold files beside the repo (shared/seed, shared/corpus/<slug>): the expected article text and
 * the annotated sources, read as the e2e tests compare against them.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseText } from './page';
import { CORPUS_DIR, SEED_DIR } from './paths';

/** One gold source (see shared/eval/ANNOTATION.md). */
export interface GoldSource {
  name: string;
  kind: 'person' | 'organisation' | 'unnamed';
  credentials: string[];
  quotes: string[];
}

/** The folder of one corpus page; throws a clear error when the shared data is not beside the repo. */
export function corpusDir(slug: string): string {
  const dir = path.join(CORPUS_DIR, slug);
  if (!existsSync(path.join(dir, 'page.html'))) throw new Error(`corpus page missing: ${dir}/page.html`);
  return dir;
}

/** The gold sources in `dir` (a corpus folder or the seed folder). */
export function readGoldSources(dir: string): GoldSource[] {
  const data = JSON.parse(readFileSync(path.join(dir, 'sources.json'), 'utf8')) as { sources: GoldSource[] };
  return data.sources;
}

/** The gold article body's paragraphs (blank-line separated), whitespace collapsed. */
export function readExpectedParagraphs(dir: string): string[] {
  return readFileSync(path.join(dir, 'expected.txt'), 'utf8')
    .split(/\n\s*\n/)
    .map(normaliseText)
    .filter(Boolean);
}

