/**
 * The options page: every setting, in plain form controls, saved as soon as it changes (the page says
 * so). The same storage item as the popup and the sidebar, so a change here shows at once in open tabs.
 * Props in, callbacks out; entrypoints/options wires it to storage.
 */
import type { Settings } from '../utils/settings';

/** Props of OptionsApp. */
export interface OptionsAppProps {
  settings: Settings;
  /** The sidebar width limits (from utils/settings). */
  widthLimits: { min: number; max: number; initial: number };
  /** The shortcut that toggles the sidebar, as the browser reports it, or null when none is set. */
  shortcut: string | null;
  /** Shown after a change was stored. */
  saved: boolean;
  onChange: (patch: Partial<Settings>) => void;
}

/** One choice among several, as radio buttons in a fieldset. */
function Choice<K extends keyof Settings>(props: {
  name: K; legend: string; value: Settings[K]; options: Array<[Settings[K], string]>; onChange: (patch: Partial<Settings>) => void;
}) {
  return (
    <fieldset class="sl-field">
      <legend>{props.legend}</legend>
      {props.options.map(([value, label]) => (
        <label class="sl-option" key={String(value)}>
          <input type="radio" name={props.name} checked={props.value === value} onChange={() => props.onChange({ [props.name]: value } as Partial<Settings>)} />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** One yes/no setting, as a checkbox with a line of explanation. */
function Flag(props: { name: keyof Settings; label: string; hint?: string; checked: boolean; onChange: (patch: Partial<Settings>) => void }) {
  return (
    <label class="sl-option sl-flag-option">
      <input type="checkbox" name={props.name} checked={props.checked} onChange={(e) => props.onChange({ [props.name]: (e.currentTarget as HTMLInputElement).checked } as Partial<Settings>)} />
      <span>
        {props.label}
        {props.hint ? <span class="sl-hint-text">{props.hint}</span> : null}
      </span>
    </label>
  );
}

/** The options page. */
export function OptionsApp(props: OptionsAppProps) {
  return (
    <main class="sl-root sl-page sl-options" data-theme={props.settings.theme}>
      <div class="sl-options-inner">
        <header class="sl-page-header">
          <span class="sl-logo" aria-hidden="true">❝</span>
          <h1 class="sl-page-title">Sourcelight settings</h1>
          <p class="sl-saved" role="status">{props.saved ? 'Saved' : ''}</p>
        </header>
        <ReadingSection {...props} />
        <ToolbarSection {...props} />
        <AdsSection {...props} />
        <SitesSection sites={props.settings.disabledSites} onChange={props.onChange} />
      </div>
    </main>
  );
}

/** How the sidebar and the highlights behave and look. */
function ReadingSection({ settings, widthLimits, onChange }: OptionsAppProps) {
  const onWidth = (event: Event) => onChange({ sidebarWidth: Number((event.currentTarget as HTMLInputElement).value) });
  return (
    <section aria-labelledby="sl-reading">
      <h2 id="sl-reading">Reading</h2>
      <Choice name="autoOpen" legend="When a news article opens" value={settings.autoOpen} onChange={onChange}
        options={[[true, 'Open the sidebar'], [false, 'Only show the number of sources on the toolbar button']]} />
      <Flag name="highlights" label="Highlight quotes in the article" hint="Each source in its own colour. The sidebar can still show you a quote when this is off." checked={settings.highlights} onChange={onChange} />
      <Choice name="sourceOrder" legend="List sources" value={settings.sourceOrder} onChange={onChange}
        options={[['appearance', 'In the order they first speak'], ['voice', 'By share of voice (most quoted words first)']]} />
      <div class="sl-field">
        <label for="sl-width">Sidebar width: {settings.sidebarWidth} px</label>
        <div class="sl-row">
          <input id="sl-width" type="range" min={widthLimits.min} max={widthLimits.max} step={10} value={settings.sidebarWidth} onChange={onWidth} />
          <button type="button" class="sl-copy" onClick={() => onChange({ sidebarWidth: widthLimits.initial })}>Reset</button>
        </div>
      </div>
      <Choice name="theme" legend="Colours" value={settings.theme} onChange={onChange}
        options={[['system', 'Follow the system (light or dark)'], ['light', 'Light'], ['dark', 'Dark']]} />
    </section>
  );
}

/** What the toolbar button does, and the keyboard shortcut. */
function ToolbarSection({ settings, shortcut, onChange }: OptionsAppProps) {
  return (
    <section aria-labelledby="sl-toolbar">
      <h2 id="sl-toolbar">Toolbar button and keyboard</h2>
      <Choice name="toolbarClick" legend="Clicking the toolbar button" value={settings.toolbarClick} onChange={onChange}
        options={[['popup', 'Shows the popup (counts, sidebar, export)'], ['sidebar', 'Opens and closes the sidebar in one click']]} />
      <p class="sl-note">
        {shortcut ? <>Keyboard: <kbd>{shortcut}</kbd> opens and closes the sidebar. </> : 'No keyboard shortcut is set. '}
        Change it in the browser: <code>chrome://extensions/shortcuts</code> in Chrome, or <em>Manage Extension Shortcuts</em> in Firefox's add-ons page.
      </p>
    </section>
  );
}

/** Ad hiding and clutter. */
function AdsSection({ settings, onChange }: OptionsAppProps) {
  return (
    <section aria-labelledby="sl-ads">
      <h2 id="sl-ads">Ads and clutter</h2>
      <Flag name="hideAds" label="Hide ads" hint="Ad blocks and their labels; never a word of the article." checked={settings.hideAds} onChange={onChange} />
      <Choice name="clutter" legend="Other clutter (newsletter boxes, share counters, “read more” lists)" value={settings.clutter} onChange={onChange}
        options={[['off', 'Leave it'], ['reading', 'Hide it too (reading mode)']]} />
      <Flag name="showHidden" label="Show what was hidden" hint="Outline hidden blocks with the reason, instead of hiding them." checked={settings.showHidden} onChange={onChange} />
      <Flag name="refreshFilters" label="Refresh the ad filter list weekly" hint="Downloads EasyList from easylist.to once a week: Sourcelight's only network request, off unless you switch it on." checked={settings.refreshFilters} onChange={onChange} />
    </section>
  );
}

/** The sites where the reader switched Sourcelight off, each with a way to switch it back on. */
function SitesSection({ sites, onChange }: { sites: string[]; onChange: (patch: Partial<Settings>) => void }) {
  return (
    <section aria-labelledby="sl-sites">
      <h2 id="sl-sites">Sites where Sourcelight is off</h2>
      {sites.length ? (
        <ul class="sl-sites">
          {sites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" class="sl-copy" aria-label={`Switch Sourcelight back on for ${site}`} onClick={() => onChange({ disabledSites: sites.filter((s) => s !== site) })}>
                Switch back on
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p class="sl-note">None. Switch Sourcelight off for a site from the sidebar or the popup.</p>
      )}
    </section>
  );
}
