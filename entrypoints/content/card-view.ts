/**
 * Which card shows, and where: the quote under the pointer, else the reader's current quote, while it is
 * on screen; nothing otherwise.
 */
import type { Box } from '../../components/HighlightCard';
import type { CardHost } from './card-host';
import type { PageResult } from './pipeline';
import { sourceOfQuote, statementPosition } from './quote-navigation';
import type { Settings } from '../../utils/settings';

/** The box around a quote's line boxes, or null when there are none. */
export function bounds(rects: readonly DOMRect[]): Box | null {
  if (!rects.length) return null;
  return {
    top: Math.min(...rects.map((r) => r.top)),
    left: Math.min(...rects.map((r) => r.left)),
    bottom: Math.max(...rects.map((r) => r.bottom)),
    right: Math.max(...rects.map((r) => r.right)),
  };
}

/** Shows the card for `quoteId` over the page, or hides it. `reserved`: pixels the sidebar covers at the right. */
export function showCard(
  card: CardHost,
  input: { result: PageResult; settings: Settings } | null,
  quoteId: string | null,
  reserved: number,
): void {
  const report = input?.result.report;
  const rect = quoteId ? bounds(input?.result.highlighting?.rects(quoteId) ?? []) : null;
  const source = report && quoteId ? sourceOfQuote(report, quoteId) : null;
  if (!input || !report || !quoteId || !source || !rect || rect.bottom < 0 || rect.top > window.innerHeight) {
    card.hide();
    return;
  }
  card.show({
    source,
    colour: input.result.colours.get(source.id) ?? '#999999',
    anchor: rect,
    viewport: { width: window.innerWidth, height: window.innerHeight, reserved },
    position: statementPosition(report, quoteId),
    theme: input.settings.theme,
  });
}
