/**
 * The cues of reported speech: what marks a clause as attributed, where its content starts, and who its
 * subject is when a participle or infinitive hides it. Pure; used by the reported-speech pass.
 */
import { WEAK_VERBS } from './lexicon';
import { parseSpeaker, type Mention } from './mentions';
import { findVerbs, leadingSubject, speakerBefore, type VerbHit } from './statements';

/** After the verb, only this little (in words) may remain for the speaker-last order ("said on Tuesday."). */
const MAX_TRAILING_WORDS = 7;
/** Content shorter than this (in letters) is not a statement. */
export const MIN_CONTENT_CHARS = 8;

/** Where a sentence splits into clauses that can each report a statement. */
export const CLAUSE_BREAK = /,?\s+(?:but|while|whereas)\s+(?=\S)|;\s+|,\s+(?=(?:accusing|saying|adding|noting|arguing|claiming|insisting|warning|calling|urging)\b)|\s+and\s+(?=(?:the\s+)?[\w’'\- ]{1,40}?\s+(?:said|says|added|told)\b)/gi;
/** Weak verbs that never end a sentence as a cue: "…, he called." is not an attribution. */
const NEEDS_OBJECT = /^(?:call|describ|accus|blam|prais|critici|condemn|demand|recommend|advis|highlight|point|ask|issu|releas)/;
/** A verb inside a relative clause ("Justin Bassi, who advises the Attorney-General") reports nothing. */
export const RELATIVE = /\b(?:who|which|whom|that)\s+(?:\w+ly\s+)?$/i;
/** A statement named by a noun after its speaker's possessive: "Van Der Beek's announcement that …". */
export const NOMINAL_CUE = /((?:[\p{Lu}][\p{L}’'\-]*\s+){0,3}[\p{Lu}][\p{L}\-]*)[’']s\s+(announcement|statement|claim|assertion|admission|warning|insistence|suggestion|revelation|comments?|remarks?|testimony|argument|belief|promise|pledge|assurance)\s+that\s+/u;
/** A word that shows reported content is a clause ("the plant would close"), not a bare object. */
export const CONTENT_VERB = /\b(?:that|to|if|whether|would|will|could|should|may|might|must|can|is|are|was|were|has|have|had|be|been|do|does|did)\b|\w+(?:ed|s)\b/i;
/** A negated verb reports nothing: "did not immediately respond". */
export const NEGATED = /\b(?:not|never|declined to|refused to|decline to|refuse to|did not|didn't|won't|wouldn't|could not|couldn't)\s+(?:[a-z]+ly\s+)?$/i;
/** What follows a verb that reports no statement: "declined to comment", "a request for comment". */
export const NO_STATEMENT = /^\s*(?:to comment|comment|for comment|a request|requests|questions?|when asked)\b/i;
/** A party cited by the speaker: "The New York Times, citing a current and a former US official, reported". */
export const CITING = /,?\s*\bciting\s+([^,.;]+?)(?=,|\s+(?:reported|said|says)\b)/i;
/** "according to X", with X up to the clause's end. */
export const ACCORDING = /\baccording to\s+([^.;"“”]+?)(?=[.;]|$|,\s+(?!an?\s|the\s)[a-z])/i;

/** Content of a speaker-first statement: the clause after the verb, with its object and "that" dropped. */
export function contentAfter(sentence: string, verb: VerbHit): number {
  const rest = sentence.slice(verb.end);
  const that = rest.match(/^(?:(?:\s+[\w’'.\-]+){0,8}?)\s+that\s+/);
  // "told reporters on Tuesday that …" skips to the clause; "warned people to stay away from products that …" does not.
  if (that && !/\sto\s/.test(that[0])) return verb.end + that[0].length;
  const lead = rest.match(/^\s*(?:on twitter|in a statement|in an interview|to reporters|on \w+day)?[,:]?\s*/i);
  return verb.end + (lead?.[0].length ?? 0);
}

/** True when a weak verb ("called", "believed") is used to report, here. */
export function weakVerbReports(sentence: string, verb: VerbHit, hasQuote: boolean): boolean {
  const rest = sentence.slice(verb.end, verb.end + 120);
  if (/^(?:(?:\s+[\w’'.\-]+){0,8}?)\s+that\s/.test(rest) || hasQuote) return true;
  if (/^describ/.test(verb.word)) return /\bas\b/.test(rest);
  if (/^call/.test(verb.word)) return /^\s+(?:[\w’'\-]+\s+){1,5}(?:a|an)\s/.test(rest) && !/^\s+(?:on|for|in)\b/.test(rest);
  if (/^(?:accus|blam|prais|criticis|criticiz|condemn)/.test(verb.word)) return /\b(?:of|for)\b/.test(rest);
  if (/^(?:issued|released)$/.test(verb.word)) return /^\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|plea|warning|appeal|call|apology|denial|response)\b/i.test(rest);
  return false;
}

/** The subject of the clause a participle or infinitive hangs from: "after Swift publicly scolded …, accusing". */
export function clauseSubject(before: string): Mention[] {
  const clause = before.replace(/,?\s*$/, '');
  const cut = Math.max(...[...clause.matchAll(/\s(?:after|when|while|because|since|before|but|although|though|if|as|and then)\s/gi)].map((m) => m.index! + m[0].length), -1);
  if (cut > 0) {
    const inner = parseSpeaker(leadingSubject(clause.slice(cut)));
    if (inner.length) return inner;
  }
  return parseSpeaker(leadingSubject(clause));
}

/** A passive cue that reports like "said". */
const QUOTED_AS_SAYING = /\b(?:was|were|is|are|has been|have been)\s+quoted\s+as\s+saying\b/gi;
/** Words that say when, and open what may follow a cue: "said late Thursday". */
const WHEN = /^(?:late|early|earlier|later|last|this|next|yesterday|today|tonight|recently|previously|again|too|also|then|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
/** Words that open a circumstance after a cue: "said in a statement", "told reporters at a news conference". */
const CIRCUMSTANCE = /^\s*(?:on|in|at|to|according|during|after|before|via|through|last|this|earlier|later|late|early|yesterday|today|while|when)\b/i;

/** True when what follows a verb at the end of a sentence only says when, where or to whom ("said on Tuesday."). */
function isTrailingFiller(after: string, verb: VerbHit): boolean {
  const words = after.trim().split(/\s+/).filter(Boolean);
  const listener = /^(?:tell|told)/.test(verb.word) || (words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w)));
  return !words.length
    || (words.length <= 4 && (WHEN.test(words[0]!) || /^\p{Lu}/u.test(words[0]!)))
    || (CIRCUMSTANCE.test(after) && words.length <= 14)
    || (listener && words.length <= MAX_TRAILING_WORDS);
}

/** The speaker-last order at the end of a sentence: "…, the Prime Minister's office said." / "…, said Ivan Quinn." */
export function trailingAttribution(sentence: string): { content: number; verb: VerbHit; mentions: Mention[] } | null {
  // "…, the Tuva government was quoted as saying late Thursday by the Interfax news agency."
  const clean = sentence.replace(QUOTED_AS_SAYING, (m) => `said${' '.repeat(m.length - 4)}`);
  const verbs = findVerbs(clean);
  for (let i = verbs.length - 1; i >= 0 && i >= verbs.length - 2; i--) {
    const verb = verbs[i]!;
    const before = clean.slice(0, verb.start);
    const after = clean.slice(verb.end).replace(/[.!?"”’\s]+$/, '');
    // At the end of a sentence most weak verbs report too ("…, Reuters reported."); those that need an object do not.
    if ((WEAK_VERBS.has(verb.word) && NEEDS_OBJECT.test(verb.word)) || NEGATED.test(before)) continue;
    // "…, said Ivan Quinn, Tunisia country director for Amnesty International."
    if (/,\s*$/.test(before) && !/^tell|^told/.test(verb.word) && !/^\s*(?:that|before|to|in|on|at|for|with|about|under|after|during)\b/i.test(after)) {
      const mentions = parseSpeaker(after.split(/,\s+(?:adding|saying|noting)\b/)[0]!);
      if (mentions.length) return { content: before.replace(/[\s,]+$/, '').length, verb, mentions };
    }
    if (!isTrailingFiller(after, verb)) continue;
    const lastComma = before.lastIndexOf(', ');
    if (lastComma < MIN_CONTENT_CHARS) continue;
    const found = speakerBefore(before);
    if (!found.mentions.length || found.start > lastComma + 2) continue;
    const content = before.slice(0, found.start).replace(/[\s,]+$/, '').length;
    if (content >= MIN_CONTENT_CHARS) return { content, verb, mentions: found.mentions };
  }
  return null;
}

/**
 * Parties a sentence cites for a quote another pass attributed: "According to AFP, one user on Weibo
 * posted: “…”"; "… said in an internal memo that “…”, Yahoo Finance reported earlier this year."
 * Named parties only: a pronoun here would only repeat the quote's speaker.
 */
export function citedIn(sentence: string): Mention[] {
  const found: Mention[] = [];
  const according = sentence.match(ACCORDING);
  if (according) found.push(...parseSpeaker(according[1]!));
  const trailing = sentence.match(/,\s+((?:[\p{Lu}][\p{L}’'!&.\-]*\s+){1,4})(?:reported|said|wrote|reports)(?:\s+[\w ]{0,30})?[.!]?["”]?$/u);
  if (trailing) found.push(...parseSpeaker(trailing[1]!));
  return found.filter((m) => m.kind === 'organisation' || m.kind === 'single' || m.kind === 'person');
}
