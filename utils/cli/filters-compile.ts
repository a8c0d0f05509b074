/**
 * Build-time compilation of the committed EasyList snapshot (utils/filters/easylist.txt) into what the
 * extension loads fastest: @ghostery/adblocker's serialised engine holding only the element-hiding
 * rules (`##`, `#?#`, `#@#`) and the hide exceptions (`$generichide`, `$elemhide`), no network rules.
 * Deserialising it takes about 1 ms; parsing the text would take about 600 ms on every page.
 *
 * `wxt.config.ts` calls {@link filterAssets} from its `build:publicAssets` hook; the result is cached
 * under node_modules/.cache by the snapshot's hash, so a build recompiles only when the list changed.
 * Node only (fs, crypto): never imported by extension code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FILTER_ENGINE_OPTIONS, FILTERS_ASSET, FILTERS_LICENCE_ASSET } from '../dom/filters-engine';
import { ENGINE_VERSION } from '@ghostery/adblocker';
import { compileList } from '../dom/filters-list';

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

/** The compiled engine of the committed snapshot, from the cache or built now. Returns the file. */
export function compiledSnapshot(): string {
  const list = readFileSync(SNAPSHOT_FILE);
  const key = createHash('sha256').update(list).update(JSON.stringify([FILTER_ENGINE_OPTIONS, ENGINE_VERSION])).digest('hex').slice(0, 16);
  const file = path.join(CACHE_DIR, `easylist-${key}.bin`);
  if (!existsSync(file)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    writeFileSync(file, compileList(list.toString('utf8')).serialize());
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
