/**
 * buildSources: resolves each statement's speaker mention to one source — full names from the people
 * index, surnames ("Michael said:"), titles ("the president said"), pronouns ("he went on to add", the
 * most recent speaker of that gender) and continuations — and merges mentions of the same party. Pure.
 */
import type { SourceKind } from '../types';
import { ORG_WORDS } from './lexicon';
import type { Mention } from './mentions';
import type { OrganisationMention } from './organisations';
import { surnameOf, type Person } from './people';
import type { Statement } from './statements';

/** A source while it is being built. */
export interface Entity {
  kind: SourceKind;
  name: string;
  aliases: Set<string>;
  credentials: string[];
  gender?: 'male' | 'female' | 'plural' | 'neuter';
  reason?: string;
  /** Statements attributed to it, by index into the statement list. */
  statements: number[];
  /** Where it was last named or spoke (article offset), for recency. */
  lastSeen: number;
  /** Cited by another source ("citing a current and a former US official"): a source without a statement. */
  cited?: boolean;
  /** It issued a written statement ("Big Machine Records issued a statement"): "the statement said" is it speaking. */
  issuedStatement?: boolean;
}

/** How far back (in characters) a pronoun or a continuation may reach for its speaker. */
const MAX_PRONOUN_DISTANCE = 2500;
/** How far back a described organisation ("the production company") may reach for one that spoke. */
const NEAR_DISTANCE = 700;

/** Words for an organisation that only point back to one named before ("the company", "the agency"). */
const GENERIC_ORG = /^(?:company|firm|agency|group|organisation|organization|label|network|team|outlet|publication|broadcaster|newspaper)$/;
/** Descriptions that point back to an organisation already named ("the company flat-out denied"). */
const BACK_REFERENCE_ORG = /^(?:company|firm|agency|ministry|department|label|network|group|organisation|organization|government|office|team|union|council|committee|commission|court|police|military|army|board|bank|university|institute|campaign|club|outlet|publication|broadcaster|newspaper)$/;

/** The organisation named most often in a stretch of text (the latest on a tie): what "the company" means there. */
function mostMentioned(mentions: OrganisationMention[]): OrganisationMention | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(key(m.name), (counts.get(key(m.name)) ?? 0) + 1);
  let best: OrganisationMention | undefined;
  for (const m of mentions) if (!best || (counts.get(key(m.name)) ?? 0) >= (counts.get(key(best.name)) ?? 0)) best = m;
  return best;
}

const key = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]/gu, '').trim();

/** Resolves speakers and returns the sources with the statements each made. */
export function buildSources(statements: Statement[], people: Person[], organisations: OrganisationMention[]): Entity[] {
  const entities: Entity[] = [];
  let lastSpeakers: Entity[] = [];

  const findPerson = (name: string): Entity | undefined => {
    const surname = surnameOf(name).toLowerCase();
    const given = name.split(/\s+/).slice(0, -1).map((w) => w.toLowerCase());
    return entities.find((e) => e.kind === 'person' && surnameOf(e.name).toLowerCase() === surname
      && (!given.length || e.name.split(/\s+/).slice(0, -1).some((w) => given.includes(w.toLowerCase()))));
  };
  const personFromIndex = (name: string): Person | undefined => {
    const surname = surnameOf(name).toLowerCase();
    const matches = people.filter((p) => surnameOf(p.name).toLowerCase() === surname && (name.includes(' ') ? p.name.endsWith(name) || name.endsWith(p.name) : true));
    const best = matches.sort((a, b) => b.name.split(' ').length - a.name.split(' ').length || b.positions.length - a.positions.length)[0];
    if (best || name.includes(' ')) return best;
    // Surname first ("Liu" for "Liu Xiaming"), when no one else has it as a surname.
    return people.find((p) => p.name.split(' ').length === 2 && p.name.split(' ')[0]!.toLowerCase() === surname);
  };
  const addPerson = (mention: Mention, at: number): Entity => {
    const indexed = personFromIndex(mention.name);
    const fullName = indexed && indexed.name.split(' ').length >= mention.name.split(' ').length ? indexed.name : mention.name;
    let entity = findPerson(fullName);
    if (!entity) {
      entity = { kind: 'person', name: fullName, aliases: new Set(), credentials: [...(indexed?.credentials ?? [])], gender: indexed?.gender, statements: [], lastSeen: at };
      entities.push(entity);
    }
    if (mention.gender && mention.gender !== 'plural' && mention.gender !== 'neuter') entity.gender ??= mention.gender;
    return entity;
  };
  const addGroup = (kind: SourceKind, mention: Mention, at: number): Entity => {
    let entity = entities.find((e) => e.kind === kind && key(e.name) === key(mention.name));
    // "BIG MACHINE RECORDS" in a shouted line, "Big Machine Records" in the text: keep the text's spelling.
    if (entity && entity.name === entity.name.toUpperCase() && mention.name !== mention.name.toUpperCase()) entity.name = mention.name;
    if (!entity) {
      entity = { kind, name: mention.name.replace(/^The\s+/, (m) => (kind === 'organisation' ? m : 'the ')), aliases: new Set(), credentials: [], gender: kind === 'unnamed' ? 'plural' : 'neuter', reason: mention.reason, statements: [], lastSeen: at };
      entities.push(entity);
    }
    return entity;
  };
  const recent = (at: number, accept: (e: Entity) => boolean) =>
    entities.filter((e) => accept(e) && at - e.lastSeen <= MAX_PRONOUN_DISTANCE).sort((a, b) => b.lastSeen - a.lastSeen)[0];

  // With no speaker near, "he" is the person the article named last (not in a caption).
  const lastNamed = (at: number, gender: Mention['gender']): Entity | undefined => {
    const candidates = people
      .map((p) => ({ p, last: Math.max(-1, ...p.positions.filter((x) => x < at)) }))
      .filter(({ p, last }) => last >= 0 && at - last <= MAX_PRONOUN_DISTANCE && (!p.gender || !gender || p.gender === gender))
      .sort((a, b) => b.last - a.last);
    const best = candidates[0]?.p;
    return best ? addPerson({ kind: 'person', name: best.name, credentials: [] }, at) : undefined;
  };
  /**
   * "the company said" / "the production company said": the organisation that spoke or was named last
   * (the phrase becomes its credential); "the military said": an institution of its own unless named.
   */
  const resolveOrganisation = (mention: Mention, role: string, at: number): Entity => {
    const spoken = recent(at, (e) => e.kind === 'organisation' && e.name.toLowerCase().includes(role));
    if (spoken) return spoken;
    const phrase = mention.phrase ?? `the ${role}`;
    const before = organisations.filter((o) => o.at < at && at - o.at <= MAX_PRONOUN_DISTANCE);
    const named = [...before].reverse().find((o) => o.name.toLowerCase().includes(role));
    // "the government team" names its own group: a modifier that is itself an institution or a name.
    const modifiers = phrase.split(/\s+/).slice(1, -1);
    const ownGroup = modifiers.some((w) => ORG_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
    if (GENERIC_ORG.test(role) && !ownGroup) {
      // A bare "the company" reaches back a long way; "the production company" only to the paragraph before.
      const bare = /^the\s+\S+$/i.test(phrase);
      const salient = mostMentioned(before);
      const found = recent(at, (e) => e.kind === 'organisation' && (bare || at - e.lastSeen <= NEAR_DISTANCE))
        ?? (salient ? addGroup('organisation', { ...mention, name: salient.name }, at) : undefined);
      if (found) {
        if (!bare && !found.credentials.includes(phrase)) found.credentials.push(phrase);
        return found;
      }
    } else if (named) return addGroup('organisation', { ...mention, name: named.name }, at);
    return addGroup('organisation', { ...mention, name: phrase }, at);
  };
  const resolve = (mention: Mention, at: number): Entity | undefined => {
    switch (mention.kind) {
      case 'person':
        return addPerson(mention, at);
      case 'single': {
        if (findPerson(mention.name) || personFromIndex(mention.name)) return addPerson(mention, at);
        return addGroup('organisation', mention, at);
      }
      case 'organisation':
        return addGroup('organisation', mention, at);
      case 'unnamed': {
        // "the source", "the insider": the unnamed source introduced just before ("a source said").
        const definite = mention.name.match(/^the\s+(?:\w+\s+)?(source|insider|official|person|spokes\w+|aide|diplomat|expert|analyst|user)$/i);
        const earlier = definite && recent(at, (e) => e.kind === 'unnamed' && /^(?:an?|one|another)\s/i.test(e.name));
        return earlier || addGroup('unnamed', mention, at);
      }
      case 'description': {
        const role = mention.name.toLowerCase();
        // "the statement read": the last party that spoke; "the company": the last organisation.
        if (role === 'statement' || role === 'report') {
          return recent(at, (e) => e.kind !== 'unnamed' && !!e.issuedStatement) ?? recent(at, (e) => e.kind !== 'unnamed');
        }
        if (BACK_REFERENCE_ORG.test(role)) return resolveOrganisation(mention, role, at);
        // "China's ambassador to Britain accused …": the person the article names with that credential.
        const named = people.find((p) => p.credentials.some((c) => c.toLowerCase().includes(role)));
        if (role.includes(' ')) return named ? addPerson({ kind: 'person', name: named.name, credentials: [] }, at) : addGroup('unnamed', mention, at);
        return recent(at, (e) => e.kind === 'person' && e.credentials.some((c) => c.toLowerCase().includes(role)))
          ?? recent(at, (e) => e.kind === 'person') ?? lastNamed(at, undefined)
          ?? addGroup('unnamed', { ...mention, name: `the ${role}` }, at);
      }
      case 'pronoun': {
        const g = mention.gender;
        if (g === 'plural') return lastSpeakers.find((e) => e.kind !== 'person') ?? recent(at, (e) => e.kind !== 'person');
        if (g === 'neuter') return recent(at, (e) => e.kind === 'organisation');
        return recent(at, (e) => e.kind === 'person' && (!e.gender || e.gender === g)) ?? lastNamed(at, g);
      }
    }
  };

  statements.forEach((statement, index) => {
    const at = statement.cueAt ?? statement.span.start;
    let speakers: Entity[];
    if (statement.inherit) {
      speakers = lastSpeakers.filter(() => at - Math.max(...lastSpeakers.map((e) => e.lastSeen)) <= MAX_PRONOUN_DISTANCE);
    } else {
      speakers = statement.mentions.map((m) => resolve(m, at)).filter((e): e is Entity => !!e);
      statement.mentions.forEach((m, i) => {
        const e = speakers[i];
        if (!e) return;
        if (m.kind === 'pronoun' && (m.gender === 'male' || m.gender === 'female') && e.kind === 'person') e.gender ??= m.gender;
        if (m.name !== e.name) e.aliases.add(m.name);
        for (const c of m.credentials) if (!e.credentials.includes(c)) e.credentials.push(c);
        if (m.reason) e.reason ??= m.reason;
      });
    }
    for (const m of statement.cited ?? []) {
      const e = m.kind === 'unnamed' || m.kind === 'organisation' || m.kind === 'single' || m.kind === 'person' ? resolve(m, at) : undefined;
      if (e) e.cited = true;
    }
    for (const e of speakers) {
      if (/statement/i.test(statement.cue) || statement.cue === 'issued' || statement.cue === 'released') e.issuedStatement = true;
      if (!e.statements.includes(index)) e.statements.push(index);
      e.lastSeen = at;
    }
    if (speakers.length) lastSpeakers = speakers;
  });
  return entities.filter((e) => e.statements.length || e.cited);
}
