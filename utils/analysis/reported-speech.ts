/**
 * Pass 3: reported speech, attributed by a reporting verb or phrase in the sentence. Pure.
 *
 * - Speaker first: "At the same time, he said Israel understood that Trump …"
 * - Speaker last: "…, but the two did not discuss the intelligence leak, the Prime Minister's office said."
 * - Verb first: "…, said Ivan Quinn, Tunisia country director for Amnesty International."
 * - Phrase: "according to the World Travel and Tourism Council, an industry body".
 * - Infinitive or participle: "Israeli officials declined to confirm …, but were quick to say that …"
 *   and "Paul Levi … issued a similar statement, saying:" take the sentence's subject.
 * A sentence already holding an attributed quote is left alone; partial quotes inside reported speech
 * make the statement `mixed`.
 */
import type { ArticleText, Span } from '../types';
import { WEAK_VERBS } from './lexicon';
import { parseSpeaker, type Mention } from './mentions';
import type { QuotedSpan } from './quote-marks';
import {
  ACCORDING, CITING, CLAUSE_BREAK, CONTENT_VERB, MIN_CONTENT_CHARS, NEGATED, NO_STATEMENT, NOMINAL_CUE, RELATIVE, citedIn,
  clauseSubject, contentAfter, trailingAttribution, weakVerbReports,
} from './reported-cues';
import { splitSentences } from './sentences';
import { findVerbs, speakerBefore, type Statement } from './statements';

/** What every statement read from one sentence shares. */
interface SentenceContext {
  /** Offset of the sentence (or clause) in the article text. */
  at: number;
  block: number;
  type: 'indirect' | 'mixed';
  hasQuote: boolean;
  cited?: Mention[];
  /** The sentence before this clause, whose subject an infinitive or participle may take. */
  sentenceStart: string;
}

/** The statement of one sentence, or null. `sentence` is relative; `at` is its offset in the article. */
function readSentence(sentence: string, at: number, block: number, quoted: Span[], sentenceStart = ''): Statement | null {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  if (letters.length > 12 && letters === letters.toUpperCase()) return null; // a shouted headline
  const citing = sentence.match(CITING);
  let clean = citing ? sentence.replace(citing[0], ' '.repeat(citing[0].length)) : sentence;
  const hasQuote = quoted.some((q) => q.start >= at && q.end <= at + sentence.length);
  const context: SentenceContext = { at, block, type: hasQuote ? 'mixed' : 'indirect', hasQuote, cited: citing ? parseSpeaker(citing[1]!) : undefined, sentenceStart };

  const nominal = readNominal(clean, context);
  if (nominal) return nominal;
  const trailing = trailingAttribution(clean);
  if (trailing) {
    return statement(context, { start: at, end: at + trailing.content }, trailing.verb.word, trailing.mentions, 'speaker-last', at + trailing.verb.start);
  }
  const according = readAccording(clean, context);
  if (according && 'pass' in according) return according;
  if (according) clean = according.rest;
  return readSpeakerFirst(clean, context)
    ?? (context.cited?.length ? statement(context, { start: at, end: at }, 'citing', [], 'cited-only') : null);
}

/** Builds a statement of the sentence in `context`. */
function statement(context: SentenceContext, span: Span, cue: string, mentions: Mention[], pass: string, cueAt?: number): Statement {
  return { span, type: context.type, inherit: false, block: context.block, cue, mentions, pass, cited: context.cited, cueAt };
}

/** "Van Der Beek's announcement that his wife had suffered a miscarriage": a statement named by a noun. */
function readNominal(clean: string, context: SentenceContext): Statement | null {
  const nominal = clean.match(NOMINAL_CUE);
  if (!nominal) return null;
  const mentions = parseSpeaker(nominal[1]!);
  const start = nominal.index! + nominal[0].length;
  const end = clean.replace(/[\s.]+$/, '').length;
  if (!mentions.length || end - start < MIN_CONTENT_CHARS) return null;
  return statement(context, { start: context.at + start, end: context.at + end }, nominal[2]!, mentions, 'nominal');
}

/**
 * "…, according to the World Travel and Tourism Council" gives a statement; "According to AFP, one user
 * on Weibo posted: …" cites AFP and leaves the rest of the sentence (`rest`) to be read for its speaker.
 */
function readAccording(clean: string, context: SentenceContext): Statement | { rest: string } | null {
  const according = clean.match(ACCORDING);
  const mentions = according ? parseSpeaker(according[1]!) : [];
  if (!according || !mentions.length) return null;
  const start = according.index!;
  const before = clean.slice(0, start).replace(/[\s,]+$/, '');
  const rest = clean.slice(start + according[0].length);
  if (before.length < MIN_CONTENT_CHARS && findVerbs(rest).some((v) => !WEAK_VERBS.has(v.word))) {
    context.cited = [...(context.cited ?? []), ...mentions];
    return { rest: ' '.repeat(start + according[0].length) + rest };
  }
  const at = context.at;
  const span = before.length >= MIN_CONTENT_CHARS
    ? { start: at, end: at + before.length }
    : { start: at + start + according[0].length, end: at + clean.replace(/[\s.]+$/, '').length };
  return statement(context, span, 'according to', mentions, 'according-to', at + start);
}

/** "X said (that) …", "X, credential, told reporters …", "…, X said, is …": the first verb with a speaker before it. */
function readSpeakerFirst(clean: string, context: SentenceContext): Statement | null {
  const at = context.at;
  for (const verb of findVerbs(clean)) {
    const before = clean.slice(0, verb.start);
    if (NEGATED.test(before) || RELATIVE.test(before) || NO_STATEMENT.test(clean.slice(verb.end))) continue;
    if (WEAK_VERBS.has(verb.word) && !weakVerbReports(clean, verb, context.hasQuote)) continue;
    const participle = /ing$/.test(verb.word) || /\b(?:to|and)\s+$/.test(before);
    let mentions = participle ? clauseSubject(before) : speakerBefore(before).mentions;
    // "Israeli officials declined to confirm …, but were quick to say that …": the sentence's subject.
    if (!mentions.length && context.sentenceStart && participle) mentions = clauseSubject(context.sentenceStart);
    if (!mentions.length) continue;
    const end = clean.replace(/[\s.]+$/, '').length;
    // "A major part of the reason …, McKinley said, is the flow of drugs": the statement is the whole sentence.
    const speakerAt = speakerBefore(before).start;
    if (!participle && /^\s*,/.test(clean.slice(verb.end)) && /,\s*$/.test(before.slice(0, speakerAt)) && speakerAt >= MIN_CONTENT_CHARS) {
      return statement(context, { start: at, end: at + end }, verb.word, mentions, 'speaker-inside', at + verb.start);
    }
    const start = contentAfter(clean, verb);
    // "will announce a new Sudan strategy": a short object with no clause and no quote is not a statement.
    if (!context.hasQuote && !CONTENT_VERB.test(clean.slice(start, end)) && clean.slice(start, end).split(/\s+/).length < 6) continue;
    if (end - start < MIN_CONTENT_CHARS) continue;
    return statement(context, { start: at + start, end: at + end }, verb.word, mentions, 'speaker-first');
  }
  return null;
}

/**
 * A statement reported inside another: "South Africa said Mr Mugabe had told President Jacob Zuma … that
 * he was confined to his home" is also Mugabe's statement. Only named speakers, one level deep.
 */
function nested(text: string, outer: Statement, block: number, quoted: Span[]): Statement[] {
  if (outer.pass !== 'speaker-first') return [];
  const inner = readSentence(text.slice(outer.span.start, outer.span.end), outer.span.start, block, quoted);
  const named = inner?.mentions.every((m) => m.kind === 'person' || m.kind === 'single' || m.kind === 'organisation');
  return inner && named && inner.mentions.length && inner.pass === 'speaker-first' ? [{ ...inner, pass: 'nested' }] : [];
}

/** "…, said the officials, who added that they were swapping …": the speaker's second statement. */
function addedAfterCue(text: string, outer: Statement, sentenceEnd: number): Statement[] {
  if (outer.pass !== 'speaker-last' || outer.cueAt === undefined) return [];
  const tail = text.slice(outer.cueAt, sentenceEnd);
  const added = tail.match(/,\s+(?:who\s+)?add(?:ed|ing|s)\s+(?:that\s+)?/i);
  if (!added) return [];
  const start = outer.cueAt + added.index! + added[0].length;
  const end = sentenceEnd - (tail.length - tail.replace(/[\s.]+$/, '').length);
  return end - start >= MIN_CONTENT_CHARS ? [{ ...outer, span: { start, end }, mentions: [], inherit: true, pass: 'added-after-cue', cueAt: undefined }] : [];
}

/** Reported-speech statements, in reading order, outside what earlier passes attributed. */
export function findReportedStatements(article: ArticleText, earlier: Statement[], quoted: QuotedSpan[], claimed: Set<number>): Statement[] {
  const taken = earlier.map((s) => s.span);
  const quoteSpans = quoted.map((q) => q.outer);
  const statements: Statement[] = [];
  article.blocks.forEach((block, index) => {
    if (block.kind === 'heading' || block.kind === 'caption' || claimed.has(index)) return;
    for (const s of splitSentences(block.text, block.span.start)) {
      if (taken.some((t) => t.start < s.end && s.start < t.end)) {
        const cited = citedIn(article.text.slice(s.start, s.end));
        if (cited.length) statements.push({ span: { start: s.start, end: s.start }, type: 'indirect', cue: 'citing', mentions: [], inherit: false, block: index, pass: 'cited-only', cited });
        continue;
      }
      const sentence = article.text.slice(s.start, s.end);
      // "He vowed to keep trying, but the BBC's North America editor Yusuf Lopez said …": one statement a clause.
      // Clauses win only where they hold more than one statement; otherwise the whole sentence is read.
      const cuts = [0, ...[...sentence.matchAll(CLAUSE_BREAK)].map((m) => m.index! + m[0].length), sentence.length];
      const byClause: Statement[] = [];
      for (let c = 0; cuts.length > 2 && c + 1 < cuts.length; c++) {
        const clause = sentence.slice(cuts[c], cuts[c + 1]);
        const statement = readSentence(clause, s.start + cuts[c]!, index, quoteSpans, c ? sentence.slice(0, cuts[c]) : '');
        if (statement) byClause.push(statement);
      }
      const whole = readSentence(sentence, s.start, index, quoteSpans);
      const found = byClause.length > 1 ? byClause : whole ? [whole] : [];
      statements.push(...found, ...found.flatMap((st) => [...nested(article.text, st, index, quoteSpans), ...addedAfterCue(article.text, st, s.end)]));
    }
  });
  return statements;
}
