/**
 * People index: every person the article names, with the credentials it states wherever it names
 * them — titles before the name ("Defence Minister Ana Mensah", "the BBC's North America editor
 * Yusuf Lopez") and appositives after it ("Julia Horvat, a senior research fellow at …"). Speakers found
 * later by surname ("Michael said:") get their full name and credentials from here. Pure.
 */
import type { ArticleText } from '../types';
import { COUNTRY_WORDS, HONORIFICS, NAME_TITLES, NOT_NAME_WORDS, ROLE_NOUNS } from './lexicon';
import { isCredentialPhrase, looksLikeOrganisation, splitCredential } from './words';

/** One person the article names. */
export interface Person {
  /** Full name, titles and honorifics removed ("Ana Mensah"). */
  name: string;
  /** Credentials stated anywhere in the article, verbatim, deduplicated. */
  credentials: string[];
  /** Offsets in the article text where the name occurs. */
  positions: number[];
  /** From honorifics ("Mr", "Ms"), where given. */
  gender?: 'male' | 'female';
}

const NAME_TOKEN = String.raw`(?:[\p{Lu}]\.(?=\s+\p{Lu})|[\p{Lu}][\p{L}’'\-]*)`;
const NAME_RUN = new RegExp(String.raw`${NAME_TOKEN}(?:\s+(?:(?:de|del|da|di|van|der|von|bin|al|la|le|du)\s+)*${NAME_TOKEN})*`, 'gu');
/** Words that end a title before a name when read backwards. */
const STOP_BACK = /^(?:said|says|told|and|or|but|with|by|from|to|in|on|at|as|than|that|while|when|is|was|are|were|has|had|have|who|which|what|whom|whose|where|said:|of)$/i;
/** Where an appositive ends: the sentence end, a comma before a lower-case word or another name, or a verb. */
const APPOSITIVE_END = /(?<!\b\p{Lu})[.;!?](?:\s|$)|\s+[—–]\s|,\s+(?=\p{Ll}|and\s+\p{Lu})|\s+(?:said|says|told|added|described|wrote|argued|warned|noted|explained|testified)\b|\)|:|$/u;

const lowerBare = (w: string) => w.toLowerCase().replace(/[’']s$/, '').replace(/[.,:;]+$/, '');

/** Splits a capitalised run into title words and the name proper, by its last title word. */
function splitRun(words: string[]): { title: string[]; name: string[]; gender?: 'male' | 'female' } {
  let cut = 0;
  let gender: 'male' | 'female' | undefined;
  words.forEach((w, i) => {
    const l = lowerBare(w);
    const country = COUNTRY_WORDS.has(l) && i === cut && words.length - i > 2;
    if (i < words.length - 1 && (NAME_TITLES.has(l) || ROLE_NOUNS.has(l) || HONORIFICS.has(l) || /[’']s$/.test(w) || country)) cut = i + 1;
    if (l === 'mr') gender = 'male';
    if (l === 'mrs' || l === 'ms' || l === 'miss') gender = 'female';
  });
  const title = words.slice(0, cut).filter((w) => !HONORIFICS.has(lowerBare(w)));
  return { title, name: words.slice(cut), gender };
}

/** Title words written before a name in lower case ("NASA planetary scientist"), read backwards. */
function titleBefore(text: string, at: number, runTitle = false): string {
  const words = text.slice(Math.max(0, at - 120), at).split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 7; i--) {
    const w = words[i]!;
    // "China's ambassador to Britain Tom Novak": a preposition right after a role word belongs to the title.
    const roleBefore = i > 0 && ROLE_NOUNS.has(lowerBare(words[i - 1]!));
    if (/^(?:to|of|for|at)$/i.test(w) && roleBefore && (out.length || runTitle)) {
      out.unshift(w);
      continue;
    }
    // A closing quote mark ends the title unless the title opened it ("former “Dawson's Creek” star").
    const closesQuote = /[”"]$/.test(w) && !words.slice(Math.max(0, i - 4), i + 1).some((x) => /^[“"]/.test(x));
    if (/[,.;:!?)]["”]?$/.test(w) || closesQuote || STOP_BACK.test(w) || (/(?:ed|ing)$/.test(w) && !ROLE_NOUNS.has(lowerBare(w)))) break;
    if (out.length === 0 && !runTitle && !ROLE_NOUNS.has(lowerBare(w)) && !NAME_TITLES.has(lowerBare(w))) return '';
    out.unshift(w);
    if (/^(?:the|a|an|former|its|his|her|their)$/i.test(w)) break;
  }
  return out.join(' ');
}

/** The appositive right after a name (", a senior research fellow at …,"), if it reads as a credential. */
function appositiveAfter(text: string, end: number): string[] {
  const rest = text.slice(end);
  if (!/^,\s/.test(rest)) return [];
  const body = rest.slice(2);
  const stop = body.search(APPOSITIVE_END);
  let phrase = (stop < 0 ? body : body.slice(0, stop)).replace(/[,\s]+$/, '');
  if (/^[RDI]-[A-Z]/.test(phrase)) return [phrase];
  phrase = phrase.replace(/^who\s+(?:is|was\s+)?/i, '');
  if (!phrase || phrase.split(/\s+/).length > 35 || !isCredentialPhrase(phrase)) return [];
  if (/^(?:said|says|told|added|and|but|who said|he|she|they|it)\b/i.test(phrase)) return [];
  return splitCredential(phrase);
}

/** Finds every named person in the article with the credentials stated beside each mention. */
export function indexPeople(article: ArticleText): Person[] {
  const people = new Map<string, Person>();
  for (const block of article.blocks) {
    for (const m of block.text.matchAll(NAME_RUN)) {
      let words = m[0].split(/\s+/);
      let start = block.span.start + m.index!;
      while (words.length && NOT_NAME_WORDS.has(lowerBare(words[0]!)) && !HONORIFICS.has(lowerBare(words[0]!))) {
        start += words[0]!.length + 1;
        words = words.slice(1);
      }
      const { title, name, gender } = splitRun(words.map((w) => w.replace(/[’']s$/, '')));
      // One name word counts only behind a title or honorific: "President Trump", "Mr Obama".
      if (name.length > 5 || (name.length < 2 && !(name.length === 1 && (title.length || gender)))) continue;
      const full = name.join(' ').replace(/[.,]$/, '');
      if (looksLikeOrganisation(full) || name.some((w) => NOT_NAME_WORDS.has(lowerBare(w)))) continue;
      const person = people.get(full) ?? { name: full, credentials: [], positions: [] };
      // A caption names whoever is pictured; only running text makes a person the one "he" refers to.
      if (block.kind !== 'caption') person.positions.push(start);
      if (gender) person.gender = gender;
      const runEnd = block.span.start + m.index! + m[0].length;
      const possessive = /[’']s$/.test(m[0]);
      const credentials = [
        [titleBefore(article.text, start, title.length > 0), title.join(' ')].filter(Boolean).join(' '),
        ...(possessive ? [] : appositiveAfter(article.text, runEnd)),
      ].filter((c) => c && /\p{L}{2}/u.test(c));
      for (const c of credentials) if (!person.credentials.includes(c)) person.credentials.push(c);
      people.set(full, person);
    }
  }
  addPredicateCredentials(article, people);
  return [...people.values()];
}

/** Verbs that state a role: "Forrest Jones runs the start-up Beechmont Hotels Corporation". */
const ROLE_PREDICATE = /^(?:both\s+)?(?:is|was|has been|runs|run|heads|head|leads|lead|chairs|founded|co-founded|owns|directs|manages|oversees|studies|teaches|represents|advises)\s+([^.;:!?]{3,120}?)(?=[.;:!?](?:\s|$)|,\s+(?:a|an|which|who|where|and)\s|$)/i;

/**
 * Credentials stated as a predicate of the sentence's subject: "Sharon is the CEO of Hotelied",
 * "Omar Moss and Dana Reyes both run hotel start-ups in the US". Subjects are matched to
 * people already indexed, by full name or surname.
 */
function addPredicateCredentials(article: ArticleText, people: Map<string, Person>): void {
  const bySurname = (word: string) => [...people.values()].filter((p) => p.name.split(' ').length > 1 && (surnameOf(p.name) === word || p.name.endsWith(` ${word}`)));
  for (const block of article.blocks) {
    for (const sentence of block.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u)) {
      const m = sentence.match(/^((?:[\p{Lu}][\p{L}’'\-]+\s+){0,3}[\p{Lu}][\p{L}’'\-]+(?:\s+and\s+(?:[\p{Lu}][\p{L}’'\-]+\s+){0,3}[\p{Lu}][\p{L}’'\-]+)?)\s+(.*)$/u);
      const predicate = m?.[2]!.match(ROLE_PREDICATE);
      if (!m || !predicate) continue;
      const credential = /^(?:is|was|has been)\s/i.test(predicate[0]) ? predicate[1]! : predicate[0].replace(/^both\s+/i, '');
      if (/^(?:is|was|has been)\s/i.test(predicate[0]) && !/^(?:the|a|an)\s/i.test(credential)) continue;
      if (!isCredentialPhrase(credential, true) || credential.split(' ').length > 20) continue;
      for (const subject of m[1]!.split(/\s+and\s+/)) {
        const named = people.get(subject) ? [people.get(subject)!] : bySurname(subject.split(' ').pop()!);
        if (named.length !== 1) continue;
        if (!named[0]!.credentials.includes(credential)) named[0]!.credentials.push(credential);
      }
    }
  }
}

/** The surname of a full name ("Julia Horvat" → "Michael"; "Tom Novak" → "Beek"). */
export function surnameOf(name: string): string {
  const words = name.split(/\s+/);
  return (words[words.length - 1] ?? '').replace(/[.,]$/, '');
}
