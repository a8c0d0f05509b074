/**
 * Speaker mentions: reads a noun phrase that stands before or after a reporting verb and says who it
 * names — a person (with any title or appositive credential), an organisation, an unnamed party, a
 * pronoun or a description ("the senator"). Pure; returns [] for phrases that name no one.
 */
import {
  COUNTRY_WORDS, HONORIFICS, NOT_NAME_WORDS, NAME_TITLES, ORG_WORDS, PRONOUNS, ROLE_NOUNS, UNNAMED_DETERMINERS,
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
  /** For descriptions: the whole phrase as written ("the health commission"). */
  phrase?: string;
}

/** Particles that stay lower-case inside names: "James Van Der Beek", "Monica de Bolle". */
const PARTICLES = new Set(['de', 'del', 'della', 'da', 'di', 'van', 'der', 'von', 'bin', 'al', 'la', 'le', 'du', 'dos', 'ter', 'ten']);
/** Adverbs, auxiliaries and fillers that may sit between a speaker and the verb. */
const TRAILING_FILLER = /(?:\s+(?:[a-z]+ly|also|later|then|previously|once|again|repeatedly|reportedly|publicly|privately|recently|earlier|further|since|still|too|himself|herself|themselves|has|have|had|was|were|is|are|would|will|could|can|may|might|did|does|do|not|never|went on to|go on to|goes on to|had earlier|first|initially|subsequently|separately|simply|only|even|however|instead|jointly|both|all|in (?:a|an|the) [\w ]{0,30}(?:statement|interview|email|e-mail|post|tweet|video|letter|speech|address|report)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|twitter|facebook|instagram)|(?:last|this|next) (?:week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:on|in) \w+ \d+))+$/i;
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
  const last = words[words.length - 1] ?? '';
  if ((ROLE_NOUNS.has(last) || NAME_TITLES.has(last)) && !ORG_WORDS.has(last)) return false; // "Defence Minister" is a title
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
    } else if (NAME_TITLES.has(w) || ROLE_NOUNS.has(w) || (COUNTRY_WORDS.has(w) && words.length - i > 2)) {
      titles.push(words[i]!);
    } else break;
    i++;
  }
  return { titles, name: words.slice(i), gender };
}

/** Prepositions that start a post-modifier: "Health authorities in China’s Inner Mongolia". */
const POSTMODIFIER = /\s+(?:in|at|from|on|near|inside|outside|across|around|within|seen by|obtained by|reviewed by|cited by|published (?:in|by)|led by|familiar with|briefed on|close to|with knowledge of)\s+/i;
/** Verb-like words that show a phrase is a clause, not a name ("may have perished"). */
const CLAUSE_WORD = /^(?:may|might|must|should|would|will|can|could|have|has|had|is|are|was|were|be|been|being|do|does|did|not|it|this|these|there|here)$/i;
/** A document that speaks for its author: "a new report by E! News", "a statement from the ministry". */
const DOCUMENT_BY = /^(?:an?|the)\s+(?:new\s+|recent\s+|separate\s+|joint\s+|written\s+)?(?:report|statement|study|paper|analysis|letter|post|tweet|article|survey|filing|memo|release|press release)\s+(?:by|from|of)\s+(.+)$/i;

/** A run of capitalised words with the connectors organisation names use. */
const ORG_NAME = /^(?:the\s+)?[\p{Lu}][\p{L}'’&.\-]*(?:\s+(?:(?:of|for|and|&|the|on|de|du)\s+)*[\p{Lu}][\p{L}'’&.\-]*)*$/u;

/** An introductory phrase before the speaker, up to its comma. */
const INTRO_PHRASE = /^(?:in|on|at|after|before|during|for|with|despite|since|last|earlier|later|speaking|asked|writing|meanwhile|however)\b[^,]*,\s+(?=\S)/i;

/** Parses one noun phrase with no coordination. */
function parseSingle(phrase: string): Mention | null {
  const text = phrase.trim().replace(/^["“‘'«]+|["”’'»]+$/g, '');
  if (!text || /^(?:which|who|whose|that|where|when)\b/i.test(text)) return null;
  const pronoun = PRONOUNS[text.toLowerCase()];
  if (pronoun) return { kind: 'pronoun', name: text.toLowerCase(), credentials: [], gender: pronoun };
  const reason = text.match(UNNAMED_REASON)?.[0];
  // "a senior official who asked not to be named": the relative clause says why, not who.
  const head = text.replace(/\s+(?:who|which)\s+.*$/i, '');
  if (head !== text) {
    const mention = parseSingle(head);
    return mention && reason ? { ...mention, reason } : mention;
  }
  const words = text.split(' ');
  if (words.length > 40 || words.some((w) => CLAUSE_WORD.test(bare(w)))) return null;
  if (words.length > 3 && text === text.toUpperCase()) return null; // a shouted headline, not a name
  const first = lower(words[0]!);

  // "planetary geologist Rosaly Lopes of NASA's Jet Propulsion Laboratory": a person, then an affiliation.
  const affiliated = text.match(/^(.*?\p{Lu}[\p{L}’'\-]+)\s+(?:of|from|at|with)\s+(\p{Lu}.+)$/u);
  if (affiliated) {
    const person = parseSingle(affiliated[1]!);
    if (person?.kind === 'person' && person.name.includes(' ')) return { ...person, credentials: [...person.credentials, affiliated[2]!] };
  }
  const document = text.match(DOCUMENT_BY);
  if (document) return parseSingle(document[1]!);
  // "an Acme spokesperson", "a spokesman for the ministry": the organisation speaks.
  const spokes = text.match(/^(?:an?|the)\s+(.+?)\s+(?:spokesman|spokeswoman|spokesperson|representative|press office)$/i)
    ?? text.match(/^(?:an?|the)\s+(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|of|at)\s+(.+)$/i);
  if (spokes && isCap(spokes[1]!.replace(/^the\s+/i, ''))) {
    return { kind: 'organisation', name: spokes[1]!, credentials: [] };
  }
  // "an agency spokesman", "a company spokeswoman": the organisation named before speaks.
  if (spokes && BACK_REFERENCE.test(spokes[1]!.toLowerCase())) return { kind: 'description', name: spokes[1]!.toLowerCase(), credentials: [] };
  // "his spokesman", "her lawyer": the person behind the possessive speaks.
  const possessive = text.match(/^(his|her)\s+(?:spokesman|spokeswoman|spokesperson|representative|rep|lawyer|attorney|office|aide)$/i);
  if (possessive) {
    const male = possessive[1]!.toLowerCase() === 'his';
    return { kind: 'pronoun', name: male ? 'he' : 'she', credentials: [], gender: male ? 'male' : 'female' };
  }

  // A post-modifier decides nothing: classify by what comes before it, keep the whole phrase as the name.
  const cut = text.search(POSTMODIFIER);
  if (cut > 0) {
    const head = parseSingle(text.slice(0, cut));
    if (!head || head.kind === 'pronoun') return null;
    if (head.kind === 'unnamed' || head.kind === 'organisation') return { ...head, name: text.replace(/\s+(?:who|which)\b.*$/i, '') };
    return head;
  }
  if (UNNAMED_DETERMINERS.has(first) || (first === 'the' && !words.slice(1).some((w) => isCap(bare(w))))) {
    return describe(words, reason);
  }
  // "China's ambassador to Britain": a role and its post-modifier; the person is named elsewhere.
  const role = text.match(/^(?:[\p{Lu}][\p{L}’']*\s+){0,3}(?:[\p{Ll}\-]+\s+){0,2}([\p{Ll}\-]+)\s+(?:to|of|for|at)\s+((?:the\s+)?[\p{Lu}].*)$/u);
  if (role && ROLE_NOUNS.has(role[1]!) && !ORG_WORDS.has(role[1]!) && looksLikeOrganisation(role[2]!)) return { kind: 'description', name: text, credentials: [text] };
  // "the Centre for Disease Control", "Parliament's Joint Committee on Intelligence and Security".
  const titled = words.slice(0, -1).some((w) => (ROLE_NOUNS.has(lower(w)) || NAME_TITLES.has(lower(w))) && !ORG_WORDS.has(lower(w)));
  if (ORG_NAME.test(text) && !titled && looksLikeOrganisation(text.replace(/^the\s+/i, ''))) return { kind: 'organisation', name: text, credentials: [] };
  const lastWord = lower(words[words.length - 1]!);
  // "West Mercia police", "China's commerce ministry": a name and an organisation word.
  if (ORG_WORDS.has(lastWord) && !isCap(bare(words[words.length - 1]!)) && words.slice(0, -1).some((w) => isCap(bare(w)))) {
    return { kind: 'organisation', name: text, credentials: [] };
  }
  let run = nameRunStart(words);
  if (run < 0) return describe(words, reason);
  while (run < words.length - 1 && /^the$/i.test(words[run]!)) run++; // "The Democrats": the article is not a name
  const before = words.slice(0, run);
  const runWords = words.slice(run);
  if (before.some((w) => /(?:ed|ing|ly)$/i.test(bare(w)) && !w.includes('-') && !ROLE_NOUNS.has(lower(w)))) return null;
  // Titles before a name hold no function words, except a role's own preposition ("ambassador to Britain").
  if (before.some((w, i) => /^(?:as|of|in|at|on|for|with|from|by|to|but|than|that|which|who|when|while|if|because)$/i.test(w)
    && !(i > 0 && /^(?:to|of|for|at)$/i.test(w) && ROLE_NOUNS.has(lower(before[i - 1]!))))) return null;
  if (before.length > 8) return null;
  const beforeText = before.join(' ');
  const runLast = lower(runWords[runWords.length - 1]!);
  // "White House Press Secretary Stephanie Grisham": the name is what follows the last title word.
  const lastTitle = runWords.slice(0, -1).reduce((at, w, i) => (ROLE_NOUNS.has(lower(w)) || NAME_TITLES.has(lower(w)) ? i : at), -1);
  const nameWords = runWords.slice(lastTitle + 1);
  const name = nameWords.join(' ');
  if (!looksLikeOrganisation(name) && (ROLE_NOUNS.has(runLast) || NAME_TITLES.has(runLast))) return null; // "Defence Minister": a title, no name
  if (looksLikeOrganisation(name) || (first === 'the' && runWords.length === 1 && before.length === 1 && /s$/.test(name))) {
    return { kind: 'organisation', name: [beforeText, ...runWords].join(' ').trim(), credentials: [] }; // "the Democrats"
  }
  const stripped = stripTitles(nameWords);
  const titles = [...runWords.slice(0, lastTitle + 1), ...stripped.titles];
  const { name: proper, gender } = stripped;
  const credential = [beforeText, ...titles].join(' ').replace(/\s+/g, ' ').trim();
  const credentials = credential && /\p{L}/u.test(credential) && !/^(?:the|a|an)$/i.test(credential) ? [credential] : [];
  if (proper.length === 1 && NOT_NAME_WORDS.has(lower(proper[0]!))) return null;
  // "the American demand": one capitalised word after "the" is an adjective or a nationality, not a person.
  if (proper.length === 1 && !titles.length && !gender && /^the$/i.test(beforeText)) return null;
  if (proper.length === 1 && !titles.length && !gender && !before.length) {
    return { kind: 'single', name: proper[0]!.replace(/[’']s$/, ''), credentials: [] };
  }
  return { kind: 'person', name: proper.join(' '), credentials, gender };
}

/** Role or organisation nouns that, after "the", refer back to a source already named ("the company"). */
const BACK_REFERENCE = /^(?:company|firm|agency|ministry|department|label|network|group|organisation|organization|government|office|statement|report|study|team|union|council|committee|commission|court|police|military|army|board|bank|university|institute|campaign|club|outlet|publication|broadcaster|newspaper)$/;

/** A phrase with no name: an unnamed party, an organisation by description, or a role that refers back. */
function describe(words: string[], reason?: string): Mention | null {
  const text = words.join(' ');
  const core = text.split(/\s+(?:who|which|that|familiar|briefed|with knowledge|close to|speaking)\b/i)[0]!;
  const coreWords = core.split(' ').map(lower);
  if (coreWords.length > 10 || coreWords.some((w) => /ing$/.test(w) && !UNNAMED_HEADS.has(w))) return null;
  const head = coreWords[coreWords.length - 1] ?? '';
  const first = coreWords[0] ?? '';
  if (first === 'the' && coreWords.length <= 4) {
    if (ROLE_NOUNS.has(head) && !UNNAMED_HEADS.has(head)) return { kind: 'description', name: head, credentials: [] };
    if (BACK_REFERENCE.test(head)) return { kind: 'description', name: head, credentials: [], phrase: core };
  }
  const headIndex = coreWords.findIndex((w, i) => i < 8 && UNNAMED_HEADS.has(w));
  const orgIndex = coreWords.findIndex((w, i) => i < 8 && ORG_WORDS.has(w));
  // After the head only a post-modifier may follow ("officials in Washington"), never a verb ("police deny").
  const afterHead = coreWords.slice(Math.max(headIndex, orgIndex) + 1);
  if (afterHead.length && !/^(?:of|in|at|from|for|with|on|to|and|or|across|around|inside|outside|near|under|over|within)$/.test(afterHead[0]!)) return null;
  // "Hong Kong's new police commissioner": a singular role with no determiner is a credential, not a speaker.
  if (!UNNAMED_DETERMINERS.has(first) && first !== 'the' && !/[’']s$/.test(words[0]!) && ROLE_NOUNS.has(head) && !head.endsWith('s')) return null;
  if (first === 'the' && orgIndex >= 0 && (headIndex < 0 || orgIndex < headIndex) && coreWords.length <= 7) {
    return { kind: 'organisation', name: text.replace(/\s+(?:who|which)\b.*$/i, ''), credentials: [] };
  }
  if (headIndex < 0) return null;
  if (words.length > 16) return null;
  // Before the head only determiners and modifiers: "holds appeal to voters" is a clause, not a source.
  if (coreWords.slice(0, headIndex).some((w) => /^(?:to|of|in|at|on|for|with|from|by|as|but|than|that|is|are|was|were)$/.test(w))) return null;
  const name = text.replace(/,?\s+who\s+(?:asked|spoke|requested|declined|was not|were not|is not|are not)\b.*$/i, '');
  return { kind: 'unnamed', name, credentials: [], gender: 'plural', reason };
}

/**
 * Parses a speaker phrase into the mentions it contains: usually one, two for "Volker and Morrison",
 * none when the phrase names no one. Handles "Name, credential" and "credential, Name" appositives.
 */
export function parseSpeaker(phrase: string): Mention[] {
  let text = trimSpeakerPhrase(phrase.replace(/\s*\([^()]{0,80}\)/g, ''));
  // "In an interview with the BBC, Mr Obama", "On Monday, Big Machine Records": the opening phrase says when or where.
  while (INTRO_PHRASE.test(text)) text = text.replace(INTRO_PHRASE, '');
  if (!text || text.length > 400) return [];
  // Relative clauses: ", which is China's version of Twitter," says nothing of the speaker;
  // ", who heads the Alliance for American Manufacturing," is a credential; ", who asked not to be named" a reason.
  const extra: string[] = [];
  let reason: string | undefined;
  text = text.replace(/,\s+(which|who|whose)\s+([^,]*)(?:,|$)/gi, (_m, pronoun: string, clause: string) => {
    if (UNNAMED_REASON.test(`who ${clause}`)) reason = `who ${clause}`;
    else if (pronoun.toLowerCase() === 'who' && !/^(?:said|says|told|added)\b/i.test(clause)) extra.push(clause.replace(/^(?:is|was)\s+/i, ''));
    return ', ';
  }).replace(/(?:,\s*)+$/, '').trim();
  const finish = (mentions: Mention[]) => mentions.map((m) => ({
    ...m,
    credentials: m.kind === 'person' || m.kind === 'single' || m.kind === 'organisation' ? [...m.credentials, ...extra] : m.credentials,
    reason: m.reason ?? reason,
  }));
  text = text.replace(/\s+and\s+(?:his|her|their)\s+(?:team|colleagues|co-authors|co-researchers|researchers)$/i, '');
  const parts = text.split(/,\s+/);
  if (parts.length > 1) {
    // "A team led by researchers … in Greenbelt, Maryland": a place after a comma belongs to the phrase.
    const place = parts.slice(1).every((part) => /^\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?$/u.test(part));
    const group = place ? parseSingle(parts[0]!) : null;
    if (group && (group.kind === 'unnamed' || group.kind === 'organisation')) return finish([{ ...group, name: text }]);
    // "Aviv Oreg, former head of … department" / "the World Travel and Tourism Council, an industry body"
    const head = parseSingle(parts[0]!);
    if (head && (head.kind === 'person' || head.kind === 'single' || head.kind === 'organisation')) {
      // The longest run of parts after the name that reads as its credential; a full name may stand alone.
      for (let end = parts.length; end > 1; end--) {
        const credential = parts.slice(1, end).join(', ');
        // A determiner-led appositive after an organisation or a full name is its description
        // ("an industry body"; "Eric Reeves, one of the leading American academic voices on Sudan").
        const described = (head.kind === 'organisation' || (head.kind === 'person' && head.name.includes(' ')))
          && /^(?:an?|the|one of|among)\s/i.test(credential) && credential.split(' ').length <= 15 && isCredentialPhrase(credential, true);
        if (isCredentialPhrase(credential) || described) {
          const kind = head.kind === 'single' ? 'person' : head.kind;
          return finish([{ ...head, kind, credentials: [...head.credentials, ...splitCredential(credential)] }]);
        }
      }
      // "Scott Paul, [who heads the Alliance …,] a group that has applauded …": the name, its "who" credential.
      if (head.kind === 'person' && extra.length && parts.length === 2 && /^(?:an?|the)\s/i.test(parts[1]!)) return finish([head]);
    }
    // "the Intelligencer, the Wheeling News-Register": a title with its description, both names.
    if (!head && /^the\s+\p{Lu}[\p{L}\-]+$/u.test(parts[0]!) && parts.length === 2 && parseSingle(parts[1]!)?.kind === 'organisation') {
      return finish([{ kind: 'organisation', name: parts[0]!, credentials: [parts[1]!] }]);
    }
    // "The leader of Ennahda, Rachid Ghannouchi" / "her mother, Fiona"
    const last = parseSingle(parts[parts.length - 1]!);
    const before = parts.slice(0, -1).join(', ');
    const beforeSpeaks = parseSingle(before);
    const clause = before.split(/\s+/).some((w) => CLAUSE_WORD.test(bare(w)) || (/ed$/i.test(bare(w)) && !/^(?:retired|elected|appointed|based|led|unnamed|acclaimed)$/i.test(bare(w))));
    if (last && !clause && (last.kind === 'person' || (last.kind === 'single' && !beforeSpeaks)) && isCredentialPhrase(before)) {
      return finish([{ ...last, kind: 'person', credentials: [...splitCredential(before), ...last.credentials] }]);
    }
    return [];
  }
  const both = text.match(/^(.+?)\s+(?:and|&)\s+(.+)$/);
  const wholeOrg = ORG_NAME.test(text) && looksLikeOrganisation(text);
  if (both && !wholeOrg && /\p{Lu}/u.test(both[1]![0]!) && /\p{Lu}/u.test(both[2]![0]!)) {
    const left = parseSingle(both[1]!);
    const right = parseSingle(both[2]!);
    if (left && right && left.kind !== 'unnamed' && right.kind !== 'unnamed' && right.kind !== 'organisation') return finish([left, right]);
  }
  const single = parseSingle(text);
  return single ? finish([single]) : [];
}

/** True when a phrase reads as a role or affiliation ("former head of …", "Israel's ambassador to …"). */
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
