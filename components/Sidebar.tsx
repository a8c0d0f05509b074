/**
 * The Sourcelight sidebar: header (title, summary, breakdown, switches), toolbar (order, export), the
 * list of quoted sources or why there is none, a keyboard hint, a polite live region, the resize handle
 * and the bucket bar; collapsed, a slim tab beside the bucket bar. Props in, callbacks out; never calls
 * browser.* (the content script wires it to the page and to settings).
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Report } from '../utils/types';
import type { ExportFormat } from '../utils/messages';
import { BucketBar, type BarMarker } from './BucketBar';
import { ResizeHandle } from './ResizeHandle';
import { SidebarHeader, SidebarToolbar } from './SidebarHeader';
import { focusSource, SourceList } from './SourceList';
import { orderSources, type SourceOrder } from './summary';

/** Why a page shows no analysis. */
export type SkipReason = 'not-article' | 'disabled' | 'error';

/** Props of Sidebar. */
export interface SidebarProps {
  /** "ready": `report` holds the analysis; "skipped": see `reason`; "working": still analysing. */
  state: 'ready' | 'skipped' | 'working';
  reason?: SkipReason;
  report: Report | null;
  /** Colour of each source id, as highlighted in the page. */
  colours: ReadonlyMap<string, string>;
  /** Ids of quotes found and highlighted in the page. */
  anchored: ReadonlySet<string>;
  /** Ad blocks hidden on the page. */
  adsHidden: number;
  /** Pipeline stages that failed on this page ("hide", "analyze", "highlight"); the rest ran. Absent: none. */
  failed?: readonly string[];
  /** The site the switch applies to ("example.com"). */
  site: string;
  siteEnabled: boolean;
  /** Shown as a slim tab at the page's edge rather than the full panel. */
  collapsed: boolean;
  /** Colours: follow the system, or force light or dark. */
  theme: 'system' | 'light' | 'dark';
  /** Beside the page (which made room for it) or over it (narrow windows). */
  layout: 'side' | 'overlay';
  /** Panel width in pixels, and its limits. */
  width: number;
  widthLimits: { min: number; max: number; initial: number };
  order: SourceOrder;
  highlightsVisible: boolean;
  /** The source the reader picked, and the quote last shown in the page. */
  selectedSourceId: string | null;
  activeQuoteId: string | null;
  /** Where each quote sits in the page, for the bucket bar. */
  markers: readonly BarMarker[];
  /** The latest polite announcement for screen readers ("Copied the source list as JSON"). */
  announcement: string;
  /** Changes (increments) when the sidebar should take keyboard focus. */
  focusRequest: number;
  /** The export just copied (its button says so for a moment), or null. */
  copied: ExportFormat | null;
  onCollapsedChange: (collapsed: boolean) => void;
  onClose: () => void;
  onQuoteSelect: (quoteId: string) => void;
  onSourceSelect: (sourceId: string) => void;
  onSourceActivate: (sourceId: string) => void;
  onSiteToggle: (enabled: boolean) => void;
  onHighlightsToggle: (visible: boolean) => void;
  onOrderChange: (order: SourceOrder) => void;
  onExport: (format: ExportFormat) => void;
  onResize: (width: number, done: boolean) => void;
}

const SKIP_TEXT: Record<SkipReason, string> = {
  'not-article': 'This page does not look like a news article, so Sourcelight left it as it is.',
  disabled: 'Sourcelight is switched off for this site. Switch it on to see who is quoted.',
  error: 'Sourcelight could not read this page.',
};

/** One calm line per stage that can fail while the others still run; the first that failed is shown. */
const FAILED_TEXT: Readonly<Record<string, string>> = {
  analyze: 'Sourcelight could not work out who is quoted in this article.',
  highlight: 'Sourcelight could not mark the quotes in the page.',
  hide: 'Sourcelight could not hide the ads on this page.',
};

/** The sidebar. */
export function Sidebar(props: SidebarProps) {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.focusRequest && root.current && !focusSource(root.current, props.selectedSourceId)) {
      root.current.querySelector<HTMLElement>('button')?.focus();
    }
  }, [props.focusRequest]);
  useEffect(() => {
    const card = Array.from(root.current?.querySelectorAll('[data-source-id]') ?? []).find((c) => c.getAttribute('data-source-id') === props.selectedSourceId);
    card?.scrollIntoView?.({ block: 'nearest' });
  }, [props.selectedSourceId]);
  const sources = props.state === 'ready' ? props.report?.sources ?? [] : [];
  const names = new Map(sources.map((s) => [s.id, s.name]));
  const bar = props.state === 'ready' && props.markers.length ? (
    <BucketBar markers={props.markers} colours={props.colours} names={names} activeQuoteId={props.activeQuoteId} onSelect={props.onQuoteSelect} />
  ) : null;
  return (
    <div ref={root} class={props.collapsed ? 'sl-root sl-collapsed' : 'sl-root'} data-theme={props.theme} data-layout={props.layout}>
      {props.collapsed ? <CollapsedTab count={sources.length} onOpen={() => props.onCollapsedChange(false)} /> : <Panel {...props} bar={bar} />}
      {props.collapsed ? bar : null}
    </div>
  );
}

/** The slim tab that stands for the collapsed sidebar. */
function CollapsedTab({ count, onOpen }: { count: number; onOpen: () => void }) {
  return (
    <button type="button" class="sl-tab" onClick={onOpen} aria-label={`Open the Sourcelight sidebar (${count} sources)`} aria-expanded="false">
      <span class="sl-tab-mark" aria-hidden="true">❝</span>
      <span class="sl-tab-count" aria-hidden="true">{count}</span>
    </button>
  );
}

/** The full panel. */
function Panel(props: SidebarProps & { bar: JSX.Element | null }) {
  const ready = props.state === 'ready';
  const sources = ready ? props.report?.sources ?? [] : [];
  // The list is most of the sidebar's DOM, and most redraws (the bucket bar measured again, a copy, an
  // announcement, each step of a resize) do not touch it: the same element back lets Preact skip it.
  const { report, order, colours, anchored, selectedSourceId, activeQuoteId, onSourceSelect, onSourceActivate, onQuoteSelect } = props;
  const list = useMemo(
    () => report?.sources.length ? (
      <SourceList
        sources={orderSources(report.sources, order)} report={report} colours={colours}
        anchored={anchored} selectedSourceId={selectedSourceId} activeQuoteId={activeQuoteId}
        onSourceSelect={onSourceSelect} onSourceActivate={onSourceActivate} onQuoteSelect={onQuoteSelect}
      />
    ) : null,
    [report, order, colours, anchored, selectedSourceId, activeQuoteId, onSourceSelect, onSourceActivate, onQuoteSelect],
  );
  return (
    <aside
      class="sl-panel"
      aria-label="Sourcelight: who is quoted in this article"
      data-state={props.state}
      style={{ width: `${props.width}px` }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        props.onClose();
      }}
    >
      <div class="sl-edge">
        <ResizeHandle width={props.width} {...props.widthLimits} onResize={props.onResize} />
        {props.bar}
      </div>
      <div class="sl-main">
        <SidebarHeader
          state={props.state} title={props.report?.article.title ?? null} sources={sources}
          quotes={ready ? props.report?.quotes.length ?? 0 : 0} adsHidden={props.adsHidden}
          site={props.site} siteEnabled={props.siteEnabled} highlightsVisible={props.highlightsVisible}
          onSiteToggle={props.onSiteToggle} onHighlightsToggle={props.onHighlightsToggle}
          onCollapse={() => props.onCollapsedChange(true)} onClose={props.onClose}
        />
        {ready && sources.length ? <SidebarToolbar order={props.order} copied={props.copied} onOrderChange={props.onOrderChange} onExport={props.onExport} /> : null}
        <div class="sl-body">{body(props, list)}{failure(props)}</div>
        {ready && sources.length ? <KeyboardHint /> : null}
        <p class="sl-sr-only" role="status" aria-live="polite">{props.announcement}</p>
      </div>
    </aside>
  );
}

/** The panel's body: the sources (`list`, the SourceList of the report), the empty state, or why the page was skipped. */
function body(props: SidebarProps, list: JSX.Element | null) {
  if (props.state === 'skipped') return <p class="sl-empty">{SKIP_TEXT[props.reason ?? 'not-article']}</p>;
  if (props.state === 'working' || !props.report) return null;
  if (!props.report.sources.length) return <p class="sl-empty">No quoted sources found in this article.</p>;
  return list;
}

/**
 * What failed, in one quiet line, or null. Analysis that failed (no report although the page was read)
 * is said even when the pipeline did not name it, so the panel never reads as "no sources" after a crash.
 */
function failure(props: SidebarProps) {
  if (props.state !== 'ready') return null;
  const failed = [...(props.failed ?? []), ...(props.report ? [] : ['analyze'])];
  const text = Object.keys(FAILED_TEXT).filter((stage) => failed.includes(stage)).map((stage) => FAILED_TEXT[stage])[0];
  return text ? <p class="sl-empty sl-failed">{text}</p> : null;
}

/** The keys, in one line at the foot of the panel. */
function KeyboardHint() {
  return (
    <p class="sl-hint">
      <kbd>↑</kbd><kbd>↓</kbd> or <kbd>j</kbd><kbd>k</kbd> move · <kbd>Enter</kbd> show · <kbd>Esc</kbd> close
    </p>
  );
}
