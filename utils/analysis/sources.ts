/**
 * buildSources: resolves each statement's speaker mention to one source — full names from the people
 * index, surnames ("Michael said:"), titles ("the president said"), pronouns ("he went on to add", the
 * most recent speaker of that gender), back-references ("the company") and continuations — and merges
 * mentions of the same party. Pure.
 */
import { EntityRegistry, groupKey, MAX_PRONOUN_DISTANCE, type Entity } from './entities';
import { DOCUMENT_KINDS, type DocumentMention } from './documents';
import { ORG_WORDS } from './lexicon';
import { parseSpeaker, type Mention } from './mentions';
import type { OrganisationMention } from './organisations';
import type { Person } from './people';
import type { Statement } from './statements';

export type { Entity } from './entities';

/** How far back a described organisation ("the production company") may reach for one that spoke. */
const NEAR_DISTANCE = 700;
/** Words for an organisation that only point back to one named before ("the company", "the agency"). */
const GENERIC_ORG = /^(?:company|firm|agency|group|organisation|organization|label|network|team|outlet|publication|broadcaster|newspaper)$/;
/** Descriptions that point back to an organisation already named ("the company flat-out denied"). */
const BACK_REFERENCE_ORG = /^(?:company|firm|agency|ministry|department|label|network|group|organisation|organization|government|office|team|union|council|committee|commission|court|police|military|army|board|bank|university|institute|campaign|club|outlet|publication|broadcaster|newspaper)$/;
/** Documents that speak for their author: "the report concluded", "the statement read". */
const DOCUMENT = new RegExp(`^(?:${DOCUMENT_KINDS})$`);
/** "the source", "the insider": a definite reference to an unnamed source introduced before. */
const DEFINITE_UNNAMED = /^the\s+(?:\w+\s+)?(source|insider|official|person|spokes\w+|aide|diplomat|expert|analyst|user)$/i;
/** "the officials", "the sources": a definite plural pointing back to the group named with that head noun. */
const DEFINITE_GROUP = /^the\s+(sources|officials|experts|analysts|insiders|people|residents|researchers|scientists|investigators|authorities|aides|diplomats)$/i;

/** The organisation named most often in a stretch of text (the latest on a tie): what "the company" means there. */
function mostMentioned(mentions: OrganisationMention[]): OrganisationMention | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(groupKey(m.name), (counts.get(groupKey(m.name)) ?? 0) + 1);
  let best: OrganisationMention | undefined;
  for (const m of mentions) if (!best || (counts.get(groupKey(m.name)) ?? 0) >= (counts.get(groupKey(best.name)) ?? 0)) best = m;
  return best;
}

/** Resolves speakers and returns the sources with the statements each made. */
export function buildSources(statements: Statement[], people: Person[], organisations: OrganisationMention[], documents: DocumentMention[] = []): Entity[] {
  const registry = new EntityRegistry(people);
  const resolver = new MentionResolver(registry, organisations, documents);
  statements.forEach((statement, index) => {
    const at = statement.cueAt ?? statement.span.start;
    const speakers = statement.inherit ? resolver.continuing(at) : resolver.speakersOf(statement.mentions, at);
    for (const m of statement.cited ?? []) {
      const e = m.kind === 'unnamed' || m.kind === 'organisation' || m.kind === 'single' || m.kind === 'person' ? resolver.resolve(m, at) : undefined;
      if (e) e.cited = true;
    }
    for (const e of speakers) {
      if (/statement/i.test(statement.cue) || statement.cue === 'issued' || statement.cue === 'released') e.issuedStatement = true;
      if (!e.statements.includes(index)) e.statements.push(index);
      e.lastSeen = at;
    }
    if (speakers.length) resolver.lastSpeakers = speakers;
  });
  return registry.entities.filter((e) => e.statements.length || e.cited);
}

/** Turns mentions into sources, remembering who spoke last. */
class MentionResolver {
  lastSpeakers: Entity[] = [];

  constructor(
    private readonly registry: EntityRegistry,
    private readonly organisations: OrganisationMention[],
    private readonly documents: DocumentMention[],
  ) {}

  /** A continuation: the previous statement's speakers, when near enough. */
  continuing(at: number): Entity[] {
    const last = Math.max(...this.lastSpeakers.map((e) => e.lastSeen));
    return at - last <= MAX_PRONOUN_DISTANCE ? this.lastSpeakers : [];
  }

  /** The sources a statement's mentions name, each learning the gender, alias, credentials and reason given. */
  speakersOf(mentions: Mention[], at: number): Entity[] {
    const speakers = mentions.map((m) => this.resolve(m, at));
    mentions.forEach((m, i) => {
      const e = speakers[i];
      if (!e) return;
      if (m.kind === 'pronoun' && (m.gender === 'male' || m.gender === 'female') && e.kind === 'person') e.gender ??= m.gender;
      if (m.name !== e.name) e.aliases.add(m.name);
      for (const c of m.credentials) if (!e.credentials.includes(c)) e.credentials.push(c);
      if (m.reason) e.reason ??= m.reason;
    });
    return speakers.filter((e): e is Entity => !!e);
  }

  /** The source one mention names, at offset `at`. */
  resolve(mention: Mention, at: number): Entity | undefined {
    const { registry } = this;
    switch (mention.kind) {
      case 'person':
        return registry.addPerson(mention, at);
      case 'single':
        return registry.findPerson(mention.name) || registry.indexed(mention.name, at) ? registry.addPerson(mention, at) : registry.addGroup('organisation', mention, at);
      case 'organisation':
        return registry.addGroup('organisation', mention, at);
      case 'unnamed': {
        const head = mention.name.match(DEFINITE_GROUP)?.[1]?.toLowerCase();
        const earlier = (DEFINITE_UNNAMED.test(mention.name) && registry.recent(at, (e) => e.kind === 'unnamed' && /^(?:an?|one|another)\s/i.test(e.name)))
          || (head && registry.recent(at, (e) => e.kind === 'unnamed' && e.name.toLowerCase().endsWith(` ${head}`)));
        return earlier || registry.addGroup('unnamed', mention, at);
      }
      case 'description':
        return this.description(mention, at);
      case 'pronoun':
        return this.pronoun(mention, at);
    }
  }

  /** "the statement read", "the company said", "China's ambassador to Britain accused", "the senator added". */
  private description(mention: Mention, at: number): Entity | undefined {
    const { registry } = this;
    const role = mention.name.toLowerCase();
    if (DOCUMENT.test(role)) return this.document(role, at);
    if (BACK_REFERENCE_ORG.test(role)) return this.organisation(mention, role, at);
    if (role.includes(' ')) {
      const named = registry.withCredential(role);
      return named ? registry.addPerson({ kind: 'person', name: named.name, credentials: [] }, at) : registry.addGroup('unnamed', mention, at);
    }
    return registry.recent(at, (e) => e.kind === 'person' && e.credentials.some((c) => c.toLowerCase().includes(role)))
      ?? registry.recent(at, (e) => e.kind === 'person') ?? registry.lastNamed(at, undefined)
      ?? registry.addGroup('unnamed', { ...mention, name: `the ${role}` }, at);
  }

  /**
   * "the statement read", "the report concluded": the author of the last such document the article
   * named ("a new report … by Stanford University's Center …"), else the party that last issued a
   * statement, else the last named party that spoke.
   */
  private document(kind: string, at: number): Entity | undefined {
    const { registry } = this;
    const authored = [...this.documents].reverse().find((d) => d.at <= at && d.kind === kind);
    const author = authored ? parseSpeaker(authored.author)[0] : undefined;
    if (author) return this.resolve(author.kind === 'single' ? { ...author, kind: 'organisation' } : author, at);
    return registry.recent(at, (e) => e.kind !== 'unnamed' && !!e.issuedStatement) ?? registry.recent(at, (e) => e.kind !== 'unnamed');
  }

  /** "he", "she": the latest person of that gender; "they": the latest group; "it": the latest organisation. */
  private pronoun(mention: Mention, at: number): Entity | undefined {
    const { registry } = this;
    const g = mention.gender;
    if (g === 'plural') return this.lastSpeakers.find((e) => e.kind !== 'person') ?? registry.recent(at, (e) => e.kind !== 'person');
    if (g === 'neuter') return registry.recent(at, (e) => e.kind === 'organisation');
    return registry.recent(at, (e) => e.kind === 'person' && (!e.gender || e.gender === g)) ?? registry.lastNamed(at, g);
  }

  /**
   * "the company said" / "the production company said": the organisation that spoke or was named most
   * (the phrase becomes its credential); "the military said": an institution of its own unless named.
   */
  private organisation(mention: Mention, role: string, at: number): Entity {
    const { registry } = this;
    const spoken = registry.recent(at, (e) => e.kind === 'organisation' && e.name.toLowerCase().includes(role));
    if (spoken) return spoken;
    const phrase = mention.phrase ?? `the ${role}`;
    const before = this.organisations.filter((o) => o.at < at && at - o.at <= MAX_PRONOUN_DISTANCE);
    const named = [...before].reverse().find((o) => o.name.toLowerCase().includes(role));
    // "the government team" names its own group: a modifier that is itself an institution or a name.
    const ownGroup = phrase.split(/\s+/).slice(1, -1).some((w) => ORG_WORDS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w));
    if (GENERIC_ORG.test(role) && !ownGroup) {
      // A bare "the company" reaches back a long way; "the production company" only to the paragraph before.
      const bare = /^the\s+\S+$/i.test(phrase);
      const salient = mostMentioned(before);
      const found = registry.recent(at, (e) => e.kind === 'organisation' && (bare || at - e.lastSeen <= NEAR_DISTANCE))
        ?? (salient ? registry.addGroup('organisation', { ...mention, name: salient.name }, at) : undefined);
      if (found) {
        if (!bare && !found.credentials.includes(phrase)) found.credentials.push(phrase);
        return found;
      }
    } else if (named) return registry.addGroup('organisation', { ...mention, name: named.name }, at);
    return registry.addGroup('organisation', { ...mention, name: phrase }, at);
  }
}
