/**
 * The early content script: wiring only. At document_start on every http(s) page it loads the
 * compiled EasyList and hides ads before the page first paints (early-hider.ts). Kept apart from the
 * main content script so the page's first paint waits for nothing heavier than the filter engine;
 * the article guard, the count and the sidebar come later from the main script (document_idle).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { EarlyHider } from './early-hider';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_start',
  main(ctx) {
    try {
      new EarlyHider(ctx).start();
    } catch (error) {
      console.debug('[sourcelight] early hiding could not start:', error);
    }
  },
});
