/**
 * Small statistics for noisy timings: medians and spreads over repeated runs. Pure.
 */

/** The median of `values` (NaN when empty). */
export function median(values: number[]): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The smallest and largest finite value, [NaN, NaN] when none. */
export function range(values: number[]): [number, number] {
  const finite = values.filter(Number.isFinite);
  return finite.length ? [Math.min(...finite), Math.max(...finite)] : [NaN, NaN];
}

/**
 * The relative spread of repeated measurements: (max − min) ÷ median. 0.1 means the runs differ by 10 %
 * of the median; on a loaded two-core machine 0.2–0.5 is usual for page loads.
 */
export function spread(values: number[]): number {
  const [lo, hi] = range(values);
  const mid = median(values);
  return mid ? (hi - lo) / mid : NaN;
}

/** A number rounded for a table: one decimal below 100, none above; "–" for NaN. */
export function fmt(value: number, unit = ''): string {
  if (!Number.isFinite(value)) return '–';
  return `${Math.abs(value) < 100 ? value.toFixed(1) : Math.round(value)}${unit}`;
}

/** Pads each column to its widest cell; the first column left-aligned, the rest right-aligned. */
export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  return rows
    .map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  '))
    .join('\n');
}
