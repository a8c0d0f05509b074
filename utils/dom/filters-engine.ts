/**
 * EasyList's element-hiding rules through @ghostery/adblocker's cosmetic engine: which CSS a page
 * gets. Reads nothing from the page itself (callers pass its address and the class names, ids and
 * links they saw), writes nothing, so it runs the same in the early content script, jsdom and Node.
 *
 * Two questions, as uBlock Origin and Ghostery ask them:
 *   - {@link hostRules}: once per page, the rules that do not depend on the DOM: the page's own site
 *     rules (`bbc.com##.bbccom_advert`) and the few generic rules no class or id can index
 *     (`##[id^="div-gpt-ad"]`), minus the site's exceptions (`#@#`, `$generichide`);
 *   - {@link domRules}: for class names, ids and links seen in the page, the generic rules indexed by
 *     them (`##.ad-banner` only once some element has class "ad-banner"). EasyList has about 14,000
 *     generic rules; a page needs a few hundred, so one stylesheet of all of them is never built.
 */
import { FiltersEngine } from '@ghostery/adblocker';
import { parse as parseHost } from 'tldts-experimental';

/** The compiled list inside the extension (built by utils/cli/filters-compile.ts). */
export const FILTERS_ASSET = 'filters/easylist.bin';
/** EasyList's licence notice inside the extension. */
export const FILTERS_LICENCE_ASSET = 'filters/LICENSE.md';
/**
 * Engine options for compiling: cosmetic rules with procedural (`#?#`) selectors and compressed
 * selectors; network rules are loaded only because the compiler keeps just the hide exceptions
 * (`@@||site^$generichide`) among them.
 */
export const FILTER_ENGINE_OPTIONS = {
  loadCosmeticFilters: true,
  loadGenericCosmeticsFilters: true,
  loadExtendedSelectors: true,
  loadNetworkFilters: true,
  loadExceptionFilters: true,
  loadCSPFilters: false,
  enableHtmlFiltering: false,
  enableCompression: true,
} as const;

/** The page a question is about. */
export interface PageAddress {
  url: string;
  hostname: string;
  /** Registrable domain ("bbc.co.uk" for "www.bbc.co.uk"); empty for IP addresses. */
  domain: string;
}

/** Class names, ids and link targets seen in the page (Ghostery's `extractFeaturesFromDOM`). */
export interface PageFeatures {
  classes: string[];
  ids: string[];
  hrefs: string[];
}

/** A procedural rule (`#?#div:-abp-has(> .label:-abp-contains(Anzeige))`) to run with querySelectorAll. */
export interface ExtendedRule {
  /** Ghostery's parsed selector. */
  ast: unknown;
  /** Ghostery's rule id, for the reason string. */
  id: number;
}

/** What the engine says for one question. */
export interface FilterRules {
  /** False when EasyList switches element hiding off on this site entirely. */
  active: boolean;
  /** Selectors to hide with `display:none`, one per rule (never a selector list). */
  selectors: string[];
  /** Rules with their own style (`:style(...)`), as CSS text. */
  styled: string;
  /** Procedural rules, which CSS cannot express. */
  extended: ExtendedRule[];
}

/** Deserialises the compiled list. Throws on bytes from another engine version. */
export function loadFilterEngine(bytes: Uint8Array): FiltersEngine {
  return FiltersEngine.deserialize(bytes);
}

/** The address of a page as the engine wants it. */
export function pageAddress(href: string): PageAddress {
  const url = new URL(href);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const domain = parseHost(hostname).domain ?? '';
  return { url: url.href, hostname, domain };
}

/** The DOM-independent rules of a page: its site's rules and the unindexed generic ones. */
export function hostRules(engine: FiltersEngine, page: PageAddress): FilterRules {
  return ask(engine, page, { getBaseRules: true, getRulesFromHostname: true, getRulesFromDOM: false });
}

/** The generic rules indexed by these class names, ids and links (nothing when all are empty). */
export function domRules(engine: FiltersEngine, page: PageAddress, features: PageFeatures): FilterRules {
  if (!features.classes.length && !features.ids.length && !features.hrefs.length) return { active: true, selectors: [], styled: '', extended: [] };
  return ask(engine, page, { ...features, getBaseRules: false, getRulesFromHostname: false, getRulesFromDOM: true });
}

/** The style Ghostery writes for plain hiding rules (the default `hidingStyle`). */
const HIDING_STYLE = '{ display: none !important; }';

function ask(engine: FiltersEngine, page: PageAddress, options: Record<string, unknown>): FilterRules {
  const answer = engine.getCosmeticsFilters({
    ...page,
    ...options,
    getInjectionRules: false, // scriptlets: never run code in the page
    getExtendedRules: true,
  });
  return {
    active: answer.active,
    ...splitStylesheet(answer.styles),
    extended: answer.extended.filter((e) => !e.directive).map((e) => ({ ast: e.ast, id: e.id })),
  };
}

/**
 * Splits Ghostery's stylesheet into single selectors (it writes `a,\nb,\nc { display: none !important; }`
 * blocks, one rule per line, so `,\n` only ever separates rules) and the blocks with another style.
 * The attribute rules Ghostery adds for procedural filters are left out: those are hidden by marking.
 */
export function splitStylesheet(css: string): { selectors: string[]; styled: string } {
  const selectors: string[] = [];
  const styled: string[] = [];
  for (const block of css.split(/\n\n+/)) {
    const open = block.lastIndexOf(' {');
    if (open < 0) continue;
    const body = block.slice(open + 1).trim();
    const list = block.slice(0, open).split(',\n').map((s) => s.trim()).filter(Boolean);
    if (body.replace(/\s+/g, ' ') === HIDING_STYLE) selectors.push(...list);
    else if (!list.every((s) => /^\[[\w-]+\]$/.test(s))) styled.push(block.trim());
  }
  return { selectors, styled: styled.join('\n') };
}
