/**
 * The Sourcelight sidebar: header (title, counts, per-site switch, collapse, close) and the list of
 * quoted sources, or why there is none. Props in, callbacks out; never calls browser.* (the content
 * script wires it to the page and to settings).
 */
import type { Quote, Report } from '../utils/types';
import { SiteSwitch } from './SiteSwitch';
import { SourceCard } from './SourceCard';

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
  /** The site the switch applies to ("example.com"). */
  site: string;
  siteEnabled: boolean;
  /** Shown as a small tab at the page's edge rather than the full panel. */
  collapsed: boolean;
  onCollapsedChange: (collapsed: boolean) => void;
  onQuoteSelect: (quoteId: string) => void;
  onSiteToggle: (enabled: boolean) => void;
  onClose: () => void;
}

const SKIP_TEXT: Record<SkipReason, string> = {
  'not-article': 'This page does not look like a news article, so Sourcelight left it as it is.',
  disabled: 'Sourcelight is switched off for this site. Switch it on to see who is quoted.',
  error: 'Sourcelight could not read this page.',
};

/** "3 sources · 7 quotes · 2 ads hidden". */
export function countsLine(sources: number, quotes: number, ads: number): string {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  return [n(sources, 'source', 'sources'), n(quotes, 'quote', 'quotes'), n(ads, 'ad hidden', 'ads hidden')].join(' · ');
}

/** The sidebar. */
export function Sidebar(props: SidebarProps) {
  const sources = props.state === 'ready' ? props.report?.sources ?? [] : [];
  const quoteCount = props.state === 'ready' ? props.report?.quotes.length ?? 0 : 0;
  if (props.collapsed) {
    return (
      <button type="button" class="sl-tab" onClick={() => props.onCollapsedChange(false)} aria-label="Open the Sourcelight sidebar" aria-expanded="false">
        <span class="sl-tab-mark" aria-hidden="true">❝</span>
        <span class="sl-tab-count">{sources.length}</span>
      </button>
    );
  }
  return (
    <aside class="sl-panel" aria-label="Sourcelight: who is quoted in this article" data-state={props.state}>
      <header class="sl-header">
        <div class="sl-title-row">
          <h2 class="sl-title">Sourcelight</h2>
          <button type="button" class="sl-icon" onClick={() => props.onCollapsedChange(true)} aria-label="Collapse the sidebar" aria-expanded="true">
            <span aria-hidden="true">⇥</span>
          </button>
          <button type="button" class="sl-icon" onClick={props.onClose} aria-label="Close the sidebar">
            <span aria-hidden="true">✕</span>
          </button>
        </div>
        {props.report?.article.title && props.state === 'ready' ? <p class="sl-article-title">{props.report.article.title}</p> : null}
        <p class="sl-counts" aria-live="polite">
          {props.state === 'working' ? 'Reading the article…' : countsLine(sources.length, quoteCount, props.adsHidden)}
        </p>
        <SiteSwitch site={props.site} enabled={props.siteEnabled} onChange={props.onSiteToggle} />
      </header>
      <div class="sl-body">{body(props, sources)}</div>
    </aside>
  );
}

/** The panel's body: the sources, the empty state, or why the page was skipped. */
function body(props: SidebarProps, sources: Report['sources']) {
  if (props.state === 'skipped') return <p class="sl-empty">{SKIP_TEXT[props.reason ?? 'not-article']}</p>;
  if (props.state === 'working') return null;
  if (!sources.length) return <p class="sl-empty">No quoted sources found in this article.</p>;
  const quotes = new Map<string, Quote>((props.report?.quotes ?? []).map((q) => [q.id, q]));
  return (
    <ul class="sl-sources" role="list" aria-label="Quoted sources">
      {sources.map((source) => (
        <SourceCard
          key={source.id}
          source={source}
          quotes={source.quoteIds.flatMap((id) => quotes.get(id) ?? [])}
          colour={props.colours.get(source.id) ?? '#999999'}
          anchored={props.anchored}
          onQuoteSelect={props.onQuoteSelect}
        />
      ))}
    </ul>
  );
}
