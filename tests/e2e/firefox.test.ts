/**
 * The Firefox build: addons-linter (through `web-ext lint`) finds no errors in .output/firefox-mv2, and in
 * Firefox ESR the content script runs on the seed article and finishes its pipeline.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from '../support/firefox';
import { FIREFOX_BUILD, FIXTURES_DIR, REPO_ROOT, requireBuild } from '../support/paths';
import { serveDir, type StaticServer } from '../support/server';

const run = promisify(execFile);

/** The parts of `web-ext lint --output json` the test reads. */
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Array<{ code: string; message: string; file?: string }>;
}

describe('Firefox build', () => {
  it('passes web-ext lint with 0 errors', async () => {
    requireBuild(FIREFOX_BUILD, 'npm run build:firefox');
    const webExt = path.join(REPO_ROOT, 'node_modules/.bin/web-ext');
    const args = ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-input', '--no-config-discovery'];
    // web-ext exits non-zero when it finds errors; the JSON on stdout says which.
    const { stdout } = await run(webExt, args, { env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, maxBuffer: 16 << 20 })
      .catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as LintReport;
    expect(report.errors.map((e) => `${e.code} ${e.file ?? ''}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  });
});

describe('seed article in Firefox ESR', () => {
  let server: StaticServer;
  let firefox: FirefoxWithExtension;

  beforeAll(async () => {
    server = await serveDir(FIXTURES_DIR);
    firefox = await launchFirefoxWithExtension();
  });

  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  it('runs the content script: data-sourcelight="ready", the sidebar mounted, no errors', async () => {
    const page = await firefox.browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String((error as Error).stack ?? error)));
    await page.goto(`${server.url}/seed.html`);
    const status = await page
      .waitForFunction(() => ['ready', 'skipped'].includes(document.documentElement.getAttribute('data-sourcelight') ?? ''),
        { timeout: 30_000, polling: 100 })
      .then(() => page.evaluate(() => document.documentElement.getAttribute('data-sourcelight')))
      .catch(async () => `never finished (${await page.evaluate(() => document.documentElement.getAttribute('data-sourcelight'))})`);
    expect(status).toBe('ready');
    expect(await page.evaluate(() => Boolean(document.querySelector('sourcelight-sidebar')?.shadowRoot))).toBe(true);
    expect(errors).toEqual([]);
  });
});
