/**
 * The top of the sidebar: name and window buttons, the story's title, the one-line summary, the
 * source-type breakdown, the site and highlight switches; below it the toolbar (order of the list and
 * export). Props in, callbacks out.
 */
import type { Source } from '../utils/types';
import type { ExportFormat } from '../utils/messages';
import { BreakdownBar } from './BreakdownBar';
import { SiteSwitch } from './SiteSwitch';
import { SwitchButton } from './SwitchButton';
import { plural, summaryLine, type SourceOrder } from './summary';

/** Props of SidebarHeader. */
export interface SidebarHeaderProps {
  state: 'ready' | 'skipped' | 'working';
  title: string | null;
  sources: readonly Source[];
  quotes: number;
  adsHidden: number;
  site: string;
  siteEnabled: boolean;
  highlightsVisible: boolean;
  onSiteToggle: (enabled: boolean) => void;
  onHighlightsToggle: (visible: boolean) => void;
  onCollapse: () => void;
  onClose: () => void;
}

/** The header. */
export function SidebarHeader(props: SidebarHeaderProps) {
  const ready = props.state === 'ready';
  return (
    <header class="sl-header">
      <div class="sl-title-row">
        <span class="sl-logo" aria-hidden="true">❝</span>
        <h2 class="sl-title">Sourcelight</h2>
        <button type="button" class="sl-icon" onClick={props.onCollapse} aria-label="Collapse the sidebar" aria-expanded="true" title="Collapse">
          <span aria-hidden="true">⇥</span>
        </button>
        <button type="button" class="sl-icon" onClick={props.onClose} aria-label="Close the sidebar" title="Close (Esc)">
          <span aria-hidden="true">✕</span>
        </button>
      </div>
      {ready && props.title ? <p class="sl-article-title">{props.title}</p> : null}
      {props.state === 'working' ? <p class="sl-summary">Reading the article…</p> : null}
      {ready ? <p class="sl-summary">{summaryLine(props.sources, props.quotes)}</p> : null}
      {ready ? <BreakdownBar sources={props.sources} /> : null}
      <div class="sl-switches">
        <SiteSwitch site={props.site} enabled={props.siteEnabled} onChange={props.onSiteToggle} />
        {ready ? <SwitchButton label="Highlights" checked={props.highlightsVisible} onChange={props.onHighlightsToggle} /> : null}
        {ready && props.adsHidden > 0 ? <span class="sl-ads">{plural(props.adsHidden, 'ad hidden', 'ads hidden')}</span> : null}
      </div>
    </header>
  );
}

/** Props of SidebarToolbar. */
export interface SidebarToolbarProps {
  order: SourceOrder;
  /** The export just copied, shown as "Copied" on its button. */
  copied: ExportFormat | null;
  onOrderChange: (order: SourceOrder) => void;
  onExport: (format: ExportFormat) => void;
}

/** The list's order and the export buttons. */
export function SidebarToolbar({ order, copied, onOrderChange, onExport }: SidebarToolbarProps) {
  const orderButton = (value: SourceOrder, text: string, title: string) => (
    <button type="button" class="sl-segment-button" aria-pressed={order === value} title={title} onClick={() => onOrderChange(value)}>
      {text}
    </button>
  );
  return (
    <div class="sl-toolbar">
      <div class="sl-segmented" role="group" aria-label="Order of sources">
        {orderButton('appearance', 'In order', 'In order of first appearance')}
        {orderButton('voice', 'By voice', 'By share of quoted words')}
      </div>
      <div class="sl-export" role="group" aria-label="Copy the source list">
        <span class="sl-export-label" aria-hidden="true">Copy</span>
        <button type="button" class="sl-copy" data-export="markdown" onClick={() => onExport('markdown')} title="Copy the source list as Markdown">
          {copied === 'markdown' ? 'Copied ✓' : 'Markdown'}
        </button>
        <button type="button" class="sl-copy" data-export="json" onClick={() => onExport('json')} title="Copy the source list as JSON (the command line's format)">
          {copied === 'json' ? 'Copied ✓' : 'JSON'}
        </button>
      </div>
    </div>
  );
}
