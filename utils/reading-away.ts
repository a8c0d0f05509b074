/**
 * Where the background reads a page's markup (the content script's read stage). Readability needs a
 * DOM: Firefox's background page has DOMParser, so it reads there; Chromium's service worker has none,
 * so it passes the markup to the offscreen document (entrypoints/offscreen), an extension page made
 * for exactly this (reason DOM_PARSER), created on the first read and kept for the next pages. The
 * markup is parsed into an inert document in either place: no script runs and nothing loads.
 */
import { browser } from 'wxt/browser';
import { readArticleMarkup } from './dom/article-reading';
import { errorReply, READ_IN_OFFSCREEN, type ReadArticleMessage, type ReadReply } from './messages';

/** The offscreen document's page (WXT builds entrypoints/offscreen/index.html there, for Chromium only). */
const OFFSCREEN_PAGE = '/offscreen.html' as const;

/** Reads the markup in this document; a failure is a one-line reason, never a throw. */
export function readHere(message: ReadArticleMessage): ReadReply {
  try {
    return { reading: readArticleMarkup(message.html, message.url) };
  } catch (error) {
    return errorReply(error);
  }
}

let offscreenReady: Promise<void> | null = null;

/** Creates the offscreen document once (a service worker that restarted finds it already there). */
function ensureOffscreen(): Promise<void> {
  offscreenReady ??= (async () => {
    const offscreen = browser.offscreen;
    if (await offscreen.hasDocument()) return;
    await offscreen.createDocument({
      url: browser.runtime.getURL(OFFSCREEN_PAGE),
      reasons: ['DOM_PARSER'],
      justification: 'Reads the article of the page being viewed (Readability) off the page\'s main thread.',
    });
  })().catch((error: unknown) => {
    offscreenReady = null; // the next page tries again
    throw error;
  });
  return offscreenReady;
}

/** Reads the markup where there is a DOM parser: here (Firefox), or in the offscreen document (Chromium). */
export async function readAway(message: ReadArticleMessage): Promise<ReadReply> {
  if (typeof DOMParser === 'function') return readHere(message);
  try {
    await ensureOffscreen();
    const forward: ReadArticleMessage = { ...message, type: READ_IN_OFFSCREEN };
    const reply: unknown = await browser.runtime.sendMessage(forward);
    return (reply ?? { error: 'the offscreen document did not answer' }) as ReadReply;
  } catch (error) {
    return errorReply(error);
  }
}
