/**
 * One statement in a source's card: a direct quote in quotation marks, reported speech as paraphrase.
 * A button when the quote was found in the page (clicking scrolls to and flashes it). Props in,
 * callbacks out.
 */
import type { Quote } from '../utils/types';
import { QUOTE_TYPE_LABEL } from './summary';

/** Props of QuoteItem. */
export interface QuoteItemProps {
  quote: Quote;
  /** Whether the quote was found and highlighted in the page. */
  anchored: boolean;
  /** The reader's current quote (last shown in the page). */
  active: boolean;
  /** Called with the quote id when the reader clicks it. */
  onSelect: (quoteId: string) => void;
}

/** How the quote reads in the sidebar: “direct words”, or the article's paraphrase as is. */
export function quoteDisplay(quote: Quote): string {
  return quote.type === 'direct' ? `“${quote.text}”` : quote.text;
}

/** A quote in the sidebar. */
export function QuoteItem({ quote, anchored, active, onSelect }: QuoteItemProps) {
  const body = (
    <>
      <span class="sl-quote-kind">{QUOTE_TYPE_LABEL[quote.type]}</span>
      <span class={quote.type === 'direct' ? 'sl-quote-text sl-direct' : 'sl-quote-text sl-reported'}>{quoteDisplay(quote)}</span>
    </>
  );
  return (
    <li class={active ? 'sl-quote sl-active' : 'sl-quote'} data-quote-id={quote.id} data-quote-type={quote.type}>
      {anchored ? (
        <button
          type="button"
          class="sl-quote-button"
          onClick={() => onSelect(quote.id)}
          title="Show in the article"
          aria-current={active ? 'true' : undefined}
        >
          {body}
        </button>
      ) : (
        <div class="sl-quote-static">
          {body}
          <span class="sl-quote-missing">Not found in the page</span>
        </div>
      )}
    </li>
  );
}
