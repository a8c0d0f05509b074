/**
 * `npm start`: try Sourcelight on the sample article in one command.
 *
 * 1. Builds the extension (`wxt build` → .output/chrome-mv3).
 * 2. Serves tests/fixtures/ on 127.0.0.1 (a local copy of a news article; nothing leaves the machine).
 * 3. Opens Chromium with the extension on the sample article.
 *    - With a display (DISPLAY or WAYLAND_DISPLAY set): a window that stays open until you close it.
 *    - Without one: headless; waits for the extension to finish, prints the sources its sidebar lists,
 *      saves a screenshot to .output/sourcelight-start.png and exits 0.
 *
 * Errors are one line on stderr and a non-zero exit (Chromium missing, build failed, extension stuck).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM_BIN, launchChromiumWithExtension, type ChromiumWithExtension } from '../../tests/support/chromium';
import { openAndWait } from '../../tests/support/page';
import { FIXTURES_DIR, REPO_ROOT, requireBinary } from '../../tests/support/paths';
import { serveDir, type StaticServer } from '../../tests/support/server';

/** The sample article, relative to the fixtures folder. */
const SAMPLE = 'seed.html';
/** Where the headless run leaves its screenshot. */
const SCREENSHOT = path.join(REPO_ROOT, '.output/sourcelight-start.png');

/** One row of the sources table, as the sidebar shows it. */
interface ShownSource {
  name: string;
  kind: string;
  /** Quotes listed under the source. */
  quotes: number;
  /** The credentials line of the entry, as shown (empty when the sidebar shows none). */
  credentials: string;
}

/** Runs `wxt build`, quiet unless it fails. */
function buildExtension(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(REPO_ROOT, 'node_modules/.bin/wxt'), ['build'], { cwd: REPO_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    child.stdout.on('data', (chunk) => (log += chunk));
    child.stderr.on('data', (chunk) => (log += chunk));
    child.on('error', (error) => reject(new Error(`cannot run wxt: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) return resolve();
      process.stderr.write(log);
      reject(new Error(`wxt build failed (exit ${code})`));
    });
  });
}

/**
 * The sidebar's source entries: name and kind from the contract attributes (data-source-name,
 * data-source-kind), quotes from [data-quote-id], credentials from the entry's credentials line
 * (`.sl-credentials`, the placeholder `.sl-muted` left out: the contract has no attribute for them).
 */
function readShownSources(page: Page): Promise<ShownSource[]> {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-sidebar')?.shadowRoot;
    return Array.from(root?.querySelectorAll('[data-source-name]') ?? [], (el) => ({
      name: el.getAttribute('data-source-name') ?? '',
      kind: el.getAttribute('data-source-kind') ?? '?',
      quotes: el.querySelectorAll('[data-quote-id]').length,
      credentials: (el.querySelector('.sl-credentials:not(.sl-muted)')?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    }));
  });
}

/** The plain-text table printed after a headless run. */
function formatSources(sources: ShownSource[]): string {
  if (!sources.length) return 'The sidebar lists no sources.';
  const width = Math.min(28, Math.max(...sources.map((s) => s.name.length)));
  return sources
    .map((s) => {
      const name = s.name.length > width ? `${s.name.slice(0, width - 1)}…` : s.name.padEnd(width);
      const credentials = s.credentials.length > 80 ? `${s.credentials.slice(0, 79)}…` : s.credentials;
      const quotes = `${String(s.quotes).padStart(2)} ${s.quotes === 1 ? 'quote ' : 'quotes'}`;
      return `  ${name}  ${s.kind.padEnd(12)}  ${quotes}  ${credentials || '—'}`;
    })
    .join('\n');
}

/** Headless: wait for the extension, print what it shows, save a screenshot. */
async function runHeadless(chromium: ChromiumWithExtension, url: string): Promise<void> {
  const { page, state } = await openAndWait(chromium.context, url);
  const sources = await readShownSources(page);
  await page.screenshot({ path: SCREENSHOT });
  console.log(`No display found, so Chromium ran headless on the sample article (${url}).`);
  console.log(`Sourcelight finished: ${state.status}; ${state.sources ?? 0} sources, ${state.quotes ?? 0} quotes, `
    + `${state.hidden ?? 0} ad blocks hidden.\n`);
  console.log(formatSources(sources));
  console.log(`\nScreenshot of the page with the sidebar: ${path.relative(process.cwd(), SCREENSHOT)}`);
}

/** Headed: open the sample and wait until the reader closes the browser. */
async function runHeaded(chromium: ChromiumWithExtension, url: string): Promise<void> {
  const closed = new Promise<void>((resolve) => chromium.context.once('close', () => resolve()));
  const page = chromium.context.pages()[0] ?? (await chromium.context.newPage());
  await page.goto(url);
  console.log(`Chromium is open on the sample article (${url}) with Sourcelight loaded.`);
  console.log('Close the browser window (or press Ctrl+C) to stop.');
  process.once('SIGINT', () => void chromium.close());
  await closed;
}

async function main(): Promise<void> {
  requireBinary(CHROMIUM_BIN, 'Chromium', 'chromium');
  console.log('Building the extension (wxt build)…');
  await buildExtension();
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  let server: StaticServer | undefined;
  let chromium: ChromiumWithExtension | undefined;
  try {
    server = await serveDir(FIXTURES_DIR);
    chromium = await launchChromiumWithExtension({ headed });
    const url = `${server.url}/${SAMPLE}`;
    await (headed ? runHeaded(chromium, url) : runHeadless(chromium, url));
  } finally {
    await chromium?.close();
    await server?.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`start: ${String((error as Error)?.message ?? error).split('\n')[0]}\n`);
  process.exitCode = 1;
});
