/**
 * The toolbar popup: what Sourcelight found on the current tab (counts), a button to open or close the
 * sidebar, the export buttons, the site switch and two quick settings, with a way to all settings.
 * Props in, callbacks out; entrypoints/popup wires it to the tab and to storage.
 */
import type { ExportFormat, PageSummary } from '../utils/messages';
import type { Settings } from '../utils/settings';
import { SiteSwitch } from './SiteSwitch';
import { SwitchButton } from './SwitchButton';
import { countsLine, plural } from './summary';

/** Props of PopupApp. */
export interface PopupAppProps {
  /** The tab's summary; "loading" while asking; "unavailable" where the content script does not run. */
  page: PageSummary | 'loading' | 'unavailable';
  settings: Settings;
  /** The export just copied, or null. */
  copied: ExportFormat | null;
  /** A short status line ("Could not copy"), or ''. */
  message: string;
  /** The keyboard shortcut that toggles the sidebar, as the browser reports it ("Alt+Shift+S"), or null. */
  shortcut: string | null;
  onSidebar: (open: boolean) => void;
  onSiteToggle: (enabled: boolean) => void;
  onExport: (format: ExportFormat) => void;
  onSettingsChange: (patch: Partial<Settings>) => void;
  onOpenOptions: () => void;
}

/** What the popup says about a page it cannot show counts for. */
function statusText(page: PopupAppProps['page']): string | null {
  if (page === 'loading') return 'Looking at this page…';
  if (page === 'unavailable') return 'Sourcelight does not run on this page. On a news article opened before Sourcelight was installed, reload the page.';
  if (page.state === 'working') return 'Reading the article…';
  if (page.state === 'ready') return null;
  if (page.reason === 'disabled') return `Sourcelight is off for ${page.site}.`;
  if (page.reason === 'error') return 'Sourcelight could not read this page.';
  return 'This page does not look like a news article, so Sourcelight left it as it is.';
}

/** The popup. */
export function PopupApp(props: PopupAppProps) {
  const { page, settings } = props;
  const ready = typeof page === 'object' && page.state === 'ready';
  const status = statusText(page);
  return (
    <main class="sl-root sl-page sl-popup" data-theme={settings.theme}>
      <header class="sl-page-header">
        <span class="sl-logo" aria-hidden="true">❝</span>
        <h1 class="sl-page-title">Sourcelight</h1>
        <button type="button" class="sl-link" onClick={props.onOpenOptions}>Settings</button>
      </header>
      {typeof page === 'object' && page.title ? <p class="sl-popup-article">{page.title}</p> : null}
      {ready ? <p class="sl-popup-counts" data-counts>{countsLine(page)}</p> : null}
      {ready && page.adsHidden ? <p class="sl-popup-note">{plural(page.adsHidden, 'ad hidden', 'ads hidden')}</p> : null}
      {status ? <p class="sl-popup-status" role="status">{status}</p> : null}
      {ready ? <Actions {...props} page={page} /> : null}
      {typeof page === 'object' ? (
        <section class="sl-popup-switches" aria-label="Settings for this page">
          <SiteSwitch site={page.site} enabled={page.siteEnabled} onChange={props.onSiteToggle} />
          <SwitchButton label="Highlights" checked={settings.highlights} onChange={(on) => props.onSettingsChange({ highlights: on })} />
          <SwitchButton label="Hide ads" checked={settings.hideAds} onChange={(on) => props.onSettingsChange({ hideAds: on })} />
        </section>
      ) : null}
      <p class="sl-popup-note" role="status">{props.message}</p>
      {props.shortcut ? <p class="sl-popup-hint"><kbd>{props.shortcut}</kbd> opens and closes the sidebar.</p> : null}
    </main>
  );
}

/** The sidebar button and the export buttons of an analysed page. */
function Actions({ page, copied, onSidebar, onExport }: PopupAppProps & { page: PageSummary }) {
  const open = page.sidebar === 'open';
  return (
    <div class="sl-popup-actions">
      <button type="button" class="sl-primary" data-action="sidebar" autoFocus onClick={() => onSidebar(!open)}>
        {open ? 'Close the sidebar' : 'Open the sidebar'}
      </button>
      <div class="sl-export" role="group" aria-label="Copy the source list">
        <span class="sl-export-label" aria-hidden="true">Copy</span>
        <button type="button" class="sl-copy" data-export="markdown" title="Copy the source list as Markdown" onClick={() => onExport('markdown')}>
          {copied === 'markdown' ? 'Copied ✓' : 'Markdown'}
        </button>
        <button type="button" class="sl-copy" data-export="json" title="Copy the source list as JSON (the command line's format)" onClick={() => onExport('json')}>
          {copied === 'json' ? 'Copied ✓' : 'JSON'}
        </button>
      </div>
    </div>
  );
}
