/**
 * Driving the sidebar like a reader: click a quote, watch the page scroll to it.
 */
import type { ElementHandle, Page } from 'playwright-core';

/** What happened when a sidebar quote was clicked. */
export interface ClickToScroll {
  /** The clicked entry's text ('' when the sidebar offered no quote to click). */
  clicked: string;
  /** window.scrollY before the click (the top of the page). */
  before: number;
  /** window.scrollY once it settled after the click (5 s at most). */
  after: number;
  /** Whether the clicked quote's words are then on screen in the article (null: not found in the page). */
  inView: boolean | null;
}

/**
 * The last clickable quote in the sidebar (furthest down the article, so reaching it must scroll): the
 * button or link inside a [data-quote-id] entry (quotes not found in the page have none), or a
 * [data-quote-id] that is itself clickable, or else a button or link of quote length in a source entry.
 */
async function lastQuoteEntry(page: Page): Promise<ElementHandle<Element> | null> {
  const handle = await page.evaluateHandle(() => {
    const root = document.querySelector('sourcelight-sidebar')?.shadowRoot;
    if (!root) return null;
    const clickable = ':is(button, a[href], [role="button"])';
    const groups = [
      Array.from(root.querySelectorAll(`[data-quote-id] ${clickable}, ${clickable}[data-quote-id]`)),
      Array.from(root.querySelectorAll(`[data-source-name] ${clickable}`))
        .filter((el) => (el.textContent ?? '').trim().length >= 20),
    ];
    const candidates = groups.find((group) => group.length) ?? [];
    return candidates[candidates.length - 1] ?? null;
  });
  return handle.asElement() as ElementHandle<Element> | null;
}

/** Scrolls to the top, clicks the sidebar's last quote and reports how far the page moved. */
export async function clickToScroll(page: Page): Promise<ClickToScroll> {
  await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
  const before = await page.evaluate(() => window.scrollY);
  const entry = await lastQuoteEntry(page);
  if (!entry) return { clicked: '', before, after: before, inView: null };
  const text = ((await entry.textContent()) ?? '').replace(/\s+/g, ' ').trim();
  const clicked = text.slice(0, 80);
  await entry.click();
  let after = before;
  try {
    await page.waitForFunction((start) => window.scrollY !== start, before, { timeout: 5_000, polling: 50 });
    // let a smooth scroll come to rest
    let last = -1;
    while (after !== last) {
      last = after;
      await page.waitForTimeout(150);
      after = await page.evaluate(() => window.scrollY);
    }
  } catch {
    after = await page.evaluate(() => window.scrollY);
  }
  return { clicked, before, after, inView: await snippetInView(page, text) };
}

/**
 * Whether the middle of `text` (30 characters, clear of any label or quotation marks at its ends)
 * occurs in the page's article and is inside the viewport. Null when the page does not contain it.
 */
async function snippetInView(page: Page, text: string): Promise<boolean | null> {
  const start = Math.max(0, Math.floor(text.length / 2) - 15);
  const snippet = text.slice(start, start + 30);
  // Spaces in the snippet match any whitespace run in the page's text nodes.
  const pattern = snippet.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return page.evaluate((source) => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let joined = '';
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('sourcelight-sidebar, script, style')) continue;
      nodes.push(node as Text);
      joined += (node as Text).data;
    }
    const at = new RegExp(source).exec(joined)?.index ?? -1;
    if (at < 0) return null;
    // Map the offset back to a text node and measure it.
    let offset = at;
    for (const node of nodes) {
      if (offset < node.data.length) {
        const range = document.createRange();
        range.setStart(node, offset);
        range.setEnd(node, Math.min(node.data.length, offset + 1));
        const rect = range.getBoundingClientRect();
        return rect.bottom > 0 && rect.top < window.innerHeight;
      }
      offset -= node.data.length;
    }
    return null;
  }, pattern);
}
