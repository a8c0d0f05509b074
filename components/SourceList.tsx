/**
 * The list of sources, with the keyboard of a list of options: ↑/↓ or k/j move between sources (a
 * roving tabindex keeps one name button in the tab order), Home/End go to the first and last, Enter or
 * Space on a name shows that source's next quote in the page. Props in, callbacks out.
 */
import type { Quote, Report, Source } from '../utils/types';
import { SourceCard } from './SourceCard';

/** Props of SourceList. */
export interface SourceListProps {
  /** The sources in display order. */
  sources: Source[];
  report: Report;
  colours: ReadonlyMap<string, string>;
  anchored: ReadonlySet<string>;
  selectedSourceId: string | null;
  activeQuoteId: string | null;
  /** Keyboard moved to a source (selects it, without touching the page). */
  onSourceSelect: (sourceId: string) => void;
  /** A name was activated: show the source's next quote in the page. */
  onSourceActivate: (sourceId: string) => void;
  onQuoteSelect: (quoteId: string) => void;
}

/** Keys that move between sources, and by how much (±Infinity: to the end). */
const MOVES: Record<string, number> = { ArrowDown: 1, j: 1, ArrowUp: -1, k: -1, Home: -Infinity, End: Infinity };

/** The index `key` moves to from `from` in a list of `count`, or null when the key does not move. */
export function moveIndex(key: string, from: number, count: number): number | null {
  const step = MOVES[key];
  if (step === undefined || count === 0) return null;
  if (step === Infinity) return count - 1;
  if (step === -Infinity) return 0;
  return Math.min(count - 1, Math.max(0, from + step));
}

/** Moves keyboard focus to a source's name button inside `container`. */
export function focusSource(container: ParentNode, sourceId: string | null): boolean {
  const cards = Array.from(container.querySelectorAll<HTMLElement>('[data-source-id]'));
  const card = cards.find((c) => c.getAttribute('data-source-id') === sourceId) ?? cards[0];
  const button = card?.querySelector<HTMLElement>('.sl-source-button');
  button?.focus();
  return !!button;
}

/** The sources, as cards. */
export function SourceList(props: SourceListProps) {
  const { sources, selectedSourceId } = props;
  const quotes = new Map<string, Quote>(props.report.quotes.map((q) => [q.id, q]));
  const current = sources.some((s) => s.id === selectedSourceId) ? selectedSourceId : sources[0]?.id ?? null;
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const from = sources.findIndex((s) => s.id === current);
    const to = moveIndex(event.key, from, sources.length);
    if (to === null) return;
    event.preventDefault();
    const next = sources[to]!;
    props.onSourceSelect(next.id);
    focusSource(event.currentTarget as HTMLElement, next.id);
  };
  return (
    <ul class="sl-sources" role="list" aria-label="Quoted sources" onKeyDown={onKeyDown}>
      {sources.map((source) => (
        <SourceCard
          key={source.id}
          source={source}
          quotes={source.quoteIds.flatMap((id) => quotes.get(id) ?? [])}
          colour={props.colours.get(source.id) ?? '#999999'}
          anchored={props.anchored}
          selected={source.id === selectedSourceId}
          activeQuoteId={props.activeQuoteId}
          tabbable={source.id === current}
          onActivate={props.onSourceActivate}
          onQuoteSelect={props.onQuoteSelect}
        />
      ))}
    </ul>
  );
}
