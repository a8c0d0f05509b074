/**
 * The bucket bar: a thin strip beside the page's scrollbar with a mark for every quote, at the height
 * where it sits in the page and in its source's colour, so the reader sees at a glance where each
 * source speaks. Clicking a mark shows that quote. A mouse shortcut: the list offers the same by
 * keyboard, so the strip is hidden from assistive technology. Props in, callbacks out.
 */

/** One mark: a quote, its source and its place in the page (0 top … 1 bottom). */
export interface BarMarker {
  quoteId: string;
  sourceId: string;
  position: number;
}

/** Props of BucketBar. */
export interface BucketBarProps {
  markers: readonly BarMarker[];
  colours: ReadonlyMap<string, string>;
  /** Source names, for each mark's tooltip. */
  names: ReadonlyMap<string, string>;
  /** The reader's current quote, drawn larger. */
  activeQuoteId: string | null;
  onSelect: (quoteId: string) => void;
}

/** The strip of marks. */
export function BucketBar({ markers, colours, names, activeQuoteId, onSelect }: BucketBarProps) {
  return (
    <div class="sl-bucket" aria-hidden="true">
      {markers.map((m) => (
        <div
          key={m.quoteId}
          class={m.quoteId === activeQuoteId ? 'sl-marker sl-active' : 'sl-marker'}
          data-marker-quote={m.quoteId}
          style={{ top: `${(m.position * 100).toFixed(2)}%`, backgroundColor: colours.get(m.sourceId) ?? '#999999' }}
          title={names.get(m.sourceId) ?? ''}
          onClick={() => onSelect(m.quoteId)}
        />
      ))}
    </div>
  );
}
