/**
 * The browser half of `npm run bench`: real Chromium, two browsers side by side.
 * - WITH the built extension (a snapshot of .output/chrome-mv3, so a rebuild during the run cannot
 *   change it): each load waits for `<html data-sourcelight>` and reads the stage measures, long tasks,
 *   hide times and the heap.
 * - WITHOUT it (a second Chromium with the same flags and no extension at all, so none of our code is
 *   in its pages): each load waits for `load`, then times Readability alone in the main world.
 * Every page is loaded once in each browser per run, one after the other, so both see the same load
 * from the rest of the machine; pages are served from 127.0.0.1 and nothing else is reachable.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_BIN, launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium';
import { DEAD_PROXY, isLocalUrl } from '../support/network';
import { waitForPipeline, type PipelineState } from '../support/page';
import { CHROME_BUILD, requireBuild } from '../support/paths';
import type { CpuProfile } from './profile';
import { INIT_SCRIPT, readabilitySource, readProbe, timeReadability, type PageProbe, type ReadabilityTiming } from './probes';

/** Same viewport in both browsers (the e2e tests' size). */
const VIEWPORT = { width: 1280, height: 900 };
/** Chromium flags for the browser without the extension: the launcher's, minus the extension. */
const PLAIN_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', `--proxy-server=http://${DEAD_PROXY.host}:${DEAD_PROXY.port}`];
/** Long-task entries reach observers a little after the task: wait this long before reading them. */
const SETTLE_MS = 300;

/** One load with the extension. */
export interface ExtensionLoad {
  state: PipelineState;
  probe: PageProbe;
  /** V8 heap in use after a forced GC, bytes (the renderer's whole isolate: page and extension). */
  heapBytes: number;
}

/** One load without the extension. */
export interface PlainLoad {
  readability: ReadabilityTiming;
  /** As `ExtensionLoad.heapBytes`, before Readability is injected. */
  heapBytes: number;
}

/** The two browsers. */
export interface BenchBrowsers {
  loadWithExtension(url: string): Promise<ExtensionLoad>;
  loadPlain(url: string): Promise<PlainLoad>;
  /** One load with the extension under V8's CPU profiler (the renderer: page and content script). */
  profileWithExtension(url: string): Promise<CpuProfile>;
  version: string;
  close(): Promise<void>;
}

/** Starts both browsers; `extensionDir` (default .output/chrome-mv3) is the build to measure. */
export async function launchBenchBrowsers(extensionDir = CHROME_BUILD): Promise<BenchBrowsers> {
  const snapshot = await mkdtemp(path.join(tmpdir(), 'sourcelight-bench-ext-'));
  await cp(requireBuild(extensionDir, 'npm run build'), snapshot, { recursive: true });
  let withExtension: ChromiumWithExtension | undefined;
  let plain: Browser | undefined;
  try {
    withExtension = await launchChromiumWithExtension({ extensionDir: snapshot, viewport: VIEWPORT });
    await withExtension.context.addInitScript(INIT_SCRIPT);
    plain = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: PLAIN_ARGS });
    const plainContext = await plain.newContext({ viewport: VIEWPORT });
    await plainContext.route((url) => !isLocalUrl(url.href), (route) => route.abort('blockedbyclient'));
    await plainContext.addInitScript(INIT_SCRIPT);
    const source = readabilitySource();
    const ext = withExtension.context;
    const browserPlain = plain;
    return {
      version: plain.version(),
      loadWithExtension: (url) => withPage(ext, (page) => measureExtension(page, url)),
      loadPlain: (url) => withPage(plainContext, (page) => measurePlain(page, url, source)),
      profileWithExtension: (url) => withPage(ext, (page) => profileExtension(page, url)),
      close: async () => {
        await withExtension?.close();
        await browserPlain.close().catch(() => undefined);
        await rm(snapshot, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await withExtension?.close();
    await plain?.close().catch(() => undefined);
    await rm(snapshot, { recursive: true, force: true });
    throw error;
  }
}

/** Runs `work` in a fresh tab, closed afterwards. */
async function withPage<T>(context: BrowserContext, work: (page: Page) => Promise<T>): Promise<T> {
  const page = await context.newPage();
  try {
    return await work(page);
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function measureExtension(page: Page, url: string): Promise<ExtensionLoad> {
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  const state = await waitForPipeline(page);
  await page.waitForTimeout(SETTLE_MS);
  const probe = await readProbe(page);
  return { state, probe, heapBytes: await usedHeap(page) };
}

async function measurePlain(page: Page, url: string, source: string): Promise<PlainLoad> {
  // The content script runs at document_idle, at the latest just after `load`: read the page then.
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(SETTLE_MS);
  const heapBytes = await usedHeap(page);
  return { readability: await timeReadability(page, source), heapBytes };
}

async function profileExtension(page: Page, url: string): Promise<CpuProfile> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await waitForPipeline(page);
    const { profile } = await cdp.send('Profiler.stop');
    return profile as CpuProfile;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/** The page renderer's V8 heap in use after a full GC (CDP HeapProfiler.collectGarbage, Runtime.getHeapUsage). */
async function usedHeap(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return usedSize;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
