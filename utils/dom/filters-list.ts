/**
 * EasyList as text: what a list holds and how it becomes the index the extension loads
 * (filters-index.ts). Pure strings and @ghostery/adblocker's rule parser, no DOM, no Node: the build
 * (filters-compile.ts), `npm run filters:update` and the background's opt-in weekly refresh
 * (utils/filters-refresh.ts) all compile the same way.
 */
import { CosmeticFilter } from '@ghostery/adblocker';
import {
  COMMON_LABELS, GENERIC_HEADER, SHIPPED_FORMAT, SITE_SHARDS, shardOf,
  type CompiledFilters, type CompiledHideException, type CompiledRule, type FilterPack, type SiteException, type SiteShard,
} from './filters-index';
import { encodeLabelSet, encodeRule, labelHash, RULE_SEPARATOR } from './filters-table';

/** Element-hiding rules and their exceptions: `##`, `#@#`, `#?#`, `#@?#`. */
const COSMETIC_LINE = /#@?\??#/;
/** Network-style hide exceptions, the only network rules kept: `@@||example.com^$generichide`. */
const HIDE_EXCEPTION_LINE = /^@@.*\$(?:.*,)?~?(?:generichide|ghide|elemhide|ehide|specifichide|shide)\b/;
/** Fewest element-hiding rules a real EasyList has (the 2025 list has about 23,000). */
export const MIN_HIDING_RULES = 5000;

/** Counts of a list's lines and rules. */
export interface ListSummary {
  lines: number;
  hidingRules: number;
  exceptions: number;
  hideExceptions: number;
}

/** Counts the lines and rules of a list (what filters:update reports and records). */
export function describeList(list: string): ListSummary {
  const summary: ListSummary = { lines: 0, hidingRules: 0, exceptions: 0, hideExceptions: 0 };
  for (const line of list.split('\n')) {
    summary.lines++;
    if (line.startsWith('!')) continue;
    if (/#@\??#/.test(line)) summary.exceptions++;
    else if (COSMETIC_LINE.test(line)) summary.hidingRules++;
    else if (HIDE_EXCEPTION_LINE.test(line)) summary.hideExceptions++;
  }
  return summary;
}

/** Throws unless `list` is EasyList: its header, and thousands of element-hiding rules. */
export function checkEasyList(list: string, source: string): ListSummary {
  if (!/^\[Adblock Plus/.test(list) || !/^! Title: EasyList\s*$/m.test(list)) throw new Error(`${source} is not EasyList (no EasyList header)`);
  const summary = describeList(list);
  if (summary.hidingRules < MIN_HIDING_RULES) throw new Error(`${source} has only ${summary.hidingRules} element-hiding rules`);
  return summary;
}

/** The lines of the list the engine needs: comments (the header), hiding rules and hide exceptions. */
export function cosmeticLines(list: string): string {
  return list
    .split('\n')
    .filter((line) => line.startsWith('!') || line.startsWith('[') || COSMETIC_LINE.test(line) || HIDE_EXCEPTION_LINE.test(line))
    .join('\n');
}

/** What the compiler kept and dropped, for the build log and the README. */
export interface CompileSummary {
  rules: number;
  generic: number;
  base: number;
  site: number;
  exceptions: number;
  procedural: number;
  /** Rules the extension cannot apply: scriptlets, HTML filters, `:style()`, nested procedural selectors. */
  dropped: number;
}

/** Where a cosmetic rule's domain list ends: `example.com,~foo.example.com##.ad` → the `##`. */
const SEPARATOR = /#@?[?$]?#/;
/** Procedural pseudo-classes no browser has: converted where CSS can say it, else the rule is dropped. */
const PROCEDURAL = /:-abp-|:has-text\(|:xpath\(|:upward\(|:matches-css|:min-text-length|:watch-attr|:remove\(|:style\(|:matches-path|:others\(|:if-not\(/;

/** A class or id an element matching `selector` (or one of its ancestors) must have: `.ad-top > img` → class ad-top. */
export function indexKey(selector: string): { kind: 'classes' | 'ids'; name: string } | null {
  if (/,/.test(selector.replace(/\([^()]*\)|\[[^\]]*\]|"[^"]*"/g, ''))) return null;
  const plain = selector.replace(/:(not|is|where|has)\((?:[^()]|\([^()]*\))*\)/g, '').replace(/\[[^\]]*\]/g, '');
  const tokens = [...plain.matchAll(/([#.])((?:\\.|[\w-])+)/g)].map((m) => ({ kind: m[1] === '#' ? 'ids' as const : 'classes' as const, name: m[2]!.replace(/\\(.)/g, '$1') }));
  return tokens.find((t) => t.kind === 'ids') ?? tokens.at(-1) ?? null;
}

/** `A:-abp-has(B)` → `A:has(B)`; `A:-abp-contains(T)` / `A:has-text(T)` → a text rule; anything else → null. */
function proceduralRule(selector: string): CompiledRule | null {
  const has = selector.replace(/:-abp-has\(/g, ':has(');
  if (!PROCEDURAL.test(has)) return { s: has };
  const text = /^(.+?):(?:-abp-contains|has-text)\((.+)\)$/.exec(has);
  if (!text || PROCEDURAL.test(text[1]!) || PROCEDURAL.test(text[2]!)) return null;
  const balanced = text[1]!.split('(').length === text[1]!.split(')').length;
  return balanced ? { s: text[1]!, text: text[2]! } : null;
}

/** `||host^path$generichide,domain=a|b` → an exception. */
function hideException(line: string): CompiledHideException | null {
  const [pattern = '', options = ''] = line.slice(2).split('$');
  const opts = options.split(',');
  const generic = opts.some((o) => /^(generichide|ghide|elemhide|ehide)$/.test(o));
  const specific = opts.some((o) => /^(specifichide|shide|elemhide|ehide)$/.test(o));
  const domains = opts.find((o) => o.startsWith('domain='))?.slice(7).split('|').filter((d) => d && !d.startsWith('~'));
  if (!pattern) return domains?.length ? { url: null, domains, generic, specific } : null;
  const escaped = pattern.replace(/^\|\|/, '').replace(/[.+?${}()[\]\\/]/g, '\\$&').replace(/\*/g, '.*').replace(/\^/g, '(?:[^\\w.%-]|$)');
  const url = pattern.startsWith('||') ? `^[a-z-]+://(?:[^/?#]*\\.)?${escaped}` : escaped;
  // `||name.rest…`: the match starts at a label boundary with the label `name`, so it is the host's shard's.
  const anchored = /^\|\|([a-z0-9-]+\.[a-z0-9.-]*[a-z0-9-])(.*)$/i.exec(pattern);
  const host = anchored ? { host: anchored[1]!.toLowerCase(), hostOnly: anchored[2] === '^' } : {};
  return { url, ...(domains?.length ? { domains } : {}), generic, specific, ...host };
}

/**
 * Compiles a list into what the extension ships (filters-index.ts): @ghostery/adblocker parses and
 * validates each rule; the compiler indexes them. Rules the content script cannot apply are counted
 * as dropped: scriptlets (`#$#`, `##+js`), HTML filters, `:style()`, nested procedural selectors.
 */
export function compileList(list: string): { data: CompiledFilters; summary: CompileSummary } {
  const data: CompiledFilters = { version: 1, rules: [], base: [], classes: {}, ids: {}, sites: {}, unhide: {}, hideExceptions: [] };
  const summary: CompileSummary = { rules: 0, generic: 0, base: 0, site: 0, exceptions: 0, procedural: 0, dropped: 0 };
  const push = (map: Record<string, number[]>, key: string, index: number) => {
    if (!Object.hasOwn(map, key)) map[key] = [];
    map[key]!.push(index);
  };
  for (const raw of list.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('!') || line.startsWith('[')) continue;
    if (HIDE_EXCEPTION_LINE.test(line)) {
      const exception = hideException(line);
      if (exception) data.hideExceptions.push(exception);
      continue;
    }
    const at = line.search(SEPARATOR);
    if (at < 0) continue;
    const filter = CosmeticFilter.parse(line);
    if (!filter || filter.isScriptInject() || filter.isHtmlFiltering() || filter.hasCustomStyle() || filter.isRemove()) {
      summary.dropped++;
      continue;
    }
    const domains = line.slice(0, at).split(',').map((d) => d.trim().toLowerCase()).filter(Boolean);
    const positive = domains.filter((d) => !d.startsWith('~'));
    const negative = domains.filter((d) => d.startsWith('~')).map((d) => d.slice(1));
    const selector = filter.getSelector();
    if (filter.isUnhide()) {
      for (const d of positive.length ? positive : ['']) (data.unhide[d] ??= []).push(selector);
      summary.exceptions++;
      continue;
    }
    const rule = filter.isExtended() ? proceduralRule(selector) : { s: selector };
    if (!rule) {
      summary.dropped++;
      continue;
    }
    if (negative.length) rule.not = negative;
    const index = data.rules.push(rule) - 1;
    summary.rules++;
    if (rule.text !== undefined || filter.isExtended()) summary.procedural++;
    if (positive.length) {
      summary.site++;
      for (const d of positive) push(data.sites, d, index);
      continue;
    }
    summary.generic++;
    const key = rule.text === undefined ? indexKey(rule.s) : null;
    if (key) push(data[key.kind], key.name, index);
    else (data.base.push(index), summary.base++);
  }
  return { data, summary };
}

/** The first label of a site key or host (`bbc` of `bbc.co.uk` and `bbc.*`), lower case. */
const firstLabel = (key: string) => key.split('.')[0]!.toLowerCase();

/**
 * A hide exception as the page will test it: anchored to a host (`@@||jetzt.de^`), kept in that host's
 * shard and tested only on pages that have its first label, without a regex when the pattern is the
 * host alone; or unanchored (`@@://10.0.0.`), in the head and tested on every page.
 */
function placeException(e: CompiledHideException): Array<{ site: SiteException } | { head: CompiledHideException }> {
  const { host, hostOnly, ...rest } = e;
  if (e.url === null) return (e.domains ?? []).map((d) => ({ site: { host: d.toLowerCase(), generic: e.generic, specific: e.specific } }));
  if (!host) return [{ head: rest }];
  return [{ site: { host, ...(hostOnly ? {} : { url: e.url }), generic: e.generic, specific: e.specific } }];
}

/**
 * Writes a compiled list in the shipped layout (filters-index.ts {@link FilterPack}): the head every
 * page reads, the site shards (by the hash of each key's first label) and the class/id table.
 * Host-anchored hide exceptions go to their host's shard.
 */
export function encodeFilters(data: CompiledFilters): FilterPack {
  const rule = (i: number) => encodeRule(data.rules[i]!);
  const shards: SiteShard[] = Array.from({ length: SITE_SHARDS }, () => ({ sites: {}, unhide: {}, exceptions: [] }));
  const common: SiteShard = { sites: {}, unhide: {}, exceptions: [] };
  const labels = new Set<number>();
  const shardFor = (key: string) => {
    const label = firstLabel(key);
    if (COMMON_LABELS.has(label)) return common;
    labels.add(labelHash(label));
    return shards[shardOf(label)]!;
  };
  for (const [key, indexes] of Object.entries(data.sites)) shardFor(key).sites[key] = indexes.map(rule);
  const unhideAll: string[] = [];
  for (const [key, selectors] of Object.entries(data.unhide)) {
    if (key === '') unhideAll.push(...selectors);
    else shardFor(key).unhide[key] = selectors;
  }
  const unanchored: CompiledHideException[] = [];
  data.hideExceptions.forEach((e) => {
    for (const placed of placeException(e)) {
      if ('head' in placed) unanchored.push(placed.head);
      else shardFor(placed.site.host).exceptions.push(placed.site);
    }
  });
  const generic = [
    ...Object.entries(data.classes).map(([name, indexes]) => [`.${name}`, indexes] as const),
    ...Object.entries(data.ids).map(([name, indexes]) => [`#${name}`, indexes] as const),
  ]
    .filter(([key]) => !/[\t\n]/.test(key))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, indexes]) => `${key}\t${indexes.map(rule).join(RULE_SEPARATOR)}`);
  return {
    head: { version: SHIPPED_FORMAT, base: data.base.map(rule), unhideAll, unanchored, labels: encodeLabelSet(labels), common },
    shards,
    generic: [GENERIC_HEADER, ...generic].join('\n'),
  };
}
