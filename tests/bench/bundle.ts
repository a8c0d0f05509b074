/**
 * The built extension's script sizes, as a page pays for them: each content script the manifest
 * injects (minified by `wxt build`) and its gzip size, the files pages may fetch from the extension
 * (the sidebar's CSS, the compiled filter list), plus the background script.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { CHROME_BUILD, REPO_ROOT, requireBuild } from '../support/paths';

/** The content-script budget of issue 6: what every page loads, minified. */
export const CONTENT_SCRIPT_BUDGET_BYTES = 150 * 1024;

/** One built file's size. */
export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
  /** Lines in the file (a minified file has few, long ones). */
  lines: number;
}

/** The sizes that matter for page load. */
export interface BundleSizes {
  /** The built extension measured, relative to the repo. */
  dir: string;
  /** Every JS file in the manifest's content_scripts, in order. */
  contentScripts: FileSize[];
  /** Their sum: what each matching page loads and compiles. */
  contentTotal: FileSize;
  /** The stylesheet the content script loads for the sidebar. */
  css: FileSize[];
  /** Other files pages may load from the extension (web_accessible_resources), e.g. the compiled filter list. */
  data: FileSize[];
  background: FileSize | null;
}

function sizeOf(dir: string, file: string): FileSize {
  const data = readFileSync(path.join(dir, file));
  const lines = data.toString('utf8').split('\n').length;
  return { file, bytes: data.length, gzipBytes: gzipSync(data, { level: 9 }).length, lines };
}

/** Reads the sizes from a built extension (default .output/chrome-mv3). */
export function measureBundle(dir = CHROME_BUILD): BundleSizes {
  requireBuild(dir, 'npm run build');
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js?: string[]; css?: string[] }>;
    background?: { service_worker?: string; scripts?: string[] };
    web_accessible_resources?: Array<{ resources?: string[] }>;
  };
  const scripts = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  const contentScripts = scripts.map((file) => sizeOf(dir, file));
  const exposed = [...new Set((manifest.web_accessible_resources ?? []).flatMap((r) => r.resources ?? []))]
    .filter((f) => !f.includes('*') && !scripts.includes(f));
  const cssFiles = [...new Set([...(manifest.content_scripts ?? []).flatMap((c) => c.css ?? []), ...exposed.filter((f) => f.endsWith('.css'))])];
  const background = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  return {
    dir: path.relative(REPO_ROOT, dir) || '.',
    contentScripts,
    contentTotal: {
      file: 'all content scripts',
      bytes: contentScripts.reduce((n, f) => n + f.bytes, 0),
      gzipBytes: contentScripts.reduce((n, f) => n + f.gzipBytes, 0),
      lines: contentScripts.reduce((n, f) => n + f.lines, 0),
    },
    css: cssFiles.map((file) => sizeOf(dir, file)),
    data: exposed.filter((f) => !f.endsWith('.css')).map((file) => sizeOf(dir, file)),
    background: background ? sizeOf(dir, background) : null,
  };
}
