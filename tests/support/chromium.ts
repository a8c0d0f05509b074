/**
 * launchChromiumWithExtension: Debian's Chromium, headless by default, with the built MV3 extension
 * (.output/chrome-mv3) loaded into a fresh profile, and no way off 127.0.0.1.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { realpathSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { DEAD_PROXY, isLocalUrl } from './network';
import { CHROME_BUILD, requireBinary, requireBuild } from './paths';

/** Debian's Chromium; CHROMIUM_BIN overrides it. */
export const CHROMIUM_BIN = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';

/** Flags for Chromium as root on a closed network (tested facts in shared/BROWSERS.md). */
const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  `--proxy-server=http://${DEAD_PROXY.host}:${DEAD_PROXY.port}`,
];

/** Options for {@link launchChromiumWithExtension}. */
export interface ChromiumLaunchOptions {
  /** Show a window (needs a display). Default false. */
  headed?: boolean;
  /** Page size. Default 1280×900, the README screenshot's size. */
  viewport?: { width: number; height: number };
  /** The unpacked extension. Default .output/chrome-mv3. */
  extensionDir?: string;
}

/** A running Chromium with the extension loaded. */
export interface ChromiumWithExtension {
  context: BrowserContext;
  /** The extension's id (host of its chrome-extension:// URLs). */
  extensionId: string;
  /** Off-host URLs the pages tried to load (all refused). */
  blockedRequests: string[];
  /** Closes the browser (Playwright deletes the temporary profile). */
  close: () => Promise<void>;
}

/** The id Chromium gives an unpacked extension without a "key": the SHA-256 of its real path, in a–p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return Array.from(hex, (c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

/** Starts Chromium with the built extension. Throws a one-line error if Chromium or the build is missing. */
export async function launchChromiumWithExtension(options: ChromiumLaunchOptions = {}): Promise<ChromiumWithExtension> {
  requireBinary(CHROMIUM_BIN, 'Chromium', 'chromium');
  const extensionDir = path.resolve(requireBuild(options.extensionDir ?? CHROME_BUILD, 'npm run build'));
  const manifest = JSON.parse(await readFile(path.join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  // An empty user-data-dir makes Playwright create a fresh profile and delete it on close.
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM_BIN,
    headless: !options.headed,
    viewport: options.viewport ?? { width: 1280, height: 900 },
    args: [...BASE_ARGS, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
  const blockedRequests: string[] = [];
  await context.route(
    (url) => !isLocalUrl(url.href),
    (route) => {
      blockedRequests.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  const close = () => context.close().catch(() => undefined);
  try {
    const extensionId = manifest.background?.service_worker
      ? await serviceWorkerId(context)
      : unpackedExtensionId(extensionDir);
    return { context, extensionId, blockedRequests, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** The extension id from its background service worker's URL; fails if the worker never starts. */
async function serviceWorkerId(context: BrowserContext): Promise<string> {
  const worker =
    context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://')) ??
    (await context.waitForEvent('serviceworker', {
      predicate: (w) => w.url().startsWith('chrome-extension://'),
      timeout: 20_000,
    }));
  return new URL(worker.url()).host;
}
