/**
 * The source-type breakdown: one bar split by how many sources are officials, experts, organisations,
 * participants, media and unnamed, with a legend in words (the bar itself is decoration for screen
 * readers; the legend says it all). Props in.
 */
import type { Source } from '../utils/types';
import { plural, roleBreakdown, ROLE_WORDS } from './summary';

/** Props of BreakdownBar. */
export interface BreakdownBarProps {
  sources: readonly Source[];
}

/** The bar and its legend; nothing when there are no sources. */
export function BreakdownBar({ sources }: BreakdownBarProps) {
  const shares = roleBreakdown(sources);
  if (!shares.length) return null;
  return (
    <div class="sl-breakdown">
      <div class="sl-breakdown-bar" aria-hidden="true">
        {shares.map((r) => (
          <span key={r.role} class={`sl-segment sl-role-${r.role}`} style={{ flexGrow: r.count }} />
        ))}
      </div>
      <ul class="sl-legend" aria-label="Source types">
        {shares.map((r) => (
          <li key={r.role} class="sl-legend-item" data-role={r.role}>
            <span class={`sl-legend-swatch sl-role-${r.role}`} aria-hidden="true" />
            {plural(r.count, ...ROLE_WORDS[r.role])}
          </li>
        ))}
      </ul>
    </div>
  );
}
