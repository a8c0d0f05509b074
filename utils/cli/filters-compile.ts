/**
 * Build-time compilation of the committed EasyList snapshot (utils/filters/easylist.txt) into what the
 * extension loads fastest (filters-index.ts `FilterPack`): the head every page needs at document_start,
 * 64 site shards of which a page reads the one its hostname needs (if any), and the class/id table the
 * early content script fetches in the background. No engine code in the page.
 *
 * The head (about 30 KB) is bundled into the early content script, so most pages read nothing at all
 * before they paint: a synchronous read costs a round trip to the browser process however small the
 * file, and that wait, not parsing, was the early script's cost. The bundler needs it before the build
 * compiles anything, so it is committed (utils/filters/easylist-head.json), written by
 * `npm run filters:update` or `npx tsx utils/cli/filters-compile.ts`, and the build refuses to ship a
 * head that does not match the snapshot (the shards must agree with its label set).
 *
 * `wxt.config.ts` calls {@link filterAssets} from its `build:publicAssets` hook; the result is cached
 * under node_modules/.cache by the snapshot's hash, so a build recompiles only when the list changed.
 * Node only (fs, crypto): never imported by extension code.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FILTERS_GENERIC_ASSET, FILTERS_HEAD_ASSET, FILTERS_LICENCE_ASSET, filtersShardAsset, SITE_SHARDS, type FilterPack,
} from '../dom/filters-index';
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
/** The compiled head, committed: the early content script bundles it. */
export const HEAD_FILE = path.join(FILTERS_DIR, 'easylist-head.json');
/** The licence notice shipped beside the compiled list. */
export const LICENCE_FILE = path.join(FILTERS_DIR, 'LICENSE.md');
/** Compiled lists, one directory per snapshot hash. */
const CACHE_DIR = path.join(REPO_ROOT, 'node_modules/.cache/sourcelight-filters');

/** The compiler's own sources: a change to them compiles the list again. */
const COMPILER_SOURCES = ['utils/dom/filters-list.ts', 'utils/dom/filters-index.ts', 'utils/dom/filters-table.ts'].map((f) => path.join(REPO_ROOT, f));

/** Every file of a pack, by its path inside the extension. */
export function packFiles(pack: FilterPack): Record<string, string> {
  const files: Record<string, string> = { [FILTERS_HEAD_ASSET]: JSON.stringify(pack.head), [FILTERS_GENERIC_ASSET]: pack.generic };
  pack.shards.forEach((shard, n) => (files[filtersShardAsset(n)] = JSON.stringify(shard)));
  return files;
}

/** The compiled snapshot's directory (paths inside it as in the extension), from the cache or built now. */
export function compiledSnapshot(): string {
  const list = readFileSync(SNAPSHOT_FILE);
  const hash = createHash('sha256').update(list);
  for (const source of COMPILER_SOURCES) hash.update(readFileSync(source));
  const dir = path.join(CACHE_DIR, `easylist-${hash.digest('hex').slice(0, 16)}`);
  if (!existsSync(dir)) {
    // Written beside, then renamed: two builds at once never see half a pack.
    const partial = `${dir}.${process.pid}.partial`;
    rmSync(partial, { recursive: true, force: true });
    for (const [name, text] of Object.entries(packFiles(encodeFilters(compileList(list.toString('utf8')).data)))) {
      mkdirSync(path.dirname(path.join(partial, name)), { recursive: true });
      writeFileSync(path.join(partial, name), text);
    }
    try {
      renameSync(partial, dir);
    } catch (error) {
      rmSync(partial, { recursive: true, force: true });
      if (!existsSync(dir)) throw error;
    }
  }
  return dir;
}

/** The compiled snapshot, read back whole (tests, evaluation). */
export function compiledPack(): FilterPack {
  const dir = compiledSnapshot();
  const read = (asset: string) => readFileSync(path.join(dir, asset), 'utf8');
  return {
    head: JSON.parse(read(FILTERS_HEAD_ASSET)) as FilterPack['head'],
    shards: Array.from({ length: SITE_SHARDS }, (_, n) => JSON.parse(read(filtersShardAsset(n))) as FilterPack['shards'][number]),
    generic: read(FILTERS_GENERIC_ASSET),
  };
}

/** The committed head as it should be: the compiled snapshot's. */
export function compiledHead(): string {
  return `${JSON.stringify(JSON.parse(readFileSync(path.join(compiledSnapshot(), FILTERS_HEAD_ASSET), 'utf8')), null, 1)}\n`;
}

/** Writes the committed head from the snapshot. Returns whether it changed. */
export function writeHead(): boolean {
  const head = compiledHead();
  if (existsSync(HEAD_FILE) && readFileSync(HEAD_FILE, 'utf8') === head) return false;
  writeFileSync(HEAD_FILE, head);
  return true;
}

/** Throws when the committed head is not the snapshot's (the build bundled it already). */
export function checkHead(): void {
  if (!existsSync(HEAD_FILE) || readFileSync(HEAD_FILE, 'utf8') !== compiledHead()) {
    throw new Error(`${path.relative(REPO_ROOT, HEAD_FILE)} does not match the EasyList snapshot: run \`npx tsx utils/cli/filters-compile.ts\` and build again`);
  }
}

/**
 * The files the build adds to the extension: the site shards, the class/id table and the licence
 * notice (the head is in the early content script). Throws when the bundled head is stale.
 */
export function filterAssets(): Array<{ relativeDest: string; absoluteSrc: string }> {
  checkHead();
  const dir = compiledSnapshot();
  const assets = [FILTERS_GENERIC_ASSET, ...Array.from({ length: SITE_SHARDS }, (_, n) => filtersShardAsset(n))];
  return [
    ...assets.map((asset) => ({ relativeDest: asset, absoluteSrc: path.join(dir, asset) })),
    { relativeDest: FILTERS_LICENCE_ASSET, absoluteSrc: LICENCE_FILE },
  ];
}

// `npx tsx utils/cli/filters-compile.ts`: writes the committed head after a compiler change.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(writeHead() ? `wrote ${path.relative(process.cwd(), HEAD_FILE)}` : `${path.relative(process.cwd(), HEAD_FILE)} is up to date`);
}
