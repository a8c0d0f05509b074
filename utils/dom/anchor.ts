/**
 * anchorQuotes: finds each quote again in the LIVE page by its text and context (Hypothesis's
 * TextQuoteSelector: exact + prefix + suffix), never by offsets, which come from Readability's clone and
 * do not line up with the live DOM. Reads only.
 *
 * Matching, most exact first: the quote as written with whitespace collapsed; then case, curly quotes and
 * dashes folded; then with all spaces ignored ("<b>Prime</b>Minister" vs "Prime Minister"). Among several
 * matches the one whose surrounding text agrees longest with prefix and suffix wins.
 */
import type { Quote } from '../types';
import { buildTextIndex, rangeFromIndex, type TextIndex } from './text-index';

/** Quotes shorter than this (after collapsing whitespace) are not anchored: too ambiguous. */
const MIN_EXACT_LENGTH = 3;

/** Collapses whitespace like the text index does, drops soft hyphens and trims. */
function collapse(text: string): string {
  return text.replace(/\u00ad/g, '').replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/** Characters whose lower case depends on their neighbours (final sigma) or changes length (İ). */
const CONTEXTUAL_CASE = /[\u0130\u03a3]/;

/**
 * Folds case, quotation marks, apostrophes and dashes, keeping the length (so offsets stay valid). Each
 * character is folded on its own (a lone Σ is σ even at a word's end, İ stays as it is); a text without
 * either is lower-cased in one call, which gives the same result.
 */
export function fold(text: string): string {
  const lower = CONTEXTUAL_CASE.test(text) ? foldCaseByCharacter(text) : text.toLowerCase();
  return lower.replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―−]/g, '-');
}

/** Lower case, character by character, keeping those whose lower case is longer. */
function foldCaseByCharacter(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/** The haystack and its mapping back to the index, at one level of matching. */
interface Level {
  text: string;
  /** Position in the level's text → position in the index text. */
  toIndex: (i: number) => number;
  prepare: (s: string) => string;
}

/** The three matching levels over one index; the folded ones are built only when needed, the fold once. */
function levels(index: TextIndex): Array<() => Level> {
  const identity = (i: number) => i;
  let folded: string | null = null;
  const foldedText = () => (folded ??= fold(index.text));
  return [
    () => ({ text: index.text, toIndex: identity, prepare: collapse }),
    () => ({ text: foldedText(), toIndex: identity, prepare: (s) => fold(collapse(s)) }),
    () => {
      const all = foldedText();
      const text = all.replace(/ /g, '');
      const positions = new Int32Array(text.length + 1);
      let at = 0;
      for (let i = 0; i < all.length; i++) if (all.charCodeAt(i) !== 32) positions[at++] = i;
      positions[at] = all.length;
      return { text, toIndex: (i) => positions[i] ?? all.length, prepare: (s) => fold(collapse(s)).replace(/ /g, '') };
    },
  ];
}

/** How many characters before `start` agree with the end of `prefix`, and after `end` with the start of `suffix`. */
function contextScore(text: string, start: number, end: number, prefix: string, suffix: string): number {
  const before = text.slice(Math.max(0, start - prefix.length - 2), start).trimEnd();
  const wantBefore = prefix.trimEnd();
  let score = 0;
  while (score < before.length && score < wantBefore.length && before[before.length - 1 - score] === wantBefore[wantBefore.length - 1 - score]) score++;
  const after = text.slice(end, end + suffix.length + 2).trimStart();
  const wantAfter = suffix.trimStart();
  let s = 0;
  while (s < after.length && s < wantAfter.length && after[s] === wantAfter[s]) s++;
  return score + s;
}

/** The best match of `quote` at one level: [start, end) in the level's text, or null. */
function bestMatch(level: Level, quote: Quote['anchor']): [number, number] | null {
  const exact = level.prepare(quote.exact);
  if (exact.length < MIN_EXACT_LENGTH) return null;
  const prefix = level.prepare(quote.prefix);
  const suffix = level.prepare(quote.suffix);
  let best: [number, number] | null = null;
  let bestScore = -1;
  for (let at = level.text.indexOf(exact); at !== -1; at = level.text.indexOf(exact, at + 1)) {
    const score = contextScore(level.text, at, at + exact.length, prefix, suffix);
    if (score > bestScore) {
      best = [at, at + exact.length];
      bestScore = score;
    }
  }
  return best;
}

/**
 * Finds each quote's text under `root` in the live page. Returns a Range per quote id that was found;
 * quotes whose text is not on the page are simply absent. Skips script, style, hidden nodes and our sidebar.
 */
export function anchorQuotes(root: Element, quotes: Quote[]): Map<string, Range> {
  const found = new Map<string, Range>();
  if (!quotes.length) return found;
  const index = buildTextIndex(root);
  const built = levels(index).map((make) => {
    let level: Level | null = null;
    return () => (level ??= make());
  });
  for (const quote of quotes) {
    for (const level of built) {
      const match = bestMatch(level(), quote.anchor);
      if (!match) continue;
      const range = rangeFromIndex(index, level().toIndex(match[0]), level().toIndex(match[1] - 1) + 1);
      if (range) found.set(quote.id, range);
      break;
    }
  }
  return found;
}
