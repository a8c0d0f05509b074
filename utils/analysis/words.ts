/**
 * The words of names and credentials: token helpers, runs of name words, titles, organisation names and
 * credential phrases. Pure; shared by the noun-phrase parser, the speaker parser and the people index.
 */
import { COUNTRY_WORDS, HONORIFICS, NAME_TITLES, ORG_WORDS, ROLE_NOUNS } from './lexicon';

/** Starts with a capital ("Oreg", "McKinley", "NASA"). */
export const isCap = (w: string) => /^[\p{Lu}]/u.test(w) || /^\p{Lu}[\p{Ll}]*\p{Lu}/u.test(w);
/** A word without the quotation marks, brackets and punctuation around it. */
export const bare = (w: string) => w.replace(/^[("“‘'«]+|[)"”’'»,.;:]+$/g, '');
/** A bare word in lower case, possessive dropped ("Minister's" → "minister"). */
export const lower = (w: string) => bare(w).toLowerCase().replace(/[’']s$/, '');
/** A role or title word ("minister", "Sen", "professor"). */
export const isRoleWord = (w: string) => ROLE_NOUNS.has(lower(w)) || NAME_TITLES.has(lower(w));

/** Particles that stay lower-case inside names: "Tom Novak", "Hugo Tanaka". */
const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'van', 'der', 'von', 'bin', 'al', 'la', 'le', 'du', 'dos', 'ter', 'ten']);

/** The index where the final run of name words starts, or -1 ("White House press secretary Clara Ito" → 4). */
export function nameRunStart(words: string[]): number {
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

/** Splits name words into leading titles/honorifics and the person's name proper ("Mr Obama" → "Obama", male). */
export function stripTitles(words: string[]): { titles: string[]; name: string[]; gender?: 'male' | 'female' } {
  const titles: string[] = [];
  let gender: 'male' | 'female' | undefined;
  let i = 0;
  while (i < words.length - 1) {
    const w = lower(words[i]!).replace(/\.$/, '');
    if (HONORIFICS.has(w)) {
      if (w === 'mr' || w === 'sir' || w === 'lord') gender = 'male';
      if (w === 'mrs' || w === 'ms' || w === 'miss' || w === 'dame' || w === 'lady') gender = 'female';
    } else if (NAME_TITLES.has(w) || ROLE_NOUNS.has(w) || (COUNTRY_WORDS.has(w) && words.length - i > 2)) {
      titles.push(words[i]!);
    } else break;
    i++;
  }
  return { titles, name: words.slice(i), gender };
}

/** True when a capitalised phrase names an organisation (by its words, an acronym or a country). */
export function looksLikeOrganisation(name: string): boolean {
  const words = name.split(/\s+/).map(lower);
  const last = words[words.length - 1] ?? '';
  if ((ROLE_NOUNS.has(last) || NAME_TITLES.has(last)) && !ORG_WORDS.has(last)) return false; // "Defence Minister" is a title
  if (words.some((w) => ORG_WORDS.has(w))) return true;
  if (/^(?:the\s+)?[A-Z][A-Z&.\-]{1,}$/.test(name.trim())) return true;
  return COUNTRY_WORDS.has(words.filter((w) => w !== 'the').join(' '));
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

/**
 * True when a phrase reads as a role or affiliation ("former head of …", "Israel's ambassador to …").
 * With `anyHead`, any phrase that is not a clause will do (for determiner-led descriptions).
 */
export function isCredentialPhrase(text: string, anyHead = false): boolean {
  const words = text.split(/\s+/).map(lower);
  if (/^(?:in|on|at|after|before|during|with|for|from|to|by|as|when|while|if|since|until)\s/i.test(text)) return false;
  // A clause is not a credential ("had the authority …, even if in doing so he"); a "who …" clause may be.
  const main = text.replace(/\bwho\b.*$/i, '').split(/\s+/).map(lower);
  if (main.some((w) => /^(?:he|she|they|we|i|had|has|have|was|were|is|are|would|will|could|did|does)$/.test(w))) return false;
  if (!words.length || words.length > 40) return false;
  if (/^(?:said|says|told|added|who said|and)\b/i.test(text)) return false;
  if (/^[RDI]-[A-Z][\w.\-]*$/.test(text.trim())) return true; // party and state: 'R-W.Va.'
  return anyHead || words.slice(0, 8).some((w) => ROLE_NOUNS.has(w) || ORG_WORDS.has(w) || NAME_TITLES.has(w) || w.endsWith('ist') || w.endsWith('er') || w.endsWith('or'));
}
