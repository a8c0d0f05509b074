/**
 * Sentence splitting inside one block. Pure. Knows abbreviations ("Mr.", "U.S.", "Sen."), initials
 * ("Dana Reyes") and quotation marks, so a full stop inside a quote closes the sentence only when
 * the quote closes too.
 */
import type { Span } from '../types';
import { ABBREVIATIONS } from './lexicon';

const CLOSERS = `"'”’»)]`;

/** True when the word before a full stop is an abbreviation or an initial, not a sentence end. */
function isAbbreviation(text: string, dot: number): boolean {
  const before = text.slice(Math.max(0, dot - 12), dot).match(/([A-Za-z][A-Za-z.]*)$/);
  if (!before) return false;
  const word = before[1]!;
  if (/^[A-Z]$/.test(word)) return true; // an initial: "Dana Reyes"
  if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word)) return true; // "U.S", "D.C"
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits `text` (one block) into sentence spans, offsets relative to `base`. A sentence ends at
 * . ! or ? (plus closing quotes) followed by a space and an upper-case letter, digit or opening quote.
 */
export function splitSentences(text: string, base = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const end = /[.!?]+/g;
  for (let m = end.exec(text); m; m = end.exec(text)) {
    let stop = m.index + m[0].length;
    while (stop < text.length && CLOSERS.includes(text[stop]!)) stop++;
    const next = text.slice(stop, stop + 3);
    if (!/^\s+["'“‘«(\[]?[\p{Lu}\p{N}]/u.test(next) && stop < text.length) continue;
    if (m[0] === '.' && isAbbreviation(text, m.index)) continue;
    spans.push({ start: base + start, end: base + stop });
    start = stop;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  if (start < text.length) spans.push({ start: base + start, end: base + text.length });
  return spans;
}
