/**
 * Mounts the hover card (components/HighlightCard) in its own open shadow root, `<sourcelight-card>`,
 * a zero-size fixed host the card positions itself from; so the card shows over the page whether the
 * sidebar is open or not, and page CSS cannot reach it. Built on first use, removed with the context.
 */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { HighlightCard, type HighlightCardProps } from '../../components/HighlightCard';

/** The element name the page sees. */
export const CARD_TAG = 'sourcelight-card';

/** Shows and hides the card. */
export interface CardHost {
  show(props: HighlightCardProps): void;
  hide(): void;
}

/** Creates the host; the shadow root is built on first `show`. */
export function createCardHost(ctx: ContentScriptContext): CardHost {
  let ui: Promise<void> | null = null;
  let instance: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let latest: HighlightCardProps | null = null;
  const paint = () => {
    if (!instance) return;
    if (latest) {
      if (!instance.mounted) instance.mount();
      if (instance.mounted) render(<HighlightCard {...latest} />, instance.mounted);
    } else if (instance.mounted) {
      instance.remove();
    }
  };
  const create = () =>
    createShadowRootUi<HTMLElement>(ctx, {
      name: CARD_TAG,
      mode: 'open',
      position: 'inline',
      // <html>, not <body>: a page that replaces document.body (some apps do) keeps the card.
      anchor: () => document.documentElement,
      append: 'last',
      onMount: (container) => container,
      onRemove: (container) => {
        if (container) render(null, container);
      },
    }).then((created) => {
      instance = created;
      paint();
    });
  return {
    show(props) {
      latest = props;
      ui ??= create().catch((error) => console.debug('[sourcelight] card failed:', error));
      paint();
    },
    hide() {
      latest = null;
      paint();
    },
  };
}
