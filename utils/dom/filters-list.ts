/**
 * EasyList as text: what a list holds and how it becomes the engine the extension loads. Pure strings
 * and @ghostery/adblocker, no DOM, no Node: the build (filters-compile.ts), `npm run filters:update`
 * and the background's opt-in weekly refresh (utils/filters-refresh.ts) all compile the same way.
 */
import { FiltersEngine } from '@ghostery/adblocker';
import { FILTER_ENGINE_OPTIONS } from './filters-engine';

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

/** Parses a list into the engine the extension loads (element hiding and hide exceptions only). */
export function compileList(list: string): FiltersEngine {
  return FiltersEngine.parse(cosmeticLines(list), FILTER_ENGINE_OPTIONS);
}
