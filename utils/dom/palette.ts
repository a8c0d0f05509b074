/**
 * The colours that tell sources apart, shared by the page highlights and the sidebar swatches. Pure.
 *
 * Fourteen hues far apart on the colour wheel (after Kelly's and Tableau's palettes), each mid-light so
 * that, laid under text at partial opacity, dark text on white and light text on dark pages stay readable.
 */
export const PALETTE: readonly string[] = [
  '#f5c518', // yellow
  '#4fa3e0', // sky blue
  '#5cc46a', // green
  '#f28e2b', // orange
  '#e377c2', // pink
  '#2bb5a5', // teal
  '#9d7be0', // violet
  '#e15759', // red
  '#a6d854', // lime
  '#c49c6b', // tan
  '#17becf', // cyan
  '#d35fb7', // magenta
  '#bcbd22', // olive
  '#6b7fd7', // indigo
];

/** Opacity of a quote's highlight, of the reader's current (focused) quote, and of a flashed (clicked) one. */
export const HIGHLIGHT_ALPHA = 0.35;
export const FOCUS_ALPHA = 0.6;
export const FLASH_ALPHA = 0.85;

/** The colour of the `index`-th source (0-based), cycling through the palette. */
export function colourFor(index: number): string {
  const n = PALETTE.length;
  return PALETTE[((Math.trunc(index) % n) + n) % n]!;
}

/** A `#rrggbb` colour as `rgba(r, g, b, alpha)`; other colour strings are returned unchanged. */
export function withAlpha(hex: string, alpha: number): string {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) return hex;
  const [r, g, b] = [m[1]!, m[2]!, m[3]!].map((h) => parseInt(h, 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}
