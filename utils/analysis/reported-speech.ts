/**
 * Pass 3: reported speech, attributed by a reporting verb or phrase in the sentence. Pure.
 *
 * - Speaker first: "At the same time, he said Israel understood that Trump …"
 * - Speaker last: "…, but the two did not discuss the intelligence leak, the Prime Minister's office said."
 * - Verb first: "…, said Lotfi Azzouz, Tunisia country director for Amnesty International."
 * - Phrase: "according to the World Travel and Tourism Council, an industry body".
 * - Infinitive or participle: "Israeli officials declined to confirm …, but were quick to say that …"
 *   and "Ron Dermer … issued a similar statement, saying:" take the sentence's subject.
 * A sentence already holding an attributed quote is left alone; partial quotes inside reported speech
 * make the statement `mixed`.
 */
import type { ArticleText, Span } from '../types';
import { WEAK_VERBS } from './lexicon';
import { parseSpeaker, type Mention } from './mentions';
import type { QuotedSpan } from './quote-marks';
import { splitSentences } from './sentences';
import { findVerbs, leadingSubject, speakerBefore, type Statement, type VerbHit } from './statements';

/** After the verb, only this little (in words) may remain for the speaker-last order ("said on Tuesday."). */
const MAX_TRAILING_WORDS = 7;
/** Content shorter than this (in letters) is not a statement. */
const MIN_CONTENT_CHARS = 8;

const NEGATED = /\b(?:not|never|declined to|refused to|decline to|refuse to|did not|didn't|won't|wouldn't|could not|couldn't)\s+$/i;
const NO_STATEMENT = /^\s*(?:to comment|comment|for comment|a request|requests|questions?|when asked)\b/i;
const CITING = /,?\s*\bciting\s+([^,.;]+?)(?=,|\s+(?:reported|said|says)\b)/i;
const ACCORDING = /\baccording to\s+([^.;"“”]+?)(?=[.;]|$|,\s+(?!an?\s|the\s)[a-z])/i;

/** Content of a speaker-first statement: the clause after the verb, with its object and "that" dropped. */
function contentAfter(sentence: string, verb: VerbHit): number {
  const rest = sentence.slice(verb.end);
  const that = rest.match(/^(?:(?:\s+[\w’'.\-]+){0,8}?)\s+that\s+/);
  if (that) return verb.end + that[0].length;
  const lead = rest.match(/^\s*(?:on twitter|in a statement|in an interview|to reporters|on \w+day)?[,:]?\s*/i);
  return verb.end + (lead?.[0].length ?? 0);
}

/** True when a weak verb ("called", "believed") is used to report, here. */
function weakVerbReports(sentence: string, verb: VerbHit, hasQuote: boolean): boolean {
  const rest = sentence.slice(verb.end, verb.end + 120);
  if (/^(?:(?:\s+[\w’'.\-]+){0,8}?)\s+that\s/.test(rest) || hasQuote) return true;
  if (/^describ/.test(verb.word)) return /\bas\b/.test(rest);
  if (/^call/.test(verb.word)) return /^\s+(?:[\w’'\-]+\s+){1,5}(?:a|an)\s/.test(rest) && !/^\s+(?:on|for|in)\b/.test(rest);
  if (/^(?:accus|blam|prais|criticis|criticiz|condemn)/.test(verb.word)) return /\b(?:of|for)\b/.test(rest);
  return false;
}

/** The statement of one sentence, or null. `sentence` is relative; `at` is its offset in the article. */
function readSentence(sentence: string, at: number, block: number, quoted: Span[]): Statement | null {
  let cited: Mention[] | undefined;
  const citing = sentence.match(CITING);
  if (citing) cited = parseSpeaker(citing[1]!);
  const clean = citing ? sentence.replace(citing[0], ' '.repeat(citing[0].length)) : sentence;
  const hasQuote = quoted.some((q) => q.start >= at && q.end <= at + sentence.length);
  const type = hasQuote ? 'mixed' : 'indirect';

  const according = clean.match(ACCORDING);
  if (according) {
    const mentions = parseSpeaker(according[1]!);
    if (mentions.length) {
      const start = according.index!;
      const before = clean.slice(0, start).replace(/[\s,]+$/, '');
      const span = before.length >= MIN_CONTENT_CHARS
        ? { start: at, end: at + before.length }
        : { start: at + start + according[0].length, end: at + sentence.length };
      return { span, type, cue: 'according to', mentions, inherit: false, block, pass: 'according-to', cited };
    }
  }

  for (const verb of findVerbs(clean)) {
    const before = clean.slice(0, verb.start);
    if (NEGATED.test(before) || NO_STATEMENT.test(clean.slice(verb.end))) continue;
    if (WEAK_VERBS.has(verb.word) && !weakVerbReports(clean, verb, hasQuote)) continue;
    const after = clean.slice(verb.end).replace(/[.!?"”’\s]+$/, '');
    const trailing = after.trim().split(/\s+/).filter(Boolean).length <= MAX_TRAILING_WORDS && !/\bthat\b/.test(after);

    // "…, said Lotfi Azzouz, …": the speaker follows the verb.
    if (/,\s*$/.test(before) && before.trim().length > MIN_CONTENT_CHARS) {
      const mentions = parseSpeaker(after.replace(/^\s*/, '').split(/,\s+(?:adding|saying|noting)\b/)[0]!);
      if (mentions.length && !/^\s*(?:that|the|a|an)\b/i.test(after)) {
        return { span: { start: at, end: at + before.replace(/[\s,]+$/, '').length }, type, cue: verb.word, mentions, inherit: false, block, pass: 'verb-speaker', cited };
      }
    }
    const participle = /ing$/.test(verb.word) || /\b(?:to|and)\s+$/.test(before);
    const found = participle ? { mentions: parseSpeaker(leadingSubject(before)), start: 0 } : speakerBefore(before);
    if (!found.mentions.length) continue;
    // "…, the Prime Minister's office said.": the content is before the speaker.
    const lead = before.slice(0, found.start).replace(/[\s,]+$/, '');
    if (trailing && !participle && lead.length >= MIN_CONTENT_CHARS && /,\s*$/.test(before.slice(0, found.start))) {
      return { span: { start: at, end: at + lead.length }, type, cue: verb.word, mentions: found.mentions, inherit: false, block, pass: 'speaker-verb-last', cited };
    }
    const start = contentAfter(clean, verb);
    const end = clean.replace(/[\s.]+$/, '').length;
    if (end - start < MIN_CONTENT_CHARS) continue;
    return { span: { start: at + start, end: at + end }, type, cue: verb.word, mentions: found.mentions, inherit: false, block, pass: 'speaker-verb', cited };
  }
  return null;
}

/** Reported-speech statements, in reading order, outside what earlier passes attributed. */
export function findReportedStatements(article: ArticleText, earlier: Statement[], quoted: QuotedSpan[], claimed: Set<number>): Statement[] {
  const taken = earlier.map((s) => s.span);
  const quoteSpans = quoted.map((q) => q.outer);
  const statements: Statement[] = [];
  article.blocks.forEach((block, index) => {
    if (block.kind === 'heading' || block.kind === 'caption' || claimed.has(index)) return;
    for (const s of splitSentences(block.text, block.span.start)) {
      if (taken.some((t) => t.start < s.end && s.start < t.end)) continue;
      const statement = readSentence(article.text.slice(s.start, s.end), s.start, index, quoteSpans);
      if (statement) statements.push(statement);
    }
  });
  return statements;
}
