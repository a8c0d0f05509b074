/**
 * The runtime side of EasyList: the compiled list (filters-list.ts builds it with @ghostery/adblocker's
 * parser) and the two questions uBlock Origin and Ghostery ask of it. Plain data and string matching,
 * no DOM and no engine code, so the document_start content script stays small (the engine itself is
 * 290 KB minified; this is a few KB) and reads the data synchronously before the page paints.
 *
 *   - {@link FilterIndex.hostRules}: once per page, the page's site rules (`bbc.com##.bbccom_advert`,
 *     `google.*##…`) and the generic rules no class or id can index (`##[id^="div-gpt-ad"]`);
 *   - {@link FilterIndex.domRules}: for class names and ids seen in the page, the generic rules that
 *     need them (`##.ad-banner` only once an element has class "ad-banner"). EasyList has about 14,000
 *     generic rules and a page needs a hundred or two, so one stylesheet of all of them is never built.
 *
 * Both honour the list's exceptions: `site#@#selector`, `~site` on a rule, and `$generichide` /
 * `$elemhide` / `$specifichide` (e.g. EasyList turns generic hiding off on 127.0.0.1 and localhost).
 */
import { Lines, SortedTable } from './filters-table';

/** The compiled list inside the extension (built by utils/cli/filters-compile.ts at build time). */
export const FILTERS_ASSET = 'filters/easylist.json';
/** EasyList's licence notice inside the extension. */
export const FILTERS_LICENCE_ASSET = 'filters/LICENSE.md';

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
}

/** The compiled list as the compiler builds it (filters-list.ts); {@link encodeFilters} writes it for shipping. */
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
 * The compiled list as the extension ships it (filters/easylist.json), laid out so the early content
 * script parses it in a few milliseconds: the rules and the three big tables are single strings (one
 * line per rule, or per key: `name\tindex,index`, sorted), read by binary search, so no object is made
 * for the 30,000 entries a page never asks about.
 */
export interface ShippedFilters {
  version: 2;
  /** One rule per line: the selector, then for text rules `\u0000` and the text. */
  rules: string;
  /** `~site` exclusions by rule index. */
  not: Record<string, string[]>;
  base: number[];
  classes: string;
  ids: string;
  sites: string;
  unhide: Record<string, string[]>;
  hideExceptions: CompiledHideException[];
}

/** The format version of {@link ShippedFilters} this build reads. */
export const SHIPPED_FORMAT = 2;

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

/** Answers the two questions over one compiled list (see the header). */
export class FilterIndex {
  private allowed: { url: string; generic: boolean; specific: boolean } | null = null;
  private readonly rules: Lines;
  private readonly classes: SortedTable;
  private readonly ids: SortedTable;
  private readonly sites: SortedTable;

  constructor(private readonly data: ShippedFilters) {
    this.rules = new Lines(data.rules);
    this.classes = new SortedTable(data.classes);
    this.ids = new SortedTable(data.ids);
    this.sites = new SortedTable(data.sites);
  }

  /** The DOM-independent rules of a page: its site rules and the unindexed generic ones. */
  hostRules(page: PageAddress): FilterRules {
    const keys = hostKeys(page.hostname);
    const { generic, specific } = this.hidingAllowed(page);
    const picked: number[] = [];
    if (specific) for (const key of keys) picked.push(...this.sites.get(key));
    if (generic) picked.push(...this.data.base);
    return this.answer(picked, keys, generic || specific);
  }

  /** The generic rules these class names and ids need (nothing where generic hiding is off). */
  domRules(page: PageAddress, features: Pick<PageFeatures, 'classes' | 'ids'>): FilterRules {
    const keys = hostKeys(page.hostname);
    const { generic, specific } = this.hidingAllowed(page);
    const picked: number[] = [];
    if (generic) {
      for (const c of features.classes) picked.push(...this.classes.get(c));
      for (const id of features.ids) picked.push(...this.ids.get(id));
    }
    return this.answer(picked, keys, generic || specific);
  }

  /** Whether generic and site rules may hide on this page (the `$generichide`-style exceptions). */
  private hidingAllowed(page: PageAddress): { generic: boolean; specific: boolean } {
    if (this.allowed?.url === page.url) return this.allowed;
    let generic = true, specific = true;
    for (const e of this.data.hideExceptions) {
      const applies = e.url !== null ? new RegExp(e.url).test(page.url) : (e.domains ?? []).some((d) => page.hostname === d || page.hostname.endsWith(`.${d}`));
      if (!applies) continue;
      if (e.generic) generic = false;
      if (e.specific) specific = false;
    }
    this.allowed = { url: page.url, generic, specific };
    return this.allowed;
  }

  /** The picked rules minus those excluded on this site (`~site`) or excepted (`site#@#sel`). */
  private answer(picked: number[], keys: string[], active: boolean): FilterRules {
    const excepted = new Set([...(this.data.unhide[''] ?? []), ...keys.flatMap((k) => (Object.hasOwn(this.data.unhide, k) ? this.data.unhide[k]! : []))]);
    const selectors = new Set<string>();
    const textRules: FilterRules['textRules'] = [];
    for (const index of new Set(picked)) {
      const [s = '', text] = this.rules.at(index).split('\u0000');
      const not = Object.hasOwn(this.data.not, index) ? this.data.not[index] : undefined;
      if (!s || excepted.has(s) || not?.some((n) => keys.includes(n))) continue;
      if (text !== undefined) textRules.push({ s, text });
      else selectors.add(s);
    }
    return { active, selectors: [...selectors], textRules };
  }
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
