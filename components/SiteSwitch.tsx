/** The per-site on/off switch in the sidebar header. Props in, callbacks out. */

/** Props of SiteSwitch. */
export interface SiteSwitchProps {
  /** The site it applies to, as shown to the reader ("example.com"). */
  site: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** A switch button (role="switch") that turns Sourcelight on or off for the current site. */
export function SiteSwitch({ site, enabled, onChange }: SiteSwitchProps) {
  return (
    <button
      type="button"
      class="sl-switch"
      role="switch"
      aria-checked={enabled}
      aria-label={`Sourcelight on ${site || 'this site'}`}
      onClick={() => onChange(!enabled)}
    >
      <span class="sl-switch-track" aria-hidden="true">
        <span class="sl-switch-thumb" />
      </span>
      <span class="sl-switch-label">{enabled ? 'On' : 'Off'} for {site || 'this site'}</span>
    </button>
  );
}
