/**
 * The sources of one article while they are being built: find-or-create by person name (full name
 * from the people index, surname, given names) or by group name, and look back by recency for pronouns
 * and descriptions. Pure: a registry lives for one analysis.
 */
import type { SourceKind } from '../types';
import type { Mention } from './mentions';
import { surnameOf, type Person } from './people';

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
export const MAX_PRONOUN_DISTANCE = 2500;

/** A group's name as a key: case, "the", apostrophes and punctuation ignored. */
export const groupKey = (name: string) => name.toLowerCase().replace(/^the\s+/, '').replace(/[’']/g, "'").replace(/[^\p{L}\p{N}' ]/gu, '').trim();

/** The sources found so far, and the people the article names. */
export class EntityRegistry {
  readonly entities: Entity[] = [];

  constructor(private readonly people: Person[]) {}

  /** The person source with this surname and a compatible given name. */
  findPerson(name: string): Entity | undefined {
    const surname = surnameOf(name).toLowerCase();
    const given = name.split(/\s+/).slice(0, -1).map((w) => w.toLowerCase());
    return this.entities.find((e) => e.kind === 'person' && surnameOf(e.name).toLowerCase() === surname
      && (!given.length || e.name.split(/\s+/).slice(0, -1).some((w) => given.includes(w.toLowerCase()))));
  }

  /**
   * The indexed person a name refers to at offset `at`: by surname, the one named most recently before
   * (then the longest name); by given names ("Te Kaurinui" for "Te Kaurinui Robert Parata"); "Liu" for
   * "Tom Novak" as a last resort.
   */
  indexed(name: string, at = Infinity): Person | undefined {
    const surname = surnameOf(name).toLowerCase();
    const lastBefore = (p: Person) => Math.max(-1, ...p.positions.filter((x) => x <= at));
    const matches = this.people.filter((p) => surnameOf(p.name).toLowerCase() === surname && (name.includes(' ') ? p.name.endsWith(name) || name.endsWith(p.name) : true));
    const full = (p: Person) => (p.name.includes(' ') ? 1 : 0); // "Mr Mugabe" is an alias of "Lena Haddad", not another person
    const best = matches.sort((a, b) => full(b) - full(a) || lastBefore(b) - lastBefore(a) || b.name.split(' ').length - a.name.split(' ').length || b.positions.length - a.positions.length)[0];
    // "Te Kaurinui" is the given names of "Te Kaurinui Robert Parata" when no one else has them.
    if (best) return this.fullerName(best) ?? best;
    const given = this.people.find((p) => p.name.split(' ').length > name.split(' ').length && p.name.toLowerCase().startsWith(`${name.toLowerCase()} `));
    if (given || name.includes(' ')) return given;
    return this.people.find((p) => p.name.split(' ').length === 2 && p.name.split(' ')[0]!.toLowerCase() === surname);
  }

  /**
   * The one longer name that begins with these words ("Te Kaurinui Robert Parata" for "Te Kaurinui"): the
   * longest such name, when every other begins it or shares its surname; undefined when there is none.
   */
  private fullerName(person: Person): Person | undefined {
    const longer = this.people.filter((p) => p.name.startsWith(`${person.name} `)).sort((a, b) => b.name.length - a.name.length);
    const longest = longer[0];
    if (!longest) return undefined;
    const same = longer.every((p) => longest.name.startsWith(p.name) || surnameOf(p.name) === surnameOf(longest.name));
    return same ? longest : undefined;
  }

  /** The indexed person whose stated credentials include this role ("China's ambassador to Britain"). */
  withCredential(role: string): Person | undefined {
    return this.people.find((p) => p.credentials.some((c) => c.toLowerCase().includes(role)));
  }

  /** Finds or creates the person a mention names, with the full name and credentials the article gives. */
  addPerson(mention: Mention, at: number): Entity {
    const indexed = this.indexed(mention.name, at);
    const fullName = indexed && indexed.name.split(' ').length >= mention.name.split(' ').length ? indexed.name : mention.name;
    let entity = this.findPerson(fullName);
    if (!entity) {
      entity = { kind: 'person', name: fullName, aliases: new Set(), credentials: [...(indexed?.credentials ?? [])], gender: indexed?.gender, statements: [], lastSeen: at };
      this.entities.push(entity);
    }
    if (mention.gender && mention.gender !== 'plural' && mention.gender !== 'neuter') entity.gender ??= mention.gender;
    return entity;
  }

  /** Finds or creates an organisation or unnamed group by name. */
  addGroup(kind: SourceKind, mention: Mention, at: number): Entity {
    let entity = this.entities.find((e) => e.kind === kind && groupKey(e.name) === groupKey(mention.name));
    // "BIG MACHINE RECORDS" in a shouted line, "Big Machine Records" in the text: keep the text's spelling.
    if (entity && entity.name === entity.name.toUpperCase() && mention.name !== mention.name.toUpperCase()) entity.name = mention.name;
    if (!entity) {
      const name = mention.name.replace(/^The\s+/, (m) => (kind === 'organisation' ? m : 'the '));
      entity = { kind, name, aliases: new Set(), credentials: [], gender: kind === 'unnamed' ? 'plural' : 'neuter', reason: mention.reason, statements: [], lastSeen: at };
      this.entities.push(entity);
    }
    return entity;
  }

  /** The source that spoke or was named most recently before `at`, within reach, that `accept` allows. */
  recent(at: number, accept: (e: Entity) => boolean): Entity | undefined {
    return this.entities.filter((e) => accept(e) && at - e.lastSeen <= MAX_PRONOUN_DISTANCE).sort((a, b) => b.lastSeen - a.lastSeen)[0];
  }

  /** With no speaker near, "he" is the person the article named last in running text (not in a caption). */
  lastNamed(at: number, gender: Mention['gender']): Entity | undefined {
    const candidates = this.people
      .map((p) => ({ p, last: Math.max(-1, ...p.positions.filter((x) => x < at)) }))
      .filter(({ p, last }) => last >= 0 && at - last <= MAX_PRONOUN_DISTANCE && (!p.gender || !gender || p.gender === gender))
      .sort((a, b) => b.last - a.last);
    const best = candidates[0]?.p;
    return best ? this.addPerson({ kind: 'person', name: best.name, credentials: [] }, at) : undefined;
  }
}
