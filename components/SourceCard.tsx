/**
 * One quoted source: colour swatch, name, kind badge, role, credentials as the article states them,
 * why it is unnamed, how much it says, and its quotes. Carries the page contract attributes
 * `data-source-name` and `data-source-kind`. Props in, callbacks out.
 */
import type { Quote, Source } from '../utils/types';
import { QuoteItem } from './QuoteItem';

/** Props of SourceCard. */
export interface SourceCardProps {
  source: Source;
  /** The source's quotes, in reading order. */
  quotes: Quote[];
  /** The source's highlight colour. */
  colour: string;
  /** Ids of quotes found in the page. */
  anchored: ReadonlySet<string>;
  onQuoteSelect: (quoteId: string) => void;
}

const KIND_LABEL: Record<Source['kind'], string> = { person: 'Person', organisation: 'Organisation', unnamed: 'Unnamed' };

/** "1 statement · 12% of quoted words". */
export function voiceSummary(source: Source): string {
  const n = source.quoteIds.length;
  const share = Math.round(Math.max(0, Math.min(1, source.shareOfVoice || 0)) * 100);
  return `${n} statement${n === 1 ? '' : 's'} · ${share}% of quoted words`;
}

/** A source in the sidebar. */
export function SourceCard({ source, quotes, colour, anchored, onQuoteSelect }: SourceCardProps) {
  const showRole = source.role !== source.kind && !(source.kind === 'unnamed' && source.role === 'unnamed');
  return (
    <li class="sl-source" data-source-name={source.name} data-source-kind={source.kind} data-source-id={source.id}>
      <div class="sl-source-head">
        <span class="sl-swatch" style={{ backgroundColor: colour }} aria-hidden="true" />
        <h3 class="sl-source-name">{source.name}</h3>
      </div>
      <div class="sl-badges">
        <span class={`sl-badge sl-kind-${source.kind}`}>{KIND_LABEL[source.kind]}</span>
        {showRole ? <span class="sl-badge sl-role">{source.role}</span> : null}
      </div>
      <p class={source.credentials.length ? 'sl-credentials' : 'sl-credentials sl-muted'}>
        {source.credentials.length ? source.credentials.join('; ') : 'role not stated in the article'}
      </p>
      {source.unnamedReason ? <p class="sl-unnamed-reason">Unnamed: {source.unnamedReason}</p> : null}
      <p class="sl-voice">{voiceSummary(source)}</p>
      {quotes.length ? (
        <ul class="sl-quotes" role="list" aria-label={`What ${source.name} said`}>
          {quotes.map((q) => (
            <QuoteItem key={q.id} quote={q} anchored={anchored.has(q.id)} onSelect={onQuoteSelect} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
