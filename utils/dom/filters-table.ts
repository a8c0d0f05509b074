/**
 * The string structures of the shipped filter list (filters-index.ts): the rule-line codec, the label
 * hash that picks a page's site shard, the bit set of labels that have any site data, and the sorted
 * class/id table searched in place. Reading any of them makes no object per entry: a page asks about a
 * few hundred names out of 13,000, and building a map of all of them per page is what used to cost the
 * most at document_start.
 */
import type { CompiledRule } from './filters-index';

/** Separates a rule's selector from its text (procedural rules). */
const TEXT_MARK = '\u0000';
/** Separates a rule from its `~site` exclusions. */
const NOT_MARK = '\u0001';
/** Separates rules inside one line of the class/id table. */
export const RULE_SEPARATOR = '\u0003';

/** One rule as one line: `selector[\0text][\1not,not]` (no newline, tab or separator inside). */
export function encodeRule(rule: CompiledRule): string {
  const clean = (s: string) => s.replace(/[\n\t\u0000-\u0003]/g, ' ');
  return clean(rule.s) + (rule.text === undefined ? '' : TEXT_MARK + clean(rule.text)) + (rule.not?.length ? NOT_MARK + rule.not.join(',') : '');
}

/** The rule back from its line. */
export function decodeRule(line: string): CompiledRule {
  const [body = '', not] = line.split(NOT_MARK);
  const [s = '', text] = body.split(TEXT_MARK);
  return { s, ...(text === undefined ? {} : { text }), ...(not ? { not: not.split(',') } : {}) };
}

/** FNV-1a over a label's UTF-16 code units: stable across the build (Node) and every browser. */
export function labelHash(label: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** Bits in the label set (a 2^16-bit set: about one false hit in nine labels for EasyList's 7,500 site names). */
export const LABEL_SET_BITS = 1 << 16;
/** Six bits per character. */
const SET_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** The bit set of label hashes as text (six bits a character). */
export function encodeLabelSet(hashes: Iterable<number>): string {
  const bits = new Uint8Array(Math.ceil(LABEL_SET_BITS / 6));
  for (const hash of hashes) {
    const bit = hash % LABEL_SET_BITS;
    bits[(bit / 6) | 0]! |= 1 << bit % 6;
  }
  return Array.from(bits, (b) => SET_ALPHABET[b]).join('');
}

/** Whether the set holds `hash` (a false positive now and then; never a false negative). */
export function labelSetHas(set: string, hash: number): boolean {
  const bit = hash % LABEL_SET_BITS;
  const value = SET_ALPHABET.indexOf(set.charAt((bit / 6) | 0));
  return value >= 0 && (value & (1 << bit % 6)) !== 0;
}

/**
 * A sorted `key\trule\3rule…` table (one line per key, sorted by UTF-16 code units), searched by
 * binary search directly in the text: no line offsets, nothing built before the first question.
 */
export class SortedTable {
  constructor(private readonly text: string, private readonly start = 0) {}

  /** The rule lines under `key` (empty when none). */
  get(key: string): string[] {
    const text = this.text;
    // `low` is always a line start; the line for `key`, if any, starts in [low, high).
    let low = this.start, high = text.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      const lineStart = text.lastIndexOf('\n', mid - 1) + 1;
      const from = Math.max(lineStart, low);
      let end = text.indexOf('\n', from);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', from);
      const name = tab < 0 || tab > end ? text.slice(from, end) : text.slice(from, tab);
      if (name === key) return tab < 0 || tab > end ? [] : text.slice(tab + 1, end).split(RULE_SEPARATOR);
      if (name < key) low = end + 1;
      else high = from;
    }
    return [];
  }
}
