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

/** Where a sentence splits into clauses that can each report a statement. */
const CLAUSE_BREAK = /,?\s+(?:but|while|whereas)\s+(?=\S)|;\s+|,\s+(?=(?:accusing|saying|adding|noting|arguing|claiming|insisting|warning|calling|urging)\b)|\s+and\s+(?=(?:the\s+)?[\w’'\- ]{1,40}?\s+(?:said|says|added|told)\b)/gi;
/** Weak verbs that never end a sentence as a cue: "…, he called." is not an attribution. */
const NEEDS_OBJECT = /^(?:call|describ|accus|blam|prais|critici|condemn|demand|recommend|advis|highlight|point|ask|issu|releas)/;
/** A verb inside a relative clause ("Justin Bassi, who advises the Attorney-General") reports nothing. */
const RELATIVE = /\b(?:who|which|whom|that)\s+(?:\w+ly\s+)?$/i;
/** A statement named by a noun after its speaker's possessive: "Van Der Beek's announcement that …". */
const NOMINAL_CUE = /((?:[\p{Lu}][\p{L}’'\-]*\s+){0,3}[\p{Lu}][\p{L}\-]*)[’']s\s+(announcement|statement|claim|assertion|admission|warning|insistence|suggestion|revelation|comments?|remarks?|testimony|argument|belief|promise|pledge|assurance)\s+that\s+/u;
/** A word that shows reported content is a clause ("the plant would close"), not a bare object. */
const CONTENT_VERB = /\b(?:that|to|if|whether|would|will|could|should|may|might|must|can|is|are|was|were|has|have|had|be|been|do|does|did)\b|\w+(?:ed|s)\b/i;
const NEGATED = /\b(?:not|never|declined to|refused to|decline to|refuse to|did not|didn't|won't|wouldn't|could not|couldn't)\s+(?:[a-z]+ly\s+)?$/i;
const NO_STATEMENT = /^\s*(?:to comment|comment|for comment|a request|requests|questions?|when asked)\b/i;
const CITING = /,?\s*\bciting\s+([^,.;]+?)(?=,|\s+(?:reported|said|says)\b)/i;
const ACCORDING = /\baccording to\s+([^.;"“”]+?)(?=[.;]|$|,\s+(?!an?\s|the\s)[a-z])/i;

/** Content of a speaker-first statement: the clause after the verb, with its object and "that" dropped. */
function contentAfter(sentence: string, verb: VerbHit): number {
  const rest = sentence.slice(verb.end);
  const that = rest.match(/^(?:(?:\s+[\w’'.\-]+){0,8}?)\s+that\s+/);
  // "told reporters on Tuesday that …" skips to the clause; "warned people to stay away from products that …" does not.
  if (that && !/\sto\s/.test(that[0])) return verb.end + that[0].length;
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
  if (/^(?:issued|released)$/.test(verb.word)) return /^\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|plea|warning|appeal|call|apology|denial|response)\b/i.test(rest);
  return false;
}

/** The subject of the clause a participle or infinitive hangs from: "after Swift publicly scolded …, accusing". */
function clauseSubject(before: string): Mention[] {
  const clause = before.replace(/,?\s*$/, '');
  const cut = Math.max(...[...clause.matchAll(/\s(?:after|when|while|because|since|before|but|although|though|if|as|and then)\s/gi)].map((m) => m.index! + m[0].length), -1);
  if (cut > 0) {
    const inner = parseSpeaker(leadingSubject(clause.slice(cut)));
    if (inner.length) return inner;
  }
  return parseSpeaker(leadingSubject(clause));
}

/** The speaker-last order at the end of a sentence: "…, the Prime Minister's office said." / "…, said Lotfi Azzouz." */
function trailingAttribution(clean: string): { content: number; verb: VerbHit; mentions: Mention[] } | null {
  const verbs = findVerbs(clean);
  for (let i = verbs.length - 1; i >= 0 && i >= verbs.length - 2; i--) {
    const verb = verbs[i]!;
    const before = clean.slice(0, verb.start);
    const after = clean.slice(verb.end).replace(/[.!?"”’\s]+$/, '');
    // At the end of a sentence most weak verbs report too ("…, Reuters reported."); those that need an object do not.
    if ((WEAK_VERBS.has(verb.word) && NEEDS_OBJECT.test(verb.word)) || NEGATED.test(before)) continue;
    // "…, said Lotfi Azzouz, Tunisia country director for Amnesty International."
    if (/,\s*$/.test(before) && !/^tell|^told/.test(verb.word) && !/^\s*(?:that|before|to|in|on|at|for|with|about|under|after|during)\b/i.test(after)) {
      const mentions = parseSpeaker(after.split(/,\s+(?:adding|saying|noting)\b/)[0]!);
      if (mentions.length) return { content: before.replace(/[\s,]+$/, '').length, verb, mentions };
    }
    const afterWords = after.trim().split(/\s+/).filter(Boolean);
    const circumstance = /^\s*(?:on|in|at|to|according|during|after|before|via|through|last|this|earlier|later|yesterday|today|while|when)\b/i.test(after);
    const listener = /^(?:tell|told)/.test(verb.word) || (afterWords.length <= 3 && afterWords.every((w) => /^\p{Lu}/u.test(w)));
    const when = /^(?:late|early|earlier|later|last|this|next|yesterday|today|tonight|recently|previously|again|too|also|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
    const filler = !afterWords.length || (afterWords.length <= 4 && (when.test(afterWords[0]!) || /^\p{Lu}/u.test(afterWords[0]!))) || (circumstance && afterWords.length <= 14) || (listener && afterWords.length <= MAX_TRAILING_WORDS);
    if (!filler) continue;
    const lastComma = before.lastIndexOf(', ');
    if (lastComma < MIN_CONTENT_CHARS) continue;
    const found = speakerBefore(before);
    if (!found.mentions.length || found.start > lastComma + 2) continue;
    const content = before.slice(0, found.start).replace(/[\s,]+$/, '').length;
    if (content >= MIN_CONTENT_CHARS) return { content, verb, mentions: found.mentions };
  }
  return null;
}

/** The statement of one sentence, or null. `sentence` is relative; `at` is its offset in the article. */
function readSentence(sentence: string, at: number, block: number, quoted: Span[], sentenceStart = ''): Statement | null {
  const letters = sentence.replace(/[^\p{L}]/gu, '');
  if (letters.length > 12 && letters === letters.toUpperCase()) return null; // a shouted headline
  let cited: Mention[] | undefined;
  const citing = sentence.match(CITING);
  if (citing) cited = parseSpeaker(citing[1]!);
  let clean = citing ? sentence.replace(citing[0], ' '.repeat(citing[0].length)) : sentence;
  const hasQuote = quoted.some((q) => q.start >= at && q.end <= at + sentence.length);
  const type = hasQuote ? 'mixed' : 'indirect';
  const base = { type, inherit: false, block } as const;

  // "Van Der Beek's announcement that his wife had suffered a miscarriage": a statement as a noun.
  const nominal = clean.match(NOMINAL_CUE);
  if (nominal) {
    const mentions = parseSpeaker(nominal[1]!);
    const start = nominal.index! + nominal[0].length;
    const end = clean.replace(/[\s.]+$/, '').length;
    if (mentions.length && end - start >= MIN_CONTENT_CHARS) {
      return { ...base, span: { start: at + start, end: at + end }, cue: nominal[2]!, mentions, pass: 'nominal', cited };
    }
  }
  const trailing = trailingAttribution(clean);
  if (trailing) {
    return { ...base, span: { start: at, end: at + trailing.content }, cue: trailing.verb.word, mentions: trailing.mentions, pass: 'speaker-last', cited, cueAt: at + trailing.verb.start };
  }

  const according = clean.match(ACCORDING);
  if (according) {
    const mentions = parseSpeaker(according[1]!);
    const start = according.index!;
    const before = clean.slice(0, start).replace(/[\s,]+$/, '');
    // "According to AFP, one user on Weibo posted: …": AFP is cited, the user speaks.
    const rest = clean.slice(start + according[0].length);
    if (mentions.length && before.length < MIN_CONTENT_CHARS && findVerbs(rest).some((v) => !WEAK_VERBS.has(v.word))) {
      cited = [...(cited ?? []), ...mentions];
      clean = ' '.repeat(start + according[0].length) + rest;
    } else if (mentions.length) {
      const span = before.length >= MIN_CONTENT_CHARS
        ? { start: at, end: at + before.length }
        : { start: at + start + according[0].length, end: at + clean.replace(/[\s.]+$/, '').length };
      return { ...base, span, cue: 'according to', mentions, pass: 'according-to', cited, cueAt: at + start };
    }
  }

  for (const verb of findVerbs(clean)) {
    const before = clean.slice(0, verb.start);
    if (NEGATED.test(before) || RELATIVE.test(before) || NO_STATEMENT.test(clean.slice(verb.end))) continue;
    if (WEAK_VERBS.has(verb.word) && !weakVerbReports(clean, verb, hasQuote)) continue;
    const participle = /ing$/.test(verb.word) || /\b(?:to|and)\s+$/.test(before);
    let mentions = participle ? clauseSubject(before) : speakerBefore(before).mentions;
    // "Israeli officials declined to confirm …, but were quick to say that …": the sentence's subject.
    if (!mentions.length && sentenceStart && participle) mentions = clauseSubject(sentenceStart);
    if (!mentions.length) continue;
    const end = clean.replace(/[\s.]+$/, '').length;
    // "A major part of the reason …, McKinley said, is the flow of drugs": the statement is the whole sentence.
    if (!participle && /^\s*,/.test(clean.slice(verb.end)) && /,\s*$/.test(before.slice(0, speakerBefore(before).start)) && speakerBefore(before).start >= MIN_CONTENT_CHARS) {
      return { ...base, span: { start: at, end: at + end }, cue: verb.word, mentions, pass: 'speaker-inside', cited, cueAt: at + verb.start };
    }
    const start = contentAfter(clean, verb);
    // "will announce a new Sudan strategy": a short object with no clause and no quote is not a statement.
    if (!hasQuote && !CONTENT_VERB.test(clean.slice(start, end)) && clean.slice(start, end).split(/\s+/).length < 6) continue;
    if (end - start < MIN_CONTENT_CHARS) continue;
    return { ...base, span: { start: at + start, end: at + end }, cue: verb.word, mentions, pass: 'speaker-first', cited };
  }
  return cited?.length ? { ...base, span: { start: at, end: at }, cue: 'citing', mentions: [], pass: 'cited-only', cited } : null;
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

/**
 * Parties a sentence cites for a quote another pass attributed: "According to AFP, one user on Weibo
 * posted: “…”"; "… said in an internal memo that “…”, Yahoo Finance reported earlier this year."
 * Named parties only: a pronoun here would only repeat the quote's speaker.
 */
function citedIn(sentence: string): Mention[] {
  const found: Mention[] = [];
  const according = sentence.match(ACCORDING);
  if (according) found.push(...parseSpeaker(according[1]!));
  const trailing = sentence.match(/,\s+((?:[\p{Lu}][\p{L}’'!&.\-]*\s+){1,4})(?:reported|said|wrote|reports)(?:\s+[\w ]{0,30})?[.!]?["”]?$/u);
  if (trailing) found.push(...parseSpeaker(trailing[1]!));
  return found.filter((m) => m.kind === 'organisation' || m.kind === 'single' || m.kind === 'person');
}

/** Reported-speech statements, in reading order, outside what earlier passes attributed. */
export function findReportedStatements(article: ArticleText, earlier: Statement[], quoted: QuotedSpan[], claimed: Set<number>, pending: QuotedSpan[] = []): Statement[] {
  const taken = [...earlier.map((s) => s.span), ...pending.map((q) => q.outer)];
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
      // "He vowed to keep trying, but the BBC's North America editor Jon Sopel said …": one statement a clause.
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
      statements.push(...found, ...found.flatMap((st) => nested(article.text, st, index, quoteSpans)));
    }
  });
  return statements;
}
