/**
 * The offscreen document (Chromium): the background's DOM. It answers one message, the page markup the
 * background passes on, by reading the article there (utils/reading-away.ts); nothing else runs here.
 */
import { browser } from 'wxt/browser';
import { isReadArticle, READ_IN_OFFSCREEN } from '../../utils/messages';
import { readHere } from '../../utils/reading-away';

browser.runtime.onMessage.addListener((message: unknown) => {
  if (!isReadArticle(message, READ_IN_OFFSCREEN)) return undefined;
  return Promise.resolve(readHere(message));
});
