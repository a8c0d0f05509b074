/**
 * launchFirefoxWithExtension: Debian's Firefox ESR through puppeteer-core (WebDriver BiDi), headless,
 * with the built MV2 extension (.output/firefox-mv2) installed as a temporary add-on, and no way off
 * 127.0.0.1.
 */
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { DEAD_PROXY } from './network';
import { FIREFOX_BUILD, requireBinary, requireBuild } from './paths';

/** Debian's Firefox ESR; FIREFOX_BIN overrides it. */
export const FIREFOX_BIN = process.env.FIREFOX_BIN ?? '/usr/bin/firefox-esr';

/** Every off-host request goes to a proxy that is not there; Firefox never proxies loopback. */
const OFFLINE_PREFS = {
  'network.proxy.type': 1,
  'network.proxy.http': DEAD_PROXY.host,
  'network.proxy.http_port': DEAD_PROXY.port,
  'network.proxy.ssl': DEAD_PROXY.host,
  'network.proxy.ssl_port': DEAD_PROXY.port,
  'network.proxy.allow_hijacking_localhost': false,
  'network.dns.disableIPv6': true,
  'extensions.update.enabled': false,
  'app.update.enabled': false,
  'browser.safebrowsing.downloads.remote.enabled': false,
} as const;

/** A running Firefox with the extension installed. */
export interface FirefoxWithExtension {
  browser: Browser;
  /** The add-on id Firefox reports for the temporary install. */
  addonId: string;
  /** Closes the browser (puppeteer deletes its temporary profile). */
  close: () => Promise<void>;
}

/** Starts Firefox ESR with the built extension. Throws a one-line error if Firefox or the build is missing. */
export async function launchFirefoxWithExtension(extensionDir = FIREFOX_BUILD): Promise<FirefoxWithExtension> {
  requireBinary(FIREFOX_BIN, 'Firefox ESR', 'firefox-esr');
  const dir = path.resolve(requireBuild(extensionDir, 'npm run build:firefox'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BIN,
    headless: true,
    extraPrefsFirefox: OFFLINE_PREFS,
  });
  const close = () => browser.close().catch(() => undefined);
  try {
    const addonId = await browser.installExtension(dir);
    return { browser, addonId, close };
  } catch (error) {
    await close();
    throw error;
  }
}
