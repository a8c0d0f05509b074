/**
 * `npm run filters:update -- [<path-or-URL>]`: replaces the committed EasyList snapshot
 * (utils/filters/easylist.txt) and its provenance (utils/filters/easylist.json).
 *
 * Where the list comes from, in order of the argument:
 *   (none)            Debian's `webext-ublock-origin-firefox` package, which ships an EasyList snapshot
 *                     (`apt-get download` + `dpkg -x` in a temporary folder; `apt-get update` first if needed);
 *   a package name    the same with that package (`webext-ublock-origin-chromium`);
 *   a .deb file       extracted with `dpkg -x`;
 *   a folder          the first `easylist.txt` found under it (an unpacked uBlock Origin, say);
 *   a .txt file       used as it is;
 *   an https:// URL   downloaded (https://easylist.to/easylist/easylist.txt is the official address).
 *
 * The list is kept whole, header and licence line included (EasyList is GPLv3 / CC BY-SA 3.0, see
 * utils/filters/LICENSE.md). Writes the compiled head the early content script bundles
 * (utils/filters/easylist-head.json); `wxt build` compiles the rest (utils/cli/filters-compile.ts).
 * Commit the three files.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { FILTERS_DIR, HEAD_FILE, SNAPSHOT_FILE, SOURCE_FILE, writeHead } from './filters-compile';
import { checkEasyList } from '../dom/filters-list';

/** The Debian package read when no argument is given. */
const DEFAULT_PACKAGE = 'webext-ublock-origin-firefox';

/** What the snapshot was made from. */
interface Provenance {
  source: string;
  list: string;
}

/** The first file called `name` under `dir` (depth-first). */
function findFile(dir: string, name: string): string | null {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isFile() && entry.name === name) return full;
    if (entry.isDirectory()) {
      const found = findFile(full, name);
      if (found) return found;
    }
  }
  return null;
}

/** Extracts a .deb into a temporary folder and returns its easylist.txt, read. */
function fromDeb(deb: string, source: string): Provenance {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcelight-easylist-'));
  try {
    execFileSync('dpkg', ['-x', deb, dir]);
    const file = findFile(dir, 'easylist.txt');
    if (!file) throw new Error(`no easylist.txt in ${deb}`);
    return { source, list: readFileSync(file, 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Downloads a Debian package with apt (running `apt-get update` once if apt does not know it yet). */
function fromPackage(name: string): Provenance {
  const dir = mkdtempSync(path.join(tmpdir(), 'sourcelight-deb-'));
  try {
    const download = () => execFileSync('apt-get', ['download', name], { cwd: dir, stdio: 'pipe' });
    try {
      download();
    } catch {
      execFileSync('apt-get', ['update'], { stdio: 'pipe' });
      download();
    }
    const deb = readdirSync(dir).find((f) => f.endsWith('.deb'));
    if (!deb) throw new Error(`apt-get download ${name} left no .deb`);
    const version = execFileSync('dpkg-deb', ['-f', path.join(dir, deb), 'Version'], { encoding: 'utf8' }).trim();
    return fromDeb(path.join(dir, deb), `Debian package ${name} ${version}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Reads the list from what the argument names (see the header). */
async function readList(arg: string | undefined): Promise<Provenance> {
  if (!arg) return fromPackage(DEFAULT_PACKAGE);
  if (/^https?:\/\//i.test(arg)) {
    const response = await fetch(arg);
    if (!response.ok) throw new Error(`${arg}: HTTP ${response.status}`);
    return { source: arg, list: await response.text() };
  }
  if (!existsSync(arg)) return fromPackage(arg);
  if (statSync(arg).isDirectory()) {
    const file = findFile(arg, 'easylist.txt');
    if (!file) throw new Error(`no easylist.txt under ${arg}`);
    return { source: path.resolve(file), list: readFileSync(file, 'utf8') };
  }
  if (arg.endsWith('.deb')) return fromDeb(arg, path.basename(arg));
  return { source: path.resolve(arg), list: readFileSync(arg, 'utf8') };
}

async function main(argv: string[]): Promise<void> {
  const { source, list } = await readList(argv.find((a) => !a.startsWith('-')));
  const summary = checkEasyList(list, source);
  writeFileSync(SNAPSHOT_FILE, list.endsWith('\n') ? list : `${list}\n`);
  const sha256 = createHash('sha256').update(readFileSync(SNAPSHOT_FILE)).digest('hex');
  const provenance = { source, extracted: new Date().toISOString().slice(0, 10), sha256, ...summary };
  writeFileSync(SOURCE_FILE, `${JSON.stringify(provenance, null, 2)}\n`);
  writeHead();
  console.log(`EasyList from ${source}: ${summary.lines} lines, ${summary.hidingRules} element-hiding rules, `
    + `${summary.exceptions} exceptions → ${path.relative(process.cwd(), FILTERS_DIR)}/ (and ${path.basename(HEAD_FILE)})`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`filters:update: ${(error as Error)?.message ?? error}\n`);
  process.exitCode = 1;
});
