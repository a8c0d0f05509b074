/**
 * Finds text inside quotation marks: straight and curly double quotes, «», „“, and British single
 * quotes (‘…’). A quote left open at the end of a paragraph runs on into the next paragraph when that
 * one opens with a quotation mark again (the newspaper convention for multi-paragraph quotes). Pure.
 */
import type { ArticleText, Span } from '../types';

/** One quoted passage. */
export interface QuotedSpan {
  /** The text inside the marks (marks excluded). */
  span: Span;
  /** Where the marks are (marks included); equal to `span` where a mark is missing. */
  outer: Span;
  /** Index of the block it sits in. */
  block: number;
  /** True when the paragraph ends before the quote closes. */
  open: boolean;
  /** True when it continues a quote left open in the previous paragraph. */
  continues: boolean;
}

const DOUBLE_OPEN = '“„«"';
const DOUBLE_CLOSE = '”»"“';

/** True when the character before `i` allows an opening mark: start, space, bracket or dash. */
function opensAt(text: string, i: number): boolean {
  return i === 0 || /[\s(\[—–\-:/]/.test(text[i - 1]!);
}

/** True when the character after `i` allows a closing mark: end, space or punctuation. */
function closesAt(text: string, i: number): boolean {
  return i === text.length - 1 || /[\s.,;:!?)\]—–\-'"’”]/.test(text[i + 1]!);
}

/** Finds the closing mark for an opening at `open`, or -1. */
function findClose(text: string, open: number, single: boolean): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text[i]!;
    if (single) {
      if (c === '’' && i > open + 1 && !/\s/.test(text[i - 1]!) && closesAt(text, i) && !/\p{L}/u.test(text[i + 1] ?? ' ')) return i;
      if (DOUBLE_CLOSE.includes(c) && c !== '"' && c !== '“') return -1; // a double closes first: not a quote
    } else if (DOUBLE_CLOSE.includes(c) && (c !== '“' || (i > open + 1 && closesAt(text, i) && !/\s/.test(text[i - 1]!)))) {
      if (c === '"' && opensAt(text, i) && !closesAt(text, i)) continue; // a straight quote that opens a nested quote
      return i;
    }
  }
  return -1;
}

/** Quoted spans of one block. */
function blockQuotes(text: string, base: number, block: number): QuotedSpan[] {
  const found: QuotedSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    const double = DOUBLE_OPEN.includes(c) && (c !== '"' || opensAt(text, i));
    const single = c === '‘' && opensAt(text, i);
    if (!double && !single) {
      i++;
      continue;
    }
    const close = findClose(text, i, single);
    if (close < 0) {
      if (single) {
        i++;
        continue;
      }
      // Unclosed: the quote runs to the end of the paragraph (and perhaps on into the next).
      found.push({ span: { start: base + i + 1, end: base + text.length }, outer: { start: base + i, end: base + text.length }, block, open: true, continues: false });
      break;
    }
    found.push({ span: { start: base + i + 1, end: base + close }, outer: { start: base + i, end: base + close + 1 }, block, open: false, continues: false });
    i = close + 1;
  }
  return found;
}

/** All quoted spans of the article in reading order, with multi-paragraph quotes marked. */
export function findQuotedSpans(article: ArticleText): QuotedSpan[] {
  const all: QuotedSpan[] = [];
  article.blocks.forEach((block, index) => {
    const spans = blockQuotes(block.text, block.span.start, index);
    const previous = all[all.length - 1];
    const first = spans[0];
    if (first && previous?.open && previous.block === index - 1 && first.outer.start === block.span.start) {
      first.continues = true;
    }
    all.push(...spans);
  });
  return all;
}
