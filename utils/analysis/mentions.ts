/**
 * Speaker mentions: reads the phrase that stands before or after a reporting verb and says who it
 * names — one party, two ("Volker and Morrison"), or none — with the credentials an appositive states
 * ("Ada Petrov, former head of …"; "The leader of Ennahda, Ken Fischer"). Pure.
 */
import { UNNAMED_REASON } from './lexicon';
import { CLAUSE_WORD, ORG_NAME, parseNounPhrase, type Mention } from './noun-phrase';
import { bare, isCredentialPhrase, looksLikeOrganisation, splitCredential } from './words';

export type { Mention } from './noun-phrase';

/** Adverbs, auxiliaries and fillers that may sit between a speaker and the verb. */
const TRAILING_FILLER = /(?:\s+(?:[a-z]+ly|also|later|then|previously|once|again|repeatedly|reportedly|publicly|privately|recently|earlier|further|since|still|too|himself|herself|themselves|has|have|had|was|were|is|are|would|will|could|can|may|might|did|does|do|not|never|went on to|go on to|goes on to|had earlier|first|initially|subsequently|separately|simply|only|even|however|instead|jointly|both|all|in (?:a|an|the) [\w ]{0,30}(?:statement|interview|email|e-mail|post|tweet|video|letter|speech|address|report)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|facebook|instagram)|(?:last|this|next) (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|in) \w+ \d+))+$/i;
/** Words that open a clause but are not part of the subject. */
const LEADING_FILLER = /^(?:(?:but|and|so|yet|still|however|meanwhile|now|later|also|instead|then|indeed|moreover|separately|earlier|both|while|though|although|as|when|because|since|if|that|which|where|whom)\b[,]?\s+)+/i;
/** An introductory phrase before the speaker, up to its comma. */
const INTRO_PHRASE = /^(?:in|on|at|after|before|during|for|with|despite|since|last|earlier|later|speaking|asked|writing|meanwhile|however)\b[^,]*,\s+(?=\S)/i;

/** Strips fillers before and after a speaker phrase ("But Mr Obama also" → "Mr Obama"). */
function trimSpeakerPhrase(phrase: string): string {
  let text = phrase.replace(/\s+/g, ' ').trim().replace(/[,;:]+$/, '').trim();
  for (let i = 0; i < 3; i++) text = text.replace(TRAILING_FILLER, '').replace(LEADING_FILLER, '').replace(/[,;]+$/, '').trim();
  return text;
}

/**
 * Parses a speaker phrase into the mentions it contains: usually one, two for "Volker and Morrison",
 * none when the phrase names no one.
 */
export function parseSpeaker(phrase: string): Mention[] {
  let text = trimSpeakerPhrase(phrase.replace(/\s*\([^()]{0,80}\)/g, ''));
  // "In an interview with the BBC, Mr Obama", "On Monday, Big Machine Records": the opening phrase says when or where.
  while (INTRO_PHRASE.test(text)) text = text.replace(INTRO_PHRASE, '');
  if (!text || text.length > 400) return [];
  const clauses = relativeClauses(text);
  const finish = (mentions: Mention[]) => mentions.map((m) => ({
    ...m,
    credentials: m.kind === 'person' || m.kind === 'single' || m.kind === 'organisation' ? [...m.credentials, ...clauses.credentials] : m.credentials,
    reason: m.reason ?? clauses.reason,
  }));
  text = clauses.text.replace(/\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|co-researchers|researchers)$/i, '');
  const parts = text.split(/,\s+/);
  if (parts.length > 1) return finish(appositive(text, parts, clauses.credentials.length > 0));
  const both = text.match(/^(.+?)\s+(?:and|&)\s+(.+)$/);
  const wholeOrg = ORG_NAME.test(text) && looksLikeOrganisation(text);
  if (both && !wholeOrg) {
    const left = parseNounPhrase(both[1]!);
    const right = parseNounPhrase(both[2]!);
    // "Roscosmos and NASA", "Volker and Morrison", "police and medics": two parties;
    // "Center on Poverty and Inequality": one name; "a current and a former US official": one group.
    const oneName = left?.kind === 'organisation' && right?.kind === 'single';
    const named = /\p{Lu}/u.test(both[1]![0]!) && /\p{Lu}/u.test(both[2]![0]!);
    const groups = left?.kind === 'unnamed' && right?.kind === 'unnamed' && !/\s/.test(both[1]!.trim());
    if (left && right && !oneName && ((named && left.kind !== 'unnamed' && right.kind !== 'unnamed') || groups)) return finish([left, right]);
  }
  const single = parseNounPhrase(text);
  return single ? finish([single]) : [];
}

/**
 * Takes relative clauses out of a phrase: ", which is China's version of Twitter," says nothing of the
 * speaker; ", who heads the Alliance for American Manufacturing," is a credential; ", who asked not to be
 * named" is why a source is unnamed.
 */
function relativeClauses(phrase: string): { text: string; credentials: string[]; reason?: string } {
  const credentials: string[] = [];
  let reason: string | undefined;
  const text = phrase.replace(/,\s+(which|who|whose|where)\s+([^,]*)(?:,|$)/gi, (_m, pronoun: string, clause: string) => {
    if (UNNAMED_REASON.test(`who ${clause}`)) reason = `who ${clause}`;
    else if (pronoun.toLowerCase() === 'who' && !/^(?:said|says|told|added)\b/i.test(clause)) credentials.push(clause.replace(/^(?:is|was)\s+/i, ''));
    return ', ';
  }).replace(/(?:,\s*)+$/, '').trim();
  return { text, credentials, reason };
}

/** A phrase with commas: a name and its appositive in either order, or a group and its place; [] otherwise. */
function appositive(text: string, parts: string[], hasWhoCredential: boolean): Mention[] {
  // "A team led by researchers … in Greenbelt, Maryland": a place after a comma belongs to the phrase.
  const place = parts.slice(1).every((part) => /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(part));
  const group = place ? parseNounPhrase(parts[0]!) : null;
  if (group && (group.kind === 'unnamed' || group.kind === 'organisation')) return [{ ...group, name: text }];
  const head = parseNounPhrase(parts[0]!);
  if (head && (head.kind === 'person' || head.kind === 'single' || head.kind === 'organisation')) {
    const named = nameThenCredential(head, parts);
    if (named) return [named];
    // "Hugo Tanaka, [who heads the Alliance …,] a group that has applauded …": the name, its "who" credential.
    if (head.kind === 'person' && hasWhoCredential && parts.length === 2 && /^(?:an?|the)\s/i.test(parts[1]!)) return [head];
  }
  // "the Intelligencer, the Wheeling News-Register": a title with its description, both names.
  if (!head && /^the\s+\p{Lu}[\p{L}\-]+$/u.test(parts[0]!) && parts.length === 2 && parseNounPhrase(parts[1]!)?.kind === 'organisation') {
    return [{ kind: 'organisation', name: parts[0]!, credentials: [parts[1]!] }];
  }
  // "The leader of Ennahda, Ken Fischer" / "her mother, Fiona"
  const last = parseNounPhrase(parts[parts.length - 1]!);
  const before = parts.slice(0, -1).join(', ');
  const clause = before.split(/\s+/).some((w) => CLAUSE_WORD.test(bare(w)) || (/ed$/i.test(bare(w)) && !/^(?:retired|elected|appointed|based|led|unnamed|acclaimed)$/i.test(bare(w))));
  if (last && !clause && (last.kind === 'person' || (last.kind === 'single' && !parseNounPhrase(before))) && isCredentialPhrase(before)) {
    return [{ ...last, kind: 'person', credentials: [...splitCredential(before), ...last.credentials] }];
  }
  return [];
}

/** "Ada Petrov, former head of … department": the longest run of parts after the name that reads as its credential. */
function nameThenCredential(head: Mention, parts: string[]): Mention | null {
  for (let end = parts.length; end > 1; end--) {
    const credential = parts.slice(1, end).join(', ');
    // A determiner-led appositive after an organisation or a full name is its description
    // ("an industry body"; "Lena Haddad, one of the leading American academic voices on Sudan").
    const described = (head.kind === 'organisation' || (head.kind === 'person' && head.name.includes(' ')))
      && /^(?:an?|the|one of|among)\s/i.test(credential) && credential.split(' ').length <= 15 && isCredentialPhrase(credential, true);
    if (isCredentialPhrase(credential) || described) {
      const kind = head.kind === 'single' ? 'person' : head.kind;
      return { ...head, kind, credentials: [...head.credentials, ...splitCredential(credential)] };
    }
  }
  return null;
}
