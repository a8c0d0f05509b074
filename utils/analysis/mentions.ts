/**
 * Speaker mentions: reads a noun phrase that stands before or after a reporting verb and says who it
 * names — a person (with any title or appositive credential), an organisation, an unnamed party, a
 * pronoun or a description ("the senator"). Pure; returns [] for phrases that name no one.
 */
import {
  COUNTRY_WORDS, DEMONYM, HONORIFICS, NAME_TITLES, ORG_WORDS, PRONOUNS, ROLE_NOUNS, UNNAMED_DETERMINERS,
  UNNAMED_HEADS, UNNAMED_REASON,
} from './lexicon';

/** Who a phrase names. */
export interface Mention {
  /** `description` is a role phrase that refers back to a person ("the professor"). */
  kind: 'person' | 'organisation' | 'unnamed' | 'pronoun' | 'description' | 'single';
  /** The name: full person name, organisation name, the unnamed description, the pronoun, the role. */
  name: string;
  /** Credentials the phrase states, verbatim. */
  credentials: string[];
  /** Gender or number where the phrase shows it. */
  gender?: 'male' | 'female' | 'plural' | 'neuter';
  /** Why an unnamed source is unnamed, when the phrase says. */
  reason?: string;
}

/** Particles that stay lower-case inside names: "James Van Der Beek", "Monica de Bolle". */
const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'van', 'der', 'von', 'bin', 'al', 'la', 'le', 'du', 'dos', 'ter', 'ten']);
/** Adverbs, auxiliaries and fillers that may sit between a speaker and the verb. */
const TRAILING_FILLER = /(?:\s+(?:also|later|then|previously|once|again|repeatedly|reportedly|publicly|privately|recently|earlier|further|since|still|too|himself|herself|themselves|has|have|had|was|were|is|are|would|will|could|can|may|might|did|does|do|not|never|went on to|go on to|goes on to|had earlier|first|initially|subsequently|separately|simply|only|even|however|instead|jointly|both|all|in (?:a|an|the) [\w ]{0,30}(?:statement|interview|email|e-mail|post|tweet|video|letter|speech|address|report)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|facebook|instagram)|(?:last|this|next) (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|in) \w+ \d+))+$/i;
/** Words that open a clause but are not part of the subject. */
const LEADING_FILLER = /^(?:(?:but|and|so|yet|still|however|meanwhile|now|later|also|instead|then|indeed|moreover|separately|earlier|both|while|though|although|as|when|because|since|if|that|which|where|whom)\b[,]?\s+)+/i;

const isCap = (w: string) => /^[\p{Lu}]/u.test(w) || /^\p{Lu}[\p{Ll}]*\p{Lu}/u.test(w);
const bare = (w: string) => w.replace(/^[("“‘'«]+|[)"”’'»,.;:]+$/g, '');
const lower = (w: string) => bare(w).toLowerCase().replace(/[’']s$/, '');

/** Strips fillers before and after a speaker phrase ("But Mr Obama also" → "Mr Obama"). */
export function trimSpeakerPhrase(phrase: string): string {
  let text = phrase.replace(/\s+/g, ' ').trim().replace(/[,;:]+$/, '').trim();
  for (let i = 0; i < 3; i++) text = text.replace(TRAILING_FILLER, '').replace(LEADING_FILLER, '').replace(/[,;]+$/, '').trim();
  return text;
}

/** Splits a stated credential into its distinct statements ("a fellow at X and the former head of Y"). */
export function splitCredential(text: string): string[] {
  const cleaned = text.replace(/\s+/g, ' ').replace(/^[,;:\s]+|[,;:.\s]+$/g, '');
  if (!cleaned) return [];
  return cleaned
    .split(/\s+(?:and|&)\s+(?=(?:the|a|an|also|former|current|now|later)\s)|,?\s+who\s+(?:is\s+|was\s+)?(?=\w)|,\s+and\s+(?=(?:the|a|an)\s)/i)
    .map((part) => part.trim().replace(/^(?:is|was)\s+/i, '').replace(/[,;.]+$/, ''))
    .filter((part) => part.split(' ').length >= 1 && /\p{L}/u.test(part));
}

/** The index where the final run of name words starts, or -1 ("White House press secretary Josh Earnest" → 4). */
function nameRunStart(words: string[]): number {
  let i = words.length - 1;
  if (i < 0 || !isCap(bare(words[i]!))) return -1;
  while (i > 0) {
    const prev = bare(words[i - 1]!);
    const ok = (isCap(prev) || PARTICLES.has(prev)) && !/[,;:]$/.test(words[i - 1]!) && !/[’']s$/.test(prev);
    if (!ok) break;
    i--;
  }
  while (i < words.length - 1 && PARTICLES.has(bare(words[i]!))) i++;
  return i;
}

/** True when a capitalised phrase names an organisation (by its words, an acronym or a country). */
export function looksLikeOrganisation(name: string): boolean {
  const words = name.split(/\s+/).map(lower);
  if (words.some((w) => ORG_WORDS.has(w))) return true;
  if (/^(?:the\s+)?[A-Z][A-Z&.\-]{1,}$/.test(name.trim())) return true;
  return COUNTRY_WORDS.has(words.filter((w) => w !== 'the').join(' '));
}

/** Splits name words into leading titles/honorifics and the person's name proper. */
function stripTitles(words: string[]): { titles: string[]; name: string[]; gender?: Mention['gender'] } {
  const titles: string[] = [];
  let gender: Mention['gender'];
  let i = 0;
  while (i < words.length - 1) {
    const w = lower(words[i]!).replace(/\.$/, '');
    if (HONORIFICS.has(w)) {
      if (w === 'mr' || w === 'sir' || w === 'lord') gender = 'male';
      if (w === 'mrs' || w === 'ms' || w === 'miss' || w === 'dame' || w === 'lady') gender = 'female';
    } else if (NAME_TITLES.has(w) || ROLE_NOUNS.has(w)) {
      titles.push(words[i]!);
    } else break;
    i++;
  }
  return { titles, name: words.slice(i), gender };
}

/** Parses one noun phrase with no coordination. */
function parseSingle(phrase: string): Mention | null {
  const text = phrase.trim();
  if (!text) return null;
  const pronoun = PRONOUNS[text.toLowerCase()];
  if (pronoun) return { kind: 'pronoun', name: text.toLowerCase(), credentials: [], gender: pronoun };
  const words = text.split(' ');
  if (words.length > 40) return null;
  const first = lower(words[0]!);
  const reason = text.match(UNNAMED_REASON)?.[0];

  // "an Acme spokesperson", "a spokesman for the ministry": the organisation speaks.
  const spokes = text.match(/^(?:an?|the)\s+(.+?)\s+(?:spokesman|spokeswoman|spokesperson|representative|press office)$/i)
    ?? text.match(/^(?:an?|the)\s+(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|of|at)\s+(.+)$/i);
  if (spokes && isCap(spokes[1]!.replace(/^the\s+/i, ''))) {
    return { kind: 'organisation', name: spokes[1]!, credentials: [] };
  }

  if (UNNAMED_DETERMINERS.has(first) || (first === 'the' && !words.slice(1).some((w) => isCap(bare(w))))) {
    return describe(words, reason);
  }
  const run = nameRunStart(words);
  if (run < 0) return describe(words, reason);
  const before = words.slice(0, run);
  const runWords = words.slice(run);
  // A lower-case plural head after the name run ends in run<0; here the phrase ends in a name.
  if (before.some((w) => /(?:ed|ing)$/i.test(bare(w)) && !ROLE_NOUNS.has(lower(w)))) return null;
  if (before.length > 8) return null;
  const name = runWords.join(' ');
  const beforeText = before.join(' ');
  const lastWord = lower(runWords[runWords.length - 1]!);
  if (!looksLikeOrganisation(name) && (ROLE_NOUNS.has(lastWord) || NAME_TITLES.has(lastWord))) return null; // "Defence Minister": a title, no name
  if (looksLikeOrganisation(name) || (before.length && /^(?:the\s+)?$/i.test(beforeText) && looksLikeOrganisation(name))) {
    return { kind: 'organisation', name: (beforeText ? `${beforeText} ` : '') + name, credentials: [] };
  }
  const { titles, name: proper, gender } = stripTitles(runWords);
  const credential = [beforeText, ...titles].join(' ').replace(/\s+/g, ' ').trim();
  const credentials = credential && /\p{L}/u.test(credential) && !/^(?:the|a|an)$/i.test(credential) ? [credential] : [];
  if (proper.length === 1 && !titles.length && !gender && !before.length) {
    return { kind: 'single', name: proper[0]!.replace(/[’']s$/, ''), credentials: [] };
  }
  return { kind: 'person', name: proper.join(' '), credentials, gender };
}

/** A phrase with no name: an unnamed party, an organisation by description, or a role that refers back. */
function describe(words: string[], reason?: string): Mention | null {
  const text = words.join(' ');
  const core = text.split(/\s+(?:who|which|that|familiar|briefed|with knowledge|close to|speaking)\b/i)[0]!;
  const coreWords = core.split(' ').map(lower);
  const head = coreWords[coreWords.length - 1] ?? '';
  const first = coreWords[0] ?? '';
  if (first === 'the' && coreWords.length <= 4 && (ROLE_NOUNS.has(head) || NAME_TITLES.has(head)) && !UNNAMED_HEADS.has(head.replace(/s$/, '') + 's') ) {
    return { kind: 'description', name: head, credentials: [] };
  }
  if (first === 'the' && coreWords.length <= 4 && ROLE_NOUNS.has(head)) return { kind: 'description', name: head, credentials: [] };
  const headIndex = coreWords.findIndex((w, i) => i < 8 && UNNAMED_HEADS.has(w));
  const orgIndex = coreWords.findIndex((w, i) => i < 8 && ORG_WORDS.has(w));
  if (first === 'the' && orgIndex >= 0 && (headIndex < 0 || orgIndex < headIndex) && coreWords.length <= 7) {
    return { kind: 'organisation', name: text.replace(/\s+(?:who|which)\b.*$/i, ''), credentials: [] };
  }
  if (headIndex < 0) return null;
  if (words.length > 16) return null;
  // Demonyms and determiners before the head are fine; a lower-case verb is not ("the two did not").
  const name = text.replace(/,?\s+who\s+(?:asked|spoke|requested|declined|was not|were not|is not|are not)\b.*$/i, '');
  return { kind: 'unnamed', name, credentials: [], gender: 'plural', reason };
}

/**
 * Parses a speaker phrase into the mentions it contains: usually one, two for "Volker and Morrison",
 * none when the phrase names no one. Handles "Name, credential" and "credential, Name" appositives.
 */
export function parseSpeaker(phrase: string): Mention[] {
  const text = trimSpeakerPhrase(phrase);
  if (!text || text.length > 400) return [];
  const parts = text.split(/,\s+/);
  if (parts.length > 1) {
    // "Aviv Oreg, former head of … department" / "The leader of Ennahda, Rachid Ghannouchi"
    const head = parseSingle(parts[0]!);
    if (head && (head.kind === 'person' || head.kind === 'single')) {
      const credential = parts.slice(1).join(', ');
      if (isCredentialPhrase(credential)) {
        return [{ ...head, kind: 'person', credentials: [...head.credentials, ...splitCredential(credential)] }];
      }
    }
    const last = parseSingle(parts[parts.length - 1]!);
    if (last && last.kind === 'person' && isCredentialPhrase(parts.slice(0, -1).join(', '))) {
      return [{ ...last, credentials: [...splitCredential(parts.slice(0, -1).join(', ')), ...last.credentials] }];
    }
    return [];
  }
  const both = text.match(/^(.+?)\s+(?:and|&)\s+(.+)$/);
  if (both && /\p{Lu}/u.test(both[1]![0]!) && /\p{Lu}/u.test(both[2]![0]!)) {
    const left = parseSingle(both[1]!);
    const right = parseSingle(both[2]!);
    if (left && right && left.kind !== 'unnamed' && right.kind !== 'unnamed' && right.kind !== 'organisation') return [left, right];
  }
  const single = parseSingle(text);
  return single ? [single] : [];
}

/** True when a phrase reads as a role or affiliation ("former head of …", "Israel's ambassador to …"). */
export function isCredentialPhrase(text: string): boolean {
  const words = text.split(/\s+/).map(lower);
  if (!words.length || words.length > 40) return false;
  if (/^(?:said|says|told|added|who said|and)\b/i.test(text)) return false;
  return words.slice(0, 8).some((w) => ROLE_NOUNS.has(w) || ORG_WORDS.has(w) || NAME_TITLES.has(w) || w.endsWith('ist') || w.endsWith('er') || w.endsWith('or'));
}
