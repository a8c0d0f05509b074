/**
 * `npm run screenshots`: regenerates tests/screenshots/light.png and tests/screenshots/dark.png, the
 * reading view on the seed article (tests/fixtures/seed.html, served from 127.0.0.1) in Chromium with
 * the built extension: the sidebar beside the reflowed page, the most-quoted source selected, its quote
 * focused with the hover card, and the bucket bar. The same page is shot with the system in light mode
 * and in dark mode (the sidebar follows the system by default; the article keeps its own colours).
 * The npm script builds first. Errors are one line on stderr and exit 1.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromiumWithExtension } from '../support/chromium';
import { openAndWait } from '../support/page';
import { FIXTURES_DIR, REPO_ROOT } from '../support/paths';
import { serveDir } from '../support/server';

/** Where the pictures go (committed; the README shows them). */
const OUT_DIR = path.join(REPO_ROOT, 'tests/screenshots');
/** The window: a laptop screen, wide enough for the side-by-side layout. */
const VIEWPORT = { width: 1280, height: 800 };
/** Longer than a flash (utils/dom/highlight.ts FLASH_MS), so the picture shows the steady focus. */
const SETTLE_MS = 2000;

/** Selects the source with the most statements found in the page (its name button shows its first quote). */
async function selectMostQuoted(page: Page): Promise<string> {
  const id = await page.evaluate(() => {
    const root = document.querySelector('sourcelight-sidebar')?.shadowRoot;
    const cards = Array.from(root?.querySelectorAll('[data-source-id]') ?? []);
    cards.sort((a, b) => b.querySelectorAll('.sl-quote-button').length - a.querySelectorAll('.sl-quote-button').length);
    return cards[0]?.getAttribute('data-source-id') ?? '';
  });
  if (!id) throw new Error('the sidebar lists no source with a quote in the page');
  await page.locator(`sourcelight-sidebar [data-source-id="${id}"] .sl-source-button`).click();
  await page.waitForTimeout(SETTLE_MS);
  return id;
}

/** Shoots the page with the system in `scheme`. */
async function shoot(page: Page, scheme: 'light' | 'dark'): Promise<string> {
  await page.emulateMedia({ colorScheme: scheme });
  await page.waitForTimeout(200);
  const file = path.join(OUT_DIR, `${scheme}.png`);
  await writeFile(file, await page.screenshot());
  return file;
}

async function main(): Promise<void> {
  const server = await serveDir(FIXTURES_DIR);
  const chromium = await launchChromiumWithExtension({ viewport: VIEWPORT });
  try {
    const { page, state } = await openAndWait(chromium.context, `${server.url}/seed.html`);
    if (state.status !== 'ready') throw new Error(`the seed article ended "${state.status}", not "ready"`);
    await selectMostQuoted(page);
    for (const scheme of ['light', 'dark'] as const) {
      process.stdout.write(`${path.relative(REPO_ROOT, await shoot(page, scheme))}\n`);
    }
  } finally {
    await chromium.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`screenshots: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
