/**
 * One quoted source: colour, name (a button that shows its quotes in the page one after another), kind
 * and role badges, credentials as the article states them, an unnamed flag with the article's reason,
 * how much it says, and its quotes. Carries the page contract attributes `data-source-name` and
 * `data-source-kind`. Props in, callbacks out.
 */
import { useState } from 'preact/hooks';
import type { Quote, Source } from '../utils/types';
import { QuoteItem } from './QuoteItem';
import { credentialsLine, KIND_LABEL, voiceOf, voiceSummary } from './summary';

/** How many statements a card shows before "Show all". */
export const QUOTE_PREVIEW = 3;

/** Props of SourceCard. */
export interface SourceCardProps {
  source: Source;
  /** The source's quotes, in reading order. */
  quotes: Quote[];
  /** The source's highlight colour. */
  colour: string;
  /** Ids of quotes found in the page. */
  anchored: ReadonlySet<string>;
  /** The source the reader last picked (in the list or by clicking a highlight). */
  selected: boolean;
  /** The reader's current quote, if it is one of this source's. */
  activeQuoteId: string | null;
  /** Whether the name button is the list's tab stop (roving tabindex). */
  tabbable: boolean;
  /** The name was clicked (or Enter pressed on it): show the source's next quote in the page. */
  onActivate: (sourceId: string) => void;
  onQuoteSelect: (quoteId: string) => void;
}

/** The text that flags an unnamed source, with the article's reason when it gives one. */
export function unnamedFlag(source: Source): string {
  return source.unnamedReason ? `Unnamed: ${source.unnamedReason}` : 'Unnamed: the article gives no reason';
}

/** A source in the sidebar. */
export function SourceCard(props: SourceCardProps) {
  const { source, colour, selected } = props;
  const findable = props.quotes.filter((q) => props.anchored.has(q.id)).length;
  const showRole = source.role !== source.kind && !(source.kind === 'unnamed' && source.role === 'unnamed');
  return (
    <li
      class={selected ? 'sl-source sl-selected' : 'sl-source'}
      data-source-name={source.name}
      data-source-kind={source.kind}
      data-source-id={source.id}
      aria-current={selected ? 'true' : undefined}
      style={{ '--sl-source-colour': colour }}
    >
      <h3 class="sl-source-heading">
        <button
          type="button"
          class="sl-source-button"
          tabIndex={props.tabbable ? 0 : -1}
          aria-disabled={findable ? undefined : 'true'}
          title={findable ? 'Show the next statement in the article' : 'None of these statements was found in the page'}
          onClick={() => props.onActivate(source.id)}
        >
          <span class="sl-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
          <span class="sl-source-name">{source.name}</span>
        </button>
      </h3>
      <div class="sl-badges">
        <span class={`sl-badge sl-kind-${source.kind}`}>{KIND_LABEL[source.kind]}</span>
        {showRole ? <span class="sl-badge sl-role">{source.role}</span> : null}
      </div>
      <p class={source.credentials.length ? 'sl-credentials' : 'sl-credentials sl-muted'}>{credentialsLine(source)}</p>
      {source.kind === 'unnamed' || source.unnamedReason ? (
        <p class="sl-unnamed-reason">
          <span class="sl-flag" aria-hidden="true">⚑</span> {unnamedFlag(source)}
        </p>
      ) : null}
      <div class="sl-voice">
        <span>{voiceSummary(source)}</span>
        <span class="sl-voice-bar" aria-hidden="true">
          <span style={{ width: `${Math.round(voiceOf(source) * 100)}%`, backgroundColor: colour }} />
        </span>
      </div>
      <QuoteList {...props} />
    </li>
  );
}

/** The source's statements: the first few, and all of them on request or when the current one is further down. */
function QuoteList({ source, quotes, anchored, activeQuoteId, onQuoteSelect }: SourceCardProps) {
  const [expanded, setExpanded] = useState(false);
  if (!quotes.length) return null;
  const activeIndex = activeQuoteId ? quotes.findIndex((q) => q.id === activeQuoteId) : -1;
  const forced = activeIndex >= QUOTE_PREVIEW;
  const all = expanded || forced || quotes.length <= QUOTE_PREVIEW + 1;
  const shown = all ? quotes : quotes.slice(0, QUOTE_PREVIEW);
  return (
    <>
      <ul class="sl-quotes" role="list" aria-label={`What ${source.name} said`}>
        {shown.map((q) => (
          <QuoteItem key={q.id} quote={q} anchored={anchored.has(q.id)} active={q.id === activeQuoteId} onSelect={onQuoteSelect} />
        ))}
      </ul>
      {quotes.length > QUOTE_PREVIEW + 1 && !forced ? (
        <button type="button" class="sl-more" aria-expanded={all} onClick={() => setExpanded(!all)}>
          {all ? 'Show fewer' : `Show all ${quotes.length} statements`}
        </button>
      ) : null}
    </>
  );
}
