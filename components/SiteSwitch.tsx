/** The per-site on/off switch in the sidebar header and the popup. Props in, callbacks out. */
import { SwitchButton } from './SwitchButton';

/** Props of SiteSwitch. */
export interface SiteSwitchProps {
  /** The site it applies to, as shown to the reader ("example.com"). */
  site: string;
  enabled: boolean;
  onChange: (enabled: boolean) => void;
}

/** A switch that turns Sourcelight on or off for the current site. */
export function SiteSwitch({ site, enabled, onChange }: SiteSwitchProps) {
  const name = site || 'this site';
  return (
    <SwitchButton
      label={`Sourcelight on ${name}`}
      text={`${enabled ? 'On' : 'Off'} for ${name}`}
      checked={enabled}
      onChange={onChange}
      class="sl-site-switch"
    />
  );
}
