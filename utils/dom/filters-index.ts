/**
 * The runtime side of EasyList: the compiled list (filters-list.ts builds it with @ghostery/adblocker's
 * parser) and the two questions uBlock Origin and Ghostery ask of it. Plain data and string matching,
 * no DOM and no engine code, so the document_start content script stays small (the engine itself is
 * 290 KB minified; this is a few KB).
 *
 *   - {@link FilterIndex.hostRules}: once per page, the page's site rules (`bbc.com##.bbccom_advert`,
 *     `google.*##…`) and the generic rules no class or id can index (`##[id^="div-gpt-ad"]`);
 *   - {@link FilterIndex.domRules}: for class names and ids seen in the page, the generic rules that
 *     need them (`##.ad-banner` only once an element has class "ad-banner"). EasyList has about 14,000
 *     generic rules and a page needs a hundred or two, so one stylesheet of all of them is never built.
 *
 * Both honour the list's exceptions: `site#@#selector`, `~site` on a rule, and `$generichide` /
 * `$elemhide` / `$specifichide` (e.g. EasyList turns generic hiding off on 127.0.0.1 and localhost).
 *
 * The list ships in three parts (see {@link FiltersHead}), so a page loads only what it needs: the head
 * (bundled into the early content script), the page's site shard (hashed by hostname label: one small
 * file, or none for most hostnames) and the class/id table (only where generic hiding is on).
 */
import { decodeRule, labelHash, labelSetHas, SortedTable } from './filters-table';

/**
 * The compiled list's files (built by utils/cli/filters-compile.ts at build time). The head is bundled
 * into the early content script (utils/filters/easylist-head.json), not shipped as a file.
 */
export const FILTERS_HEAD_ASSET = 'filters/head.json';
export const FILTERS_GENERIC_ASSET = 'filters/generic.txt';
export const filtersShardAsset = (shard: number): string => `filters/site-${shard}.json`;
/** What content scripts may read (manifest `web_accessible_resources`). */
export const FILTERS_RESOURCES = ['filters/*.json', 'filters/*.txt'];
/** EasyList's licence notice inside the extension. */
export const FILTERS_LICENCE_ASSET = 'filters/LICENSE.md';

/** The format version of the shipped (and stored refreshed) list this build reads. */
export const SHIPPED_FORMAT = 3;
/** Site data is split into this many shards by a hash of the first label of each site key. */
export const SITE_SHARDS = 64;
/** The first line of the class/id table. */
export const GENERIC_HEADER = `! sourcelight generic ${SHIPPED_FORMAT}`;

/** One rule: its selector; for procedural rules the text the element must contain (`/regex/` or plain). */
export interface CompiledRule {
  s: string;
  /** `~site` exclusions of a rule (hostnames or `name.*` entities). */
  not?: string[];
  /** Procedural `:-abp-contains(…)` / `:has-text(…)`: the text, `/regex/flags` or plain. */
  text?: string;
}

/** A hide exception from the list's network part: where it applies and what it turns off. */
export interface CompiledHideException {
  /** Regular expression source over the page URL (from `||host^path`), or null with `domains`. */
  url: string | null;
  /** Page hostnames (`$…,domain=a|b`). */
  domains?: string[];
  generic: boolean;
  specific: boolean;
  /** `||host…` patterns: the host (its first label picks the shard); `hostOnly` when the pattern is `||host^`. */
  host?: string;
  hostOnly?: boolean;
}

/** The compiled list as the compiler builds it (filters-list.ts); {@link FilterPack} is how it ships. */
export interface CompiledFilters {
  version: 1;
  rules: CompiledRule[];
  /** Generic rules (indexes into `rules`) with no class or id to index them by. */
  base: number[];
  /** Generic rules by a class name or id every element they match (or an ancestor) must have. */
  classes: Record<string, number[]>;
  ids: Record<string, number[]>;
  /** Site rules by hostname or entity (`bbc.com`, `google.*`). */
  sites: Record<string, number[]>;
  /** Excepted selectors by hostname or entity; the key "" holds exceptions for every site. */
  unhide: Record<string, string[]>;
  hideExceptions: CompiledHideException[];
}

/**
 * What every page reads at document_start (filters/head.json, about 30 KB): the generic rules no class
 * or id indexes, the exceptions for every site, the hide exceptions no hostname anchors (`://10.0.0.`),
 * and the set of hostname labels that have any site data, so a page without any reads no shard at all.
 */
export interface FiltersHead {
  version: typeof SHIPPED_FORMAT;
  /** Rule lines (filters-table.ts `encodeRule`). */
  base: string[];
  /** Selectors excepted on every site. */
  unhideAll: string[];
  /** Hide exceptions tested against every page URL. */
  unanchored: CompiledHideException[];
  /** `labelHash` of the first label of every key in the shards (filters-table.ts label set). */
  labels: string;
  /** The site data of keys starting with a label most hostnames have (`www.`, `m.`): kept here, never in a shard. */
  common: SiteShard;
}

/** Labels so many page hostnames start with that their keys live in the head, not in a shard every page would read. */
export const COMMON_LABELS: ReadonlySet<string> = new Set(['www', 'm', 'amp', 'mobile']);

/** A hide exception anchored to a host (`@@||jetzt.de^$generichide`): `url` (a regex) when it has a path. */
export interface SiteException {
  host: string;
  url?: string;
  generic: boolean;
  specific: boolean;
}

/** One site shard (filters/site-<n>.json): everything keyed by sites whose first label hashes to it. */
export interface SiteShard {
  /** Site rules by hostname or entity (`bbc.com`, `google.*`), as rule lines. */
  sites: Record<string, string[]>;
  /** Excepted selectors by hostname or entity. */
  unhide: Record<string, string[]>;
  exceptions: SiteException[];
}

/** The whole shipped list: the build writes it as files, the opt-in refresh stores it as one JSON. */
export interface FilterPack {
  head: FiltersHead;
  shards: SiteShard[];
  /** The class/id table: {@link GENERIC_HEADER}, then sorted lines `.class\trule\3rule` and `#id\t…`. */
  generic: string;
}

/** The shard of a hostname label. */
export function shardOf(label: string): number {
  return (labelHash(label) >>> 16) % SITE_SHARDS;
}

/** Class names, ids and link targets seen in the page (Ghostery's `extractFeaturesFromDOM`). */
export interface PageFeatures {
  classes: string[];
  ids: string[];
  hrefs: string[];
}

/** What a question returns. */
export interface FilterRules {
  /** False when the list turns all element hiding off on this page (`$elemhide`). */
  active: boolean;
  /** Selectors to hide with `display:none`, one rule each. */
  selectors: string[];
  /** Procedural rules: hide elements matching `s` whose text contains `text`. */
  textRules: Array<{ s: string; text: string }>;
}

/** The page a question is about. */
export interface PageAddress {
  url: string;
  hostname: string;
}

/** The page's address as the index wants it (brackets of IPv6 hosts dropped, lower case). */
export function pageAddress(href: string): PageAddress {
  const url = new URL(href);
  return { url: url.href, hostname: url.hostname.replace(/^\[|\]$/g, '').toLowerCase() };
}

/**
 * The keys a hostname answers to: itself and each parent ("www.bbc.co.uk", "bbc.co.uk", "co.uk", "uk"),
 * and the entities EasyList writes as `name.*` ("www.bbc.*", "bbc.*", "bbc.co.*"): any label run
 * followed by one or two labels (the public suffix, without shipping the suffix list).
 */
export function hostKeys(hostname: string): string[] {
  const labels = hostname.split('.').filter(Boolean);
  const keys: string[] = [];
  for (let i = 0; i < labels.length; i++) keys.push(labels.slice(i).join('.'));
  for (let i = 0; i < labels.length - 1; i++) {
    for (let end = Math.max(i + 1, labels.length - 2); end < labels.length; end++) keys.push(`${labels.slice(i, end).join('.')}.*`);
  }
  return keys;
}

/**
 * The shards a page needs: every key of a hostname starts with one of its labels, so the shards of its
 * labels that the head's label set knows (usually one, often none).
 */
export function shardsFor(head: FiltersHead, hostname: string): number[] {
  const labels = new Set(hostname.split('.').filter((l) => l && !COMMON_LABELS.has(l)));
  return [...new Set([...labels].filter((l) => labelSetHas(head.labels, labelHash(l))).map(shardOf))];
}

/** What one page gets from the head and its shards, worked out once. */
interface PageSite {
  url: string;
  keys: string[];
  generic: boolean;
  specific: boolean;
  excepted: Set<string>;
  siteRules: string[];
}

/** Whether `hostname` is `host` or under it. */
const isUnder = (hostname: string, host: string) => hostname === host || hostname.endsWith(`.${host}`);

/** An index over a whole list in memory (the opt-in refreshed list, tests); throws on another format. */
export function packIndex(pack: FilterPack): FilterIndex {
  if (pack?.head?.version !== SHIPPED_FORMAT || !pack.head.common || !Array.isArray(pack.shards) || typeof pack.generic !== 'string') {
    throw new Error('not a compiled filter list');
  }
  return new FilterIndex(pack.head, pack.shards.entries(), genericTable(pack.generic));
}

/** The class/id table from its text; throws on another format. */
export function genericTable(text: string): SortedTable {
  if (text !== GENERIC_HEADER && !text.startsWith(`${GENERIC_HEADER}\n`)) throw new Error('not a compiled class/id table');
  return new SortedTable(text, Math.min(text.length, GENERIC_HEADER.length + 1));
}

/** Whether a hide exception of the head applies to the page. */
function unanchoredApplies(e: CompiledHideException, page: PageAddress): boolean {
  return e.url !== null ? new RegExp(e.url).test(page.url) : (e.domains ?? []).some((d) => isUnder(page.hostname, d));
}

/** Answers the two questions over one compiled list (see the header). */
export class FilterIndex {
  private page: PageSite | null = null;
  private generic: SortedTable | null;
  private readonly shards: Map<number, SiteShard>;

  /**
   * `shards`: the site shards at hand (more come with {@link useShard}; a page whose shards are not all
   * in gets no site rules: ask {@link missingShards} first). `generic`: the class/id table, or null
   * until {@link useGeneric} gives it (domRules answers nothing before).
   */
  constructor(private readonly head: FiltersHead, shards: Iterable<[number, SiteShard]> = [], generic: SortedTable | null = null) {
    this.shards = new Map(shards);
    this.generic = generic;
  }

  /** The shards `page` needs that are not in yet (none for most hostnames without site rules). */
  missingShards(page: PageAddress): number[] {
    return shardsFor(this.head, page.hostname).filter((n) => !this.shards.has(n));
  }

  /** Gives a site shard (read after the page started). */
  useShard(n: number, shard: SiteShard): void {
    this.shards.set(n, shard);
    this.page = null;
  }

  /** Whether the class/id table is in. */
  get hasGeneric(): boolean {
    return this.generic !== null;
  }

  /** Gives the class/id table (loaded after the page started). */
  useGeneric(table: SortedTable): void {
    this.generic = table;
  }

  /**
   * False when the head alone turns generic hiding off here (`@@://127.0.0.1$generichide`): then the
   * class/id table is not worth fetching. Reads no shard.
   */
  mayHideGeneric(page: PageAddress): boolean {
    return !this.head.unanchored.some((e) => e.generic && unanchoredApplies(e, page));
  }

  /**
   * Whether generic and site rules may hide on this page (the `$generichide`-style exceptions); with
   * `generic` false the class/id table is not needed here.
   */
  hiding(page: PageAddress): { generic: boolean; specific: boolean } {
    const { generic, specific } = this.site(page);
    return { generic, specific };
  }

  /** The DOM-independent rules of a page: its site rules and the unindexed generic ones. */
  hostRules(page: PageAddress): FilterRules {
    const site = this.site(page);
    const picked = [...(site.specific ? site.siteRules : []), ...(site.generic ? this.head.base : [])];
    return answer(picked, site, site.generic || site.specific);
  }

  /** The generic rules these class names and ids need (nothing where generic hiding is off or before the table is in). */
  domRules(page: PageAddress, features: Pick<PageFeatures, 'classes' | 'ids'>): FilterRules {
    const site = this.site(page);
    const picked: string[] = [];
    if (site.generic && this.generic) {
      for (const c of features.classes) picked.push(...this.generic.get(`.${c}`));
      for (const id of features.ids) picked.push(...this.generic.get(`#${id}`));
    }
    return answer(picked, site, site.generic || site.specific);
  }

  /** The page's keys, hide exceptions, site exceptions and site rules (from the head and its shards). */
  private site(page: PageAddress): PageSite {
    if (this.page?.url === page.url) return this.page;
    const keys = hostKeys(page.hostname);
    const shards = [this.head.common, ...shardsFor(this.head, page.hostname).flatMap((n) => this.shards.get(n) ?? [])];
    let generic = true, specific = true;
    const off = (e: { generic: boolean; specific: boolean }) => {
      if (e.generic) generic = false;
      if (e.specific) specific = false;
    };
    for (const e of this.head.unanchored) if (unanchoredApplies(e, page)) off(e);
    const excepted = new Set(this.head.unhideAll);
    const siteRules: string[] = [];
    for (const shard of shards) {
      for (const e of shard.exceptions) if (e.url !== undefined ? new RegExp(e.url).test(page.url) : isUnder(page.hostname, e.host)) off(e);
      for (const key of keys) {
        if (Object.hasOwn(shard.unhide, key)) shard.unhide[key]!.forEach((s) => excepted.add(s));
        if (Object.hasOwn(shard.sites, key)) siteRules.push(...shard.sites[key]!);
      }
    }
    return (this.page = { url: page.url, keys, generic, specific, excepted, siteRules });
  }
}

/** The picked rule lines minus those excluded on this site (`~site`) or excepted (`site#@#sel`). */
function answer(picked: string[], site: PageSite, active: boolean): FilterRules {
  const selectors = new Set<string>();
  const textRules: FilterRules['textRules'] = [];
  for (const line of new Set(picked)) {
    const { s, text, not } = decodeRule(line);
    if (!s || site.excepted.has(s) || not?.some((n) => site.keys.includes(n))) continue;
    if (text !== undefined) textRules.push({ s, text });
    else selectors.add(s);
  }
  return { active, selectors: [...selectors], textRules };
}

/** True when `text` contains what a procedural rule looks for (`/regex/flags` or a plain substring). */
export function textMatches(pattern: string, text: string): boolean {
  const regex = /^\/(.+)\/([imsu]*)$/.exec(pattern);
  if (!regex) return text.includes(pattern);
  try {
    return new RegExp(regex[1]!, regex[2]).test(text);
  } catch {
    return false;
  }
}
