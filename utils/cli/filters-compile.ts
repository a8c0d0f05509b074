/**
 * Build-time compilation of the committed EasyList snapshot (utils/filters/easylist.txt) into what the
 * extension loads fastest: the compact index of filters-index.ts (element-hiding rules `##`, `#?#`,
 * `#@#` indexed by site, class and id, plus the hide exceptions `$generichide`, `$elemhide`), as JSON
 * the early content script reads and parses in a few milliseconds, with no engine code in the page.
 *
 * `wxt.config.ts` calls {@link filterAssets} from its `build:publicAssets` hook; the result is cached
 * under node_modules/.cache by the snapshot's hash, so a build recompiles only when the list changed.
 * Node only (fs, crypto): never imported by extension code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILTERS_ASSET, FILTERS_LICENCE_ASSET } from '../dom/filters-index';
import { compileList, encodeFilters } from '../dom/filters-list';

export { describeList } from '../dom/filters-list';

/** The repository root. */
const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where the snapshot, its provenance and its licence notice live (committed). */
export const FILTERS_DIR = path.join(REPO_ROOT, 'utils/filters');
/** The EasyList snapshot, whole, header included. */
export const SNAPSHOT_FILE = path.join(FILTERS_DIR, 'easylist.txt');
/** Where the snapshot came from, when, its hash and rule counts (written by filters:update). */
export const SOURCE_FILE = path.join(FILTERS_DIR, 'easylist.json');
/** The licence notice shipped beside the compiled list. */
export const LICENCE_FILE = path.join(FILTERS_DIR, 'LICENSE.md');
/** Compiled engines, one per snapshot hash. */
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/sourcelight-filters');

/** The compiler's own sources: a change to them compiles the list again. */
const COMPILER_SOURCES = ['utils/dom/filters-list.ts', 'utils/dom/filters-index.ts'].map((f) => path.join(REPO_ROOT, f));

/** The compiled snapshot, from the cache or built now. Returns the file. */
export function compiledSnapshot(): string {
  const list = readFileSync(SNAPSHOT_FILE);
  const hash = createHash('sha256').update(list);
  for (const source of COMPILER_SOURCES) hash.update(readFileSync(source));
  const file = path.join(CACHE_DIR, `easylist-${hash.digest('hex').slice(0, 16)}.json`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, JSON.stringify(encodeFilters(compileList(list.toString('utf8')).data)));
  }
  return file;
}

/** The files the build adds to the extension: the compiled list and its licence notice. */
export function filterAssets(): Array<{ relativeDest: string; absoluteSrc: string }> {
  return [
    { relativeDest: FILTERS_ASSET, absoluteSrc: compiledSnapshot() },
    { relativeDest: FILTERS_LICENCE_ASSET, absoluteSrc: LICENCE_FILE },
  ];
}
