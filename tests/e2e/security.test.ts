/**
 * No remote code, no eval, a strict CSP, and only the permissions the README explains: checked on the
 * built extensions (`npm test` builds both first; a missing build fails, never skips). The manifests
 * carry the CSP and exactly these permissions; the bundles hold no eval, no string-compiled code, no
 * script loaded from anywhere, and every web address in them is one this file names and justifies.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, REPO_ROOT, requireBuild } from '../support/paths';

const BUILDS = [
  { name: 'chrome-mv3', dir: CHROME_BUILD, command: 'npm run build' },
  { name: 'firefox-mv2', dir: FIREFOX_BUILD, command: 'npm run build:firefox' },
] as const;

/** The extension pages' policy (wxt.config.ts): only the extension's own scripts; no eval, no wasm, no remote hosts. */
const CSP = "script-src 'self'; object-src 'self'";
/**
 * Every permission, each explained in the README's "Privacy and permissions": adding one means explaining
 * it there and here. Chromium also has `offscreen` (its service worker has no DOM for Readability;
 * Firefox's background page does).
 */
const PERMISSIONS: Record<string, string[]> = {
  'chrome-mv3': ['storage', 'activeTab', 'alarms', 'offscreen'],
  'firefox-mv2': ['storage', 'activeTab', 'alarms'],
};
/**
 * The files pages may fetch from the extension: the compiled EasyList's parts (the early script reads a
 * site shard `filters/site-<n>.json` and the class/id table `filters/generic.txt`) and the sidebar's CSS
 * (WXT's shadow root). Sorted.
 */
const WEB_ACCESSIBLE = ['content-scripts/content.css', 'filters/*.json', 'filters/*.txt'];

/**
 * Every web address a bundle may contain, and why it is harmless. None is fetched, imported or run but
 * the first, which only the background fetches, only when the reader opted in (utils/filters-refresh.ts).
 */
const ALLOWED_URLS: Record<string, string> = {
  'https://easylist.to/easylist/easylist.txt': 'the opt-in weekly EasyList refresh (text, compiled to data, never run)',
  'http://*/*': 'content script match pattern (WXT keeps it in the script)',
  'https://*/*': 'content script match pattern',
  'http://www.w3.org/2000/svg': 'XML namespace (Preact creates SVG elements)',
  'http://www.w3.org/1998/Math/MathML': 'XML namespace (Preact)',
  'http://www.w3.org/1999/xhtml': 'XML namespace (Preact)',
  'https://wxt.dev/guide/go-further/testing.html': 'text of an error message in @wxt-dev/storage',
  'https://github.com/wxt-dev/wxt/issues/371': 'text of an error message in @wxt-dev/storage',
  'https://developer.mozilla.org/en-US/docs/Web/API/Element/attachShadow#elements_you_can_attach_a_shadow_to': 'text of an error message in WXT\'s shadow-root UI',
  'https://raw.githubusercontent.com/ghostery/adblocker/master/packages/adblocker/assets': '@ghostery/adblocker\'s resource list, bundled with its parser in the background; its fetch helpers are never called',
  'https://raw.githubusercontent.com/mathiasbynens/small/master/svg.svg': 'the same library\'s redirect-resource table (data, never fetched)',
  'http://': 'a prefix the filter parser compares links with',
  'https://': 'a prefix the filter parser compares links with',
};

/** The compiled head of EasyList that the build bundles into early-hide.js (utils/cli/filters-compile.ts). */
const EASYLIST_HEAD = readFileSync(path.join(REPO_ROOT, 'utils/filters/easylist-head.json'), 'utf8');

/** Code that compiles or loads code, or loads a script from the web: none may appear in a bundle. */
const FORBIDDEN: Array<[string, RegExp]> = [
  ['eval(', /(?<![\w$.])eval\s*\(/],
  ['new Function(', /\bnew\s+Function\s*\(/],
  ['Function("…")', /(?<![\w$.])Function\s*\(\s*[`'"]/],
  ['setTimeout/setInterval with a string', /\bset(?:Timeout|Interval)\s*\(\s*[`'"]/],
  ['importScripts(', /\bimportScripts\s*\(/],
  ['import() of a URL', /\bimport\s*\(\s*[`'"](?:https?:)?\/\//],
  ['a <script> element', /createElement\s*\(\s*[`'"]script/i],
  ['script src set to a URL', /\.src\s*=\s*[`'"](?:https?:)?\/\//],
  ['fetch of a literal web address', /\bfetch\s*\(\s*[`'"](?:https?:)?\/\//],
  ['document.write', /\bdocument\.write(?:ln)?\s*\(/],
  ['scripting.executeScript / tabs.executeScript', /\.executeScript\s*\(/],
  ['a remote <script src>', /<script[^>]+src\s*=\s*["']?(?:https?:)?\/\//i],
];

/** Every file under `dir`, relative. */
function files(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full, base) : [path.relative(base, full)];
  });
}

/** The web addresses written in a text: scheme, then up to the first quote, space, bracket or separator. */
function urlsIn(text: string): string[] {
  return [...new Set(text.match(/https?:\/\/[^\s"'`)\]}[,;\\]*/g) ?? [])];
}

describe.each(BUILDS)('the $name build', ({ dir, command, name }) => {
  const root = requireBuild(dir, command);
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const code = files(root).filter((f) => /\.(js|html)$/.test(f));

  it('has the strict CSP, in the form its manifest version takes', () => {
    const csp = manifest.content_security_policy;
    expect(csp).toEqual(name === 'chrome-mv3' ? { extension_pages: CSP } : CSP);
  });

  it('asks for exactly storage, activeTab, alarms (and offscreen in Chromium), and no host or optional permissions', () => {
    expect(manifest.permissions).toEqual(PERMISSIONS[name]);
    for (const key of ['host_permissions', 'optional_permissions', 'optional_host_permissions', 'externally_connectable', 'sandbox']) {
      expect(manifest[key], key).toBeUndefined();
    }
  });

  it('runs only its own files: content scripts, background and web-accessible resources all inside the package', () => {
    const scripts = [
      ...((manifest.content_scripts as Array<{ js?: string[]; css?: string[] }>) ?? []).flatMap((c) => [...(c.js ?? []), ...(c.css ?? [])]),
      ...(((manifest.background as { scripts?: string[] }).scripts) ?? []),
      ...[(manifest.background as { service_worker?: string }).service_worker ?? []].flat(),
    ];
    expect(scripts.length).toBeGreaterThan(2);
    for (const file of scripts) expect(readFileSync(path.join(root, file)).length, file).toBeGreaterThan(0);
    const accessible = (manifest.web_accessible_resources as Array<string | { resources: string[] }>)
      .flatMap((r) => (typeof r === 'string' ? [r] : r.resources));
    expect(accessible.sort()).toEqual(WEB_ACCESSIBLE);
  });

  it('has no eval, no code compiled from strings and no script loaded from the web in any bundle', () => {
    expect(code.filter((f) => f.endsWith('.js')).length).toBeGreaterThanOrEqual(5);
    const found: string[] = [];
    for (const file of code) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const [what, pattern] of FORBIDDEN) if (pattern.test(text)) found.push(`${file}: ${what}: …${text.slice(Math.max(0, text.search(pattern) - 40)).slice(0, 100)}…`);
    }
    expect(found).toEqual([]);
  });

  it('names no web address but the justified ones, and the EasyList address only in the background', () => {
    const unexplained: string[] = [];
    for (const file of code) {
      const text = readFileSync(path.join(root, file), 'utf8');
      for (const url of urlsIn(text)) {
        // EasyList's rules bundled into the early script match links by address (a[href^="https://…"]):
        // selector text from the committed head of the list, compared with links, never fetched.
        const easyListSelector = file.endsWith('early-hide.js') && EASYLIST_HEAD.includes(url);
        if (!(url in ALLOWED_URLS) && !easyListSelector) unexplained.push(`${file}: ${url}`);
        if (url.includes('easylist.to') || url.includes('raw.githubusercontent.com')) expect(file, url).toBe('background.js');
      }
    }
    expect(unexplained).toEqual([]);
    expect(readFileSync(path.join(root, 'background.js'), 'utf8')).toContain('https://easylist.to/easylist/easylist.txt');
  });
});

describe('the bundle checks themselves', () => {
  it.each([
    ['eval("1")', true], ['x.eval(1)', false], ['new Function("a", "b")', true], ['setTimeout("run()", 1)', true], ['setTimeout(run, 1)', false],
    ['importScripts("a.js")', true], ['s.src="https://cdn.example/x.js"', true], ['fetch("https://evil.example/x")', true], ['fetch(url)', false],
    ['document.createElement("script")', true], ['chrome.scripting.executeScript({})', true], ['executeScript:{minArgs:1}', false], ['retrieval(3)', false],
  ])('%s is %s', (snippet, forbidden) => {
    expect(FORBIDDEN.some(([, pattern]) => pattern.test(snippet))).toBe(forbidden);
  });
});
