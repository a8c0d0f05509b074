/**
 * Where the e2e tests and `npm start` find things: the repo, the built extensions, the fixtures and the
 * shared data (seed and corpus) that sits beside the repo (`../shared`), in CI as on a developer's machine.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** `wxt build` output for Chromium (MV3). */
export const CHROME_BUILD = path.join(REPO_ROOT, '.output/chrome-mv3');
/** `wxt build -b firefox` output (MV2). */
export const FIREFOX_BUILD = path.join(REPO_ROOT, '.output/firefox-mv2');
/** The committed test pages (seed article, non-article home page). */
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests/fixtures');
/** The shared data folder beside the repo: seed/, corpus/, eval/. */
export const SHARED_DIR = path.resolve(REPO_ROOT, '../shared');
/** Real saved news pages with gold sources, one folder per page. */
export const CORPUS_DIR = path.join(SHARED_DIR, 'corpus');
/** The seed article's gold files (expected.txt, sources.json). */
export const SEED_DIR = path.join(SHARED_DIR, 'seed');

/** Throws a one-line error naming the command to run when a built extension is missing. */
export function requireBuild(dir: string, command: string): string {
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${path.relative(REPO_ROOT, dir)}: run \`${command}\` first.`);
  }
  return dir;
}

/** Throws a one-line error when a browser binary is missing: in CI that is a failure, never a skip. */
export function requireBinary(file: string, name: string, aptPackage: string): string {
  if (!existsSync(file)) {
    throw new Error(`${name} not found at ${file}: install it (apt-get install ${aptPackage}).`);
  }
  return file;
}
