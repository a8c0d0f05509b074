/**
 * The small card shown over a highlighted quote that the pointer rests on or that the reader jumped
 * to: who said it (colour, name) and on what authority (the article's credential, or that it gives
 * none). Positioned beside the quote, inside the window; a tooltip, never in the way of clicks. Props in.
 */
import type { Source } from '../utils/types';
import { credentialsLine, KIND_LABEL, NO_CREDENTIALS } from './summary';

/** A box in viewport coordinates (a DOMRect's fields). */
export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Props of HighlightCard. */
export interface HighlightCardProps {
  source: Source;
  colour: string;
  /** The box around the quote's lines, in viewport coordinates. */
  anchor: Box;
  /** The window's size, and the width the sidebar takes at the right (the card stays clear of it). */
  viewport: { width: number; height: number; reserved: number };
  /** Which of the source's statements this is (1-based) and how many there are. */
  position: { index: number; count: number } | null;
  theme: 'system' | 'light' | 'dark';
}

/** The card's width and its gap to the quote. */
export const CARD_WIDTH = 300;
const GAP = 8;
/** Room the card needs above the quote to go there rather than below. */
const ROOM_ABOVE = 96;

/** Height the card is given when placed beside the quote (it never grows much past it). */
const CARD_HEIGHT = 120;

/**
 * Where the card goes, covering as little of the article as it can: in the margin beside the quote
 * when the page leaves room there (wide windows), otherwise above the quote, or below it near the top
 * of the window; always inside the window and clear of the sidebar.
 */
export function cardPlacement(anchor: Box, viewport: HighlightCardProps['viewport']): { left: number; top?: number; bottom?: number } {
  const right = Math.max(CARD_WIDTH + GAP, viewport.width - viewport.reserved);
  if (right - anchor.right >= CARD_WIDTH + 2 * GAP) {
    return { left: anchor.right + 2 * GAP, top: Math.max(GAP, Math.min(anchor.top, viewport.height - CARD_HEIGHT)) };
  }
  const left = Math.max(GAP, Math.min(anchor.left, right - CARD_WIDTH - GAP));
  return anchor.top >= ROOM_ABOVE ? { left, bottom: viewport.height - anchor.top + GAP } : { left, top: anchor.bottom + GAP };
}

/** The card. */
export function HighlightCard({ source, colour, anchor, viewport, position, theme }: HighlightCardProps) {
  const place = cardPlacement(anchor, viewport);
  const style = {
    left: `${place.left}px`,
    ...(place.top !== undefined ? { top: `${place.top}px` } : { bottom: `${place.bottom}px` }),
    width: `${CARD_WIDTH}px`,
    borderTopColor: colour,
  };
  const credential = credentialsLine(source);
  return (
    <div class="sl-root sl-card-root" data-theme={theme}>
      <div class="sl-card" role="tooltip" data-card-source={source.id} style={style}>
        <p class="sl-card-name">
          <span class="sl-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
          <span>{source.name}</span>
        </p>
        <p class={credential === NO_CREDENTIALS ? 'sl-card-credential sl-muted' : 'sl-card-credential'}>{credential}</p>
        <p class="sl-card-meta">
          {KIND_LABEL[source.kind]}
          {source.role !== source.kind ? ` · ${source.role}` : ''}
          {position ? ` · statement ${position.index} of ${position.count}` : ''}
        </p>
      </div>
    </div>
  );
}
