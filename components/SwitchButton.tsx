/** An on/off switch (a button with role="switch"), as used for the site and the highlights. Props in, callbacks out. */

/** Props of SwitchButton. */
export interface SwitchButtonProps {
  /** What the switch turns on and off, read out with its state ("Highlights"). */
  label: string;
  /** The visible text beside the track; defaults to the label. */
  text?: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  class?: string;
}

/** A switch: a track with a thumb, and a short text. */
export function SwitchButton({ label, text, checked, onChange, class: extra }: SwitchButtonProps) {
  return (
    <button
      type="button"
      class={extra ? `sl-switch ${extra}` : 'sl-switch'}
      role="switch"
      aria-checked={checked}
      aria-label={label}
      onClick={() => onChange(!checked)}
    >
      <span class="sl-switch-track" aria-hidden="true">
        <span class="sl-switch-thumb" />
      </span>
      <span class="sl-switch-label">{text ?? label}</span>
    </button>
  );
}
