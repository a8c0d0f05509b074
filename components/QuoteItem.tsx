/**
 * One statement in a source's card: a direct quote in quotation marks, reported speech as paraphrase.
 * A button when the quote was found in the page (clicking scrolls to and flashes it). Props in,
 * callbacks out.
 */
import type { Quote } from '../utils/types';

/** Props of QuoteItem. */
export interface QuoteItemProps {
  quote: Quote;
  /** Whether the quote was found and highlighted in the page. */
  anchored: boolean;
  /** Called with the quote id when the reader clicks it. */
  onSelect: (quoteId: string) => void;
}

/** How the quote reads in the sidebar: “direct words”, or the article's paraphrase as is. */
export function quoteDisplay(quote: Quote): string {
  return quote.type === 'direct' ? `“${quote.text}”` : quote.text;
}

/** A quote in the sidebar. */
export function QuoteItem({ quote, anchored, onSelect }: QuoteItemProps) {
  const kind = quote.type === 'direct' ? 'Direct quote' : 'Paraphrase';
  const body = (
    <>
      <span class="sl-quote-kind">{kind}</span>
      <span class={quote.type === 'direct' ? 'sl-quote-text sl-direct' : 'sl-quote-text sl-reported'}>{quoteDisplay(quote)}</span>
    </>
  );
  return (
    <li class="sl-quote" data-quote-id={quote.id} data-quote-type={quote.type}>
      {anchored ? (
        <button type="button" class="sl-quote-button" onClick={() => onSelect(quote.id)} title="Show in the article">
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
