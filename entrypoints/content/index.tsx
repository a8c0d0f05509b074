/**
 * The content script: wiring only. On http(s) pages at document_idle it runs the pipeline (gate → detect
 * → hide ads → analyze → highlight, pipeline.ts), mounts the sidebar (render) and marks <html> with the
 * page contract. The toolbar button or Alt+Shift+S toggles the sidebar; the per-site switch undoes
 * everything without a reload, or runs it all again.
 */
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
