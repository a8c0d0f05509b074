/**
 * The content script: wiring only. On http(s) pages at document_idle it runs the pipeline (gate → detect
 * → hide ads → analyze → highlight, pipeline.ts), shows the reading view (sidebar, hover card, bucket
 * bar; reading-view.ts) and marks <html> with the page contract. Alt+Shift+S, the popup (or the toolbar
 * button, if the reader chose so) toggles the sidebar; the per-site switch undoes everything without a
 * reload, or runs it all again. The CSS below is injected into the sidebar's and the card's shadow roots.
 */
import '../../components/theme.css';
import '../../components/sidebar.css';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { PageController } from './controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'ui',
  main(ctx) {
    try {
      new PageController(ctx).start();
    } catch (error) {
      console.debug('[sourcelight] could not start:', error);
    }
  },
});
