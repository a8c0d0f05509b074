/**
 * EasyList through @ghostery/adblocker's own cosmetic engine: the reference the extension's compact
 * index (filters-index.ts) is checked against. The tests and `npm run eval:ads` use it to compute,
 * independently of the extension, which elements EasyList would hide on a page. Never bundled into the
 * extension: the engine is 290 KB minified, twice a content script's budget.
 */
import { FiltersEngine } from '@ghostery/adblocker';
import { parse as parseHost } from 'tldts-experimental';
import { cosmeticLines } from './filters-list';
import type { PageFeatures } from './filters-index';

/**
 * Engine options: cosmetic rules with procedural (`#?#`) selectors; network rules are loaded only
 * because {@link referenceEngine} keeps just the hide exceptions (`@@||site^$generichide`) among them.
 */
export const FILTER_ENGINE_OPTIONS = {
  loadCosmeticFilters: true,
  loadGenericCosmeticsFilters: true,
  loadExtendedSelectors: true,
  loadNetworkFilters: true,
  loadExceptionFilters: true,
  loadCSPFilters: false,
  enableHtmlFiltering: false,
} as const;

/** Ghostery's engine over a list's element-hiding rules and hide exceptions (about a second for EasyList). */
export function referenceEngine(list: string): FiltersEngine {
  return FiltersEngine.parse(cosmeticLines(list), FILTER_ENGINE_OPTIONS);
}

/** The style Ghostery writes for plain hiding rules (its default `hidingStyle`). */
const HIDING_STYLE = '{ display: none !important; }';

/**
 * The CSS selectors EasyList has for a page at `href` holding these class names, ids and links: site
 * rules, unindexed generic rules and the generic rules those names index, minus the site's exceptions.
 * Procedural rules are left out (CSS cannot say them). Empty where the list turns hiding off.
 */
export function referenceSelectors(engine: FiltersEngine, href: string, features: PageFeatures): string[] {
  const url = new URL(href);
  const hostname = url.hostname.replace(/^\[|\]$/g, '');
  const answer = engine.getCosmeticsFilters({
    url: url.href, hostname, domain: parseHost(hostname).domain ?? '', ...features,
    getInjectionRules: false, getExtendedRules: false,
  });
  return answer.active ? splitStylesheet(answer.styles).selectors : [];
}

/**
 * Splits Ghostery's stylesheet into single selectors (it writes `a,\nb,\nc { display: none !important; }`
 * blocks, one rule per line, so `,\n` only ever separates rules) and the blocks with another style.
 * The attribute rules Ghostery adds for procedural filters are left out.
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
