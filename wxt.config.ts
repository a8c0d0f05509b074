import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { filterAssets } from './utils/cli/filters-compile';
import { FILTERS_RESOURCES } from './utils/dom/filters-index';

/** The extension pages' Content Security Policy (popup, options, background). */
const CSP = "script-src 'self'; object-src 'self'";

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Every file shows what it depends on (STYLE.md): no auto-imports.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // EasyList, compiled from the committed snapshot into the parts the early content script loads.
    'build:publicAssets': (_wxt, files) => {
      files.push(...filterAssets());
    },
  },
  manifest: ({ browser }) => ({
    name: 'Sourcelight',
    description: 'Read news without ads and see who is quoted in a story, and on what authority.',
    // storage: the settings (per-site switch and preferences); nothing else is stored.
    // activeTab: the toolbar button (popup or one click) acts on the page the reader is looking at.
    // alarms: the opt-in weekly EasyList refresh wakes the background once a day (utils/filters-refresh.ts).
    // offscreen (Chromium only): the service worker has no DOM, so Readability reads pages' markup in an
    // offscreen document, off the page's main thread (utils/reading-away.ts). Firefox's background page has one.
    permissions: ['storage', 'activeTab', 'alarms', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // Only the extension's own scripts run in its pages: no eval, no remote code, no plugins elsewhere.
    // Stricter than WXT's MV3 default (no 'wasm-unsafe-eval': nothing here is WebAssembly); WXT writes
    // extension_pages as the plain MV2 string for Firefox. tests/e2e/security.test.ts checks both builds.
    content_security_policy: { extension_pages: CSP },
    // The early content script reads the compiled EasyList's parts (filters/*) at document_start.
    web_accessible_resources: [{ resources: FILTERS_RESOURCES, matches: ['http://*/*', 'https://*/*'] }],
    // default_popup comes from entrypoints/popup (WXT adds it, and options_ui from entrypoints/options).
    // A reader who picks one-click in the settings gets no popup (background.ts), so the click reaches
    // action.onClicked and toggles the sidebar. WXT writes this as browser_action for Firefox MV2.
    action: { default_title: 'Sourcelight' },
    commands: {
      'toggle-sidebar': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Show or hide the Sourcelight sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcelight@sourcelight.invalid',
              strict_min_version: '115.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
