/**
 * The statement type the attribution passes produce, and the helpers they share for finding a
 * reporting verb and the speaker phrase beside it. Pure.
 */
import type { QuoteType, Span } from '../types';
import { REPORTING_VERBS, ROLE_NOUNS } from './lexicon';
import { parseSpeaker, type Mention } from './mentions';

/** One attributed statement before its speaker is resolved to a source. */
export interface Statement {
  /** The statement's content in the article text. */
  span: Span;
  /** Direct, indirect or mixed. */
  type: QuoteType;
  /** The reporting cue, verbatim ("said", "according to", "said:"). */
  cue: string;
  /** The speakers as written; empty when `inherit` is set. */
  mentions: Mention[];
  /** A continuation: same speaker as the statement before it. */
  inherit: boolean;
  /** The block it sits in. */
  block: number;
  /** Which pass found it (for debugging and tests). */
  pass: string;
  /** Parties cited without a statement of their own ("citing a current and a former US official"). */
  cited?: Mention[];
  /** Where the cue is, when it comes after the content ("…, his spokesman said"): pronouns look back from here. */
  cueAt?: number;
}

/** A reporting verb found in a text, with its word and offsets. */
export interface VerbHit {
  word: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}][\p{L}'’\-]*/gu;

/** Every reporting verb in `text` in order. */
export function findVerbs(text: string): VerbHit[] {
  const hits: VerbHit[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = m[0].toLowerCase();
    // A capital inside a sentence is a name ("the United States"), not a verb.
    const named = m[0] !== word && m.index > 0 && !/[.!?:"“]\s*$/.test(text.slice(Math.max(0, m.index - 3), m.index));
    if (REPORTING_VERBS.has(word) && !named) hits.push({ word, start: m.index, end: m.index + m[0].length });
  }
  return hits;
}

/** Words that, met while reading a subject, mean a verb has started. */
const VERBISH = /^(?:is|are|was|were|has|have|had|will|would|could|can|may|might|did|does|do|should|must|who|which|that|when|while)$/i;

/**
 * The noun phrase a clause opens with ("White House press secretary Clara Ito condemned …" →
 * "White House press secretary Clara Ito"), skipping introductory phrases such as "In Washington,".
 */
export function leadingSubject(clause: string): string {
  const parts = clause.split(/,\s+/);
  while (parts.length > 1 && /^(?:in|on|at|after|before|during|for|with|despite|since|last|earlier|later|meanwhile|however|but|and|yet|still|speaking|asked|writing|instead|now|today|separately|also|then|similarly|likewise|elsewhere|overall)\b/i.test(parts[0]!)) {
    parts.shift();
  }
  const words = parts.join(', ').split(/\s+/);
  const out: string[] = [];
  for (const word of words) {
    const bare = word.replace(/[,;:]$/, '').toLowerCase();
    if (out.length && (REPORTING_VERBS.has(bare) || VERBISH.test(bare) || /^[a-z]+ly$/.test(word) || (/^[a-z].*ed$/.test(word) && !/^(?:retired|unnamed|elected|appointed|noted|renowned|acclaimed|distinguished)$/.test(bare)))) break;
    out.push(word);
  }
  return out.join(' ');
}

/**
 * The speaker phrase that ends right before a verb: tries the last comma-separated part, then joins
 * earlier parts for appositives ("Ada Petrov, former head of … department said").
 */
export function speakerBefore(text: string): { mentions: Mention[]; start: number } {
  // "…, the source, who said he had spoken to people inside the compound, told Reuters": drop the clause.
  const trimmed = text.replace(/,\s+(?:who|which)\s+[^,]*,\s*$/i, ' ').replace(/\s+$/, '');
  const parts = trimmed.split(/(?<=,)\s+/);
  const candidates: Array<{ mentions: Mention[]; start: number; phrase: string }> = [];
  for (let take = 1; take <= Math.min(4, parts.length); take++) {
    const phrase = parts.slice(parts.length - take).join(' ');
    const mentions = parseSpeaker(phrase);
    if (mentions.length) candidates.push({ mentions, start: trimmed.lastIndexOf(phrase), phrase });
    // A verb or a clause in the phrase means it is not a subject: stop growing it.
    if (/\b(?:said|says|told|that|but|because|while|when|and then)\b/i.test(parts[parts.length - take]!)) break;
  }
  // A longer phrase wins when it names a person whose appositive is the shorter one
  // ("Paul Levi, another top NSC aide" over "another top NSC aide").
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N} ]/gu, '').trim();
  const shortest = candidates[0] ? norm(candidates[0].phrase) : '';
  const person = candidates.find((c, i) => i > 0 && c.mentions.length === 1 && c.mentions[0]!.kind === 'person' && c.mentions[0]!.name.includes(' ')
    && c.mentions[0]!.credentials.some((cred) => norm(cred) === shortest || shortest.endsWith(norm(cred))));
  const strong = candidates.find((c) => c.mentions.some((m) => (m.kind === 'person' && m.name.includes(' ')) || m.kind === 'pronoun' || m.kind === 'unnamed' || (m.kind === 'organisation' && m.name.includes(' '))));
  const chosen = person ?? strong ?? candidates[0];
  if (chosen) return { mentions: chosen.mentions, start: chosen.start };
  // "in what host Irene Menon": no clean phrase, but it ends in a name with its title.
  const tail = trimmed.match(/(?:([\p{Ll}-]+)\s+)?((?:[\p{Lu}][\p{L}’'.\-]*\s*){2,4})$/u);
  if (tail && tail.index! > 0 && (!tail[1] || ROLE_NOUNS.has(tail[1]))) {
    const mentions = parseSpeaker(tail[0].replace(/^[\p{Ll}-]+\s+(?=\p{Lu})/u, (w) => (tail[1] ? w : '')));
    if (mentions.length === 1 && mentions[0]!.kind === 'person' && mentions[0]!.name.includes(' ')) return { mentions, start: tail.index! };
  }
  return { mentions: [], start: text.length };
}
