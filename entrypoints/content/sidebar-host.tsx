/**
 * Mounts the Preact sidebar in an open shadow root (`<sourcelight-sidebar>`, WXT createShadowRootUi with
 * the entrypoint's CSS injected into the shadow root), fixed at the page's right edge. Page CSS cannot
 * reach it; the host gets `all: initial` from WXT. Removed with the content script's context.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { Sidebar, type SidebarProps } from '../../components/Sidebar';

/** The element name the page sees (page contract). */
export const SIDEBAR_TAG = 'sourcelight-sidebar';

/** Shows and hides the sidebar. */
export interface SidebarHost {
  /**
   * Builds the shadow root and loads its CSS ahead of the first `show` (nothing enters the page).
   * Resolves when that is done, or failed (the failure is reported again at `show`); never rejects.
   */
  prepare(): Promise<void>;
  /** Mounts the sidebar if needed and renders it with these props. */
  show(props: SidebarProps): Promise<void>;
  /** Removes the sidebar element from the page. */
  hide(): void;
  /** True while the sidebar element is in the page. */
  readonly visible: boolean;
  /** True while keyboard focus is inside the sidebar. */
  hasFocus(): boolean;
  /** A node inside the shadow root for short-lived helpers (the copy fallback's text area); null when hidden. */
  scratch(): Node | null;
}

/** Creates the host; the shadow root is built on first `show`. */
export function createSidebarHost(ctx: ContentScriptContext): SidebarHost {
  let ui: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;
  let mounted: ShadowRootContentScriptUi<HTMLElement> | null = null;
  const create = () =>
    createShadowRootUi<HTMLElement>(ctx, {
      name: SIDEBAR_TAG,
      mode: 'open',
      position: 'inline',
      // <html>, not <body>: a page that replaces document.body (some apps do) keeps the sidebar.
      anchor: () => document.documentElement,
      append: 'last',
      isolateEvents: true,
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    });
  return {
    prepare() {
      return (ui ??= create()).then(() => {}, () => {});
    },
    async show(props) {
      const instance = await (ui ??= create());
      if (!mounted) {
        instance.mount();
        mounted = instance;
      }
      if (instance.mounted) render(<Sidebar {...props} />, instance.mounted);
    },
    hide() {
      mounted?.remove();
      mounted = null;
    },
    get visible() {
      return mounted !== null;
    },
    hasFocus() {
      return !!mounted && document.activeElement === mounted.shadowHost;
    },
    scratch() {
      return mounted?.mounted ?? null;
    },
  };
}
