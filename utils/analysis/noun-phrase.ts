/**
 * One noun phrase, no coordination, no appositive: says who it names — a person (with the titles written
 * before the name), an organisation, an unnamed party, a pronoun, or a description that refers back
 * ("the senator", "the company"). Pure; null for phrases that name no one.
 */
import { NOT_NAME_WORDS, ORG_WORDS, PRONOUNS, ROLE_NOUNS, UNNAMED_DETERMINERS, UNNAMED_HEADS, UNNAMED_REASON } from './lexicon';
import { bare, isCap, isRoleWord, looksLikeOrganisation, lower, nameRunStart, stripTitles } from './words';

/** Who a phrase names. */
export interface Mention {
  /** `description` is a role phrase that refers back ("the professor"); `single` a lone name word ("Sofrin"). */
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

/** Prepositions that start a post-modifier: "Health authorities in China’s Inner Mongolia". */
const POSTMODIFIER = /\s+(?:in|at|from|on|near|inside|outside|across|around|within|seen by|obtained by|reviewed by|cited by|published (?:in|by)|led by|familiar with|briefed on|close to|with knowledge of)\s+/i;
/** Verb-like words that show a phrase is a clause, not a name ("may have perished"). */
export const CLAUSE_WORD = /^(?:may|might|must|should|would|will|can|could|have|has|had|is|are|was|were|be|been|being|do|does|did|not|it|this|these|there|here)$/i;
/** A document that speaks for its author: "a new report by E! News", "a statement from the ministry". */
const DOCUMENT_BY = /^(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:report|statement|study|paper|analysis|letter|post|tweet|article|survey|filing|memo|release|press release|review|investigation|audit|poll)\s+(?:(?:released|published|issued|conducted|commissioned|written|carried out|compiled)\s+(?:[\w-]+\s+){0,3})?(?:by|from|of)\s+(.+)$/i;
/** A run of capitalised words with the connectors organisation names use. */
export const ORG_NAME = /^(?:the\s+)?[\p{Lu}][\p{L}'’&.\-]*(?:\s+(?:(?:of|for|and|&|the|on|de|du)\s+)*[\p{Lu}][\p{L}'’&.\-]*)*$/u;
/** Role or organisation nouns that, after "the", refer back to a source already named ("the company"). */
const BACK_REFERENCE = /^(?:company|firm|agency|ministry|department|label|network|group|organisation|organization|government|office|statement|report|study|survey|paper|analysis|poll|review|investigation|audit|letter|memo|filing|lawsuit|ruling|assessment|team|union|council|committee|commission|court|police|military|army|board|bank|university|institute|campaign|club|outlet|publication|broadcaster|newspaper)$/;
/** Nouns for kinds of organisation, written before a name ("the rescue group Project Jonah"). */
const ORG_TYPE = /^(?:group|company|firm|agency|charity|organisation|organization|network|label|retailer|startup|start-up|brand|chain|broadcaster|newspaper|magazine|website|outlet|think-tank|tank|union|party|club|foundation|institute|nonprofit|non-profit|ngo|watchdog|regulator|carrier|airline|automaker|manufacturer|consultancy|bank|insurer|supermarket|platform)$/;
/** Kinds that name people as well as organisations ("developer Ammar Askar", "developer Mojang"): one-word names only. */
const MAKER_TYPE = /^(?:maker|developer|publisher|studio|band|team|site|producer|distributor|operator|owner|provider|supplier)$/;
/** Function words that never stand among the titles before a name. */
const FUNCTION_WORD = /^(?:as|of|in|at|on|for|with|from|by|to|but|than|that|which|who|when|while|if|because)$/i;

/** Parses one noun phrase with no coordination. */
export function parseNounPhrase(phrase: string): Mention | null {
  const text = phrase.trim().replace(/^["“‘'«]+|["”’'»]+$/g, '');
  if (!text || /^(?:which|who|whose|that|where|when)\b/i.test(text)) return null;
  const pronoun = PRONOUNS[text.toLowerCase()];
  if (pronoun) return { kind: 'pronoun', name: text.toLowerCase(), credentials: [], gender: pronoun };
  const reason = text.match(UNNAMED_REASON)?.[0];
  // "a senior official who asked not to be named": the relative clause says why, not who.
  const head = text.replace(/\s+(?:who|which)\s+.*$/i, '');
  if (head !== text) {
    const mention = parseNounPhrase(head);
    return mention && reason ? { ...mention, reason } : mention;
  }
  const words = text.split(' ');
  if (words.length > 40 || words.some((w) => CLAUSE_WORD.test(bare(w)))) return null;
  if (words.length > 3 && text === text.toUpperCase()) return null; // a shouted headline, not a name
  const fixed = fixedForm(text);
  if (fixed !== undefined) return fixed;
  const first = lower(words[0]!);
  if (UNNAMED_DETERMINERS.has(first) || (first === 'the' && !words.slice(1).some((w) => isCap(bare(w))))) return describe(words, reason);
  return organisationByName(text, words) ?? namedPhrase(words, reason);
}

/** Shapes recognised whole; undefined when the phrase has none of them. */
function fixedForm(text: string): Mention | null | undefined {
  // "planetary geologist Ada Petrov of NASA's Jet Propulsion Laboratory": a person, then an affiliation.
  const affiliated = text.match(/^(.*?\p{Lu}[\p{L}’'\-]+)\s+(?:of|from|at|with)\s+(\p{Lu}.+)$/u);
  if (affiliated) {
    const person = parseNounPhrase(affiliated[1]!);
    if (person?.kind === 'person' && person.name.includes(' ')) return { ...person, credentials: [...person.credentials, affiliated[2]!] };
  }
  const document = text.match(DOCUMENT_BY);
  if (document) return parseNounPhrase(document[1]!);
  // "an Acme spokesperson", "a spokesman for the ministry": the organisation speaks.
  const spokes = text.match(/^(?:an?|the)\s+(.+?)\s+(?:spokesman|spokeswoman|spokesperson|representative|press office)$/i)
    ?? text.match(/^(?:an?|the)\s+(?:spokesman|spokeswoman|spokesperson|representative)\s+(?:for|of|at)\s+(.+)$/i);
  if (spokes && isCap(spokes[1]!.replace(/^the\s+/i, ''))) return { kind: 'organisation', name: spokes[1]!, credentials: [] };
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
    const head = parseNounPhrase(text.slice(0, cut));
    if (!head || head.kind === 'pronoun') return null;
    if (head.kind === 'unnamed' || head.kind === 'organisation') return { ...head, name: text.replace(/\s+(?:who|which)\b.*$/i, '') };
    return head;
  }
  return undefined;
}

/** A role named by its office ("China's ambassador to Britain") or an organisation by its name, or null. */
function organisationByName(text: string, words: string[]): Mention | null {
  // "China's ambassador to Britain": a role and its post-modifier; the person is named elsewhere.
  const role = text.match(/^(?:[\p{Lu}][\p{L}’']*\s+){0,3}(?:[\p{Ll}\-]+\s+){0,2}([\p{Ll}\-]+)\s+(?:to|of|for|at)\s+((?:the\s+)?[\p{Lu}].*)$/u);
  if (role && ROLE_NOUNS.has(role[1]!) && !ORG_WORDS.has(role[1]!) && looksLikeOrganisation(role[2]!)) return { kind: 'description', name: text, credentials: [text] };
  // "the Centre for Disease Control", "Parliament's Joint Committee on Intelligence and Security".
  const titled = words.slice(0, -1).some((w) => isRoleWord(w) && !ORG_WORDS.has(lower(w)));
  if (ORG_NAME.test(text) && !titled && looksLikeOrganisation(text.replace(/^the\s+/i, ''))) return { kind: 'organisation', name: text, credentials: [] };
  // "West Mercia police", "China's commerce ministry": a name and an organisation word.
  const last = words[words.length - 1]!;
  if (ORG_WORDS.has(lower(last)) && !isCap(bare(last)) && words.slice(0, -1).some((w) => isCap(bare(w)))) return { kind: 'organisation', name: text, credentials: [] };
  return null;
}

/** A phrase ending in a run of name words: a person with the titles before the name, or an organisation. */
function namedPhrase(words: string[], reason?: string): Mention | null {
  let run = nameRunStart(words);
  if (run < 0) return describe(words, reason);
  while (run < words.length - 1 && /^the$/i.test(words[run]!)) run++; // "The Democrats": the article is not a name
  const before = words.slice(0, run);
  const runWords = words.slice(run);
  if (before.length > 8 || before.some((w) => /(?:ed|ing|ly)$/i.test(bare(w)) && !w.includes('-') && !ROLE_NOUNS.has(lower(w)))) return null;
  // Titles before a name hold no function words, except a role's own preposition ("ambassador to Britain").
  if (before.some((w, i) => FUNCTION_WORD.test(w) && !(i > 0 && /^(?:to|of|for|at)$/i.test(w) && ROLE_NOUNS.has(lower(before[i - 1]!))))) return null;
  const beforeText = before.join(' ');
  // "White House Press Secretary Omar Moss": the name is what follows the last title word.
  const lastTitle = runWords.slice(0, -1).reduce((at, w, i) => (isRoleWord(w) ? i : at), -1);
  const nameWords = runWords.slice(lastTitle + 1);
  const name = nameWords.join(' ');
  if (!looksLikeOrganisation(name) && isRoleWord(runWords[runWords.length - 1]!)) return null; // "Defence Minister": a title, no name
  if (looksLikeOrganisation(name) || (lower(words[0]!) === 'the' && runWords.length === 1 && before.length === 1 && /s$/.test(name))) {
    return { kind: 'organisation', name: [beforeText, ...runWords].join(' ').trim(), credentials: [] }; // "the Democrats"
  }
  // "whale rescue group Project Jonah", "data analysis firm 1010data": the title says what kind of organisation.
  const kind = before.length ? lower(before[before.length - 1]!) : '';
  if (lastTitle < 0 && (ORG_TYPE.test(kind) || (MAKER_TYPE.test(kind) && nameWords.length === 1))) {
    return { kind: 'organisation', name, credentials: [beforeText] };
  }
  return person(before, runWords.slice(0, lastTitle + 1), nameWords);
}

/** A person from the words before the name, the title words in the name run, and the name words. */
function person(before: string[], runTitles: string[], nameWords: string[]): Mention | null {
  const stripped = stripTitles(nameWords);
  const titles = [...runTitles, ...stripped.titles];
  const { name: proper, gender } = stripped;
  const beforeText = before.join(' ');
  const credential = [beforeText, ...titles].join(' ').replace(/\s+/g, ' ').trim();
  const credentials = credential && /\p{L}/u.test(credential) && !/^(?:the|a|an)$/i.test(credential) ? [credential] : [];
  if (proper.length === 1 && NOT_NAME_WORDS.has(lower(proper[0]!))) return null;
  // "Critics say", "Elders say": a plural common noun at the start of a sentence, not a name.
  if (proper.length === 1 && !titles.length && !before.length && UNNAMED_HEADS.has(lower(proper[0]!)) && /s$/i.test(proper[0]!)) {
    return { kind: 'unnamed', name: proper[0]!, credentials: [], gender: 'plural' };
  }
  // "the American demand": one capitalised word after "the" is an adjective or a nationality, not a person.
  if (proper.length === 1 && !titles.length && !gender && /^the$/i.test(beforeText)) return null;
  if (proper.length === 1 && !titles.length && !gender && !before.length) return { kind: 'single', name: proper[0]!.replace(/[’']s$/, ''), credentials: [] };
  return { kind: 'person', name: proper.join(' '), credentials, gender };
}

/** A phrase with no name: an unnamed party, an organisation by description, or a role that refers back. */
function describe(words: string[], reason?: string): Mention | null {
  const text = words.join(' ');
  // "a number of analysts", "dozens of residents": the quantifier says how many, the head who.
  const quantified = text.match(/^(?:a\s+(?:number|group|handful|couple|majority)|dozens|hundreds|some|many|most|several|one|two|three|all|none)\s+of\s+(?!the\b)(.+)$/i);
  if (quantified) {
    const inner = describe(quantified[1]!.split(' '), reason);
    return inner?.kind === 'unnamed' ? { ...inner, name: text } : inner;
  }
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
  if (headIndex < 0 || words.length > 16) return null;
  // Before the head only determiners and modifiers: "holds appeal to voters" is a clause, not a source.
  if (coreWords.slice(0, headIndex).some((w) => /^(?:to|of|in|at|on|for|with|from|by|as|but|than|that|is|are|was|were)$/.test(w))) return null;
  const name = text.replace(/,?\s+who\s+(?:asked|spoke|requested|declined|was not|were not|is not|are not)\b.*$/i, '');
  return { kind: 'unnamed', name, credentials: [], gender: 'plural', reason };
}

