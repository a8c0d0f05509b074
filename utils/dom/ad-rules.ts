/**
 * The structural ad rules `findAdBlocks` applies: CSS selectors, class/id tokens, ad-network hosts and
 * placeholder labels. Plain data and pure string tests, no DOM access, so a later EasyList engine
 * (@ghostery/adblocker) can sit beside these rules and report its matches with the same reason format
 * ("selector:…", "frame:…", "label:…").
 */

/** Selectors that name an ad slot outright, with no other meaning on real pages. */
export const AD_SELECTORS: readonly string[] = [
  '[id^="div-gpt-ad"]', // Google Publisher Tag slots: <div id="div-gpt-ad-1437059-1">
  '[id^="google_ads_iframe"]',
  'ins.adsbygoogle', // AdSense: <ins class="adsbygoogle" data-ad-client=…>
  '.adsbygoogle',
  '[data-ad-slot]',
  '[data-google-query-id]', // set by GPT on a filled slot
  '[data-ad-unit]',
  '[data-ad-type]', // Washington Post: <div data-ad-type="leaderboard">
  '[data-ad-pos]', // Fox News: <div data-ad-pos="desktop" class="ad gpt">
  'amp-ad',
  'amp-sticky-ad',
];

/**
 * Class/id tokens that mark an ad container. Names are split into tokens first ("dfp-ad" → dfp, ad;
 * "adContainer" → ad, container), so "header", "shadow", "download", "load" and "read-more" never match.
 */
export const AD_TOKENS: ReadonlySet<string> = new Set([
  'ad', 'ads', 'adv', 'advert', 'adverts', 'adver', 'advertisement', 'advertisements', 'advertising',
  'adslot', 'adunit', 'adsense', 'adbox', 'adzone', 'adspace', 'adbanner', 'adcontainer', 'adwrapper',
  'adholder', 'adframe', 'outbrain', 'taboola',
]);

/**
 * Tokens that, in the same class name, mean the name describes a page state rather than an ad:
 * `<html class="ads-enabled">`, `<body class="has-ad">`, `<div class="ad-free">`.
 */
export const STATE_TOKENS: ReadonlySet<string> = new Set([
  'has', 'no', 'non', 'not', 'without', 'with', 'show', 'enabled', 'disabled', 'free', 'blocker', 'blocked',
  'loaded', 'ready', 'lite', 'layout', 'page', 'body', 'template', 'consent', 'choices', 'preferences',
]);

/** Hosts whose iframes are ad slots (a frame on a subdomain matches too). */
export const AD_HOSTS: readonly string[] = [
  'doubleclick.net', 'googlesyndication.com', 'googleadservices.com', 'amazon-adsystem.com', 'adnxs.com',
  'adsrvr.org', 'criteo.com', 'criteo.net', 'rubiconproject.com', 'pubmatic.com', 'openx.net', 'moatads.com',
  'smartadserver.com', 'yieldmo.com', 'teads.tv', 'adform.net', 'casalemedia.com', '33across.com', 'media.net',
];

/**
 * Placeholder labels, longest first. "advertisement"-type labels may be hidden on their own;
 * disclosure labels ("Sponsored", "Ad") only with the empty slot they announce, never alone, so a
 * sponsored story never loses its disclosure.
 */
const AD_LABELS = [
  'story continues below advertisement', 'article continues below advertisement',
  'content continues below advertisement', 'continue reading below advertisement',
  'continue reading the main story', 'story continues below', 'article continues below',
  'advertisements', 'advertisement', 'advertising', 'advert', 'remove ads', 'remove ad', 'hide ad',
  'close ad', 'report this ad', 'skip ad', 'scroll to continue with content',
];
const DISCLOSURE_LABELS = ['sponsored content', 'sponsored', 'promoted', 'ads', 'ad'];
/** Labels that alone say "an ad is here" (the rest are companions such as "REMOVE AD", "Story continues below"). */
const CORE_LABELS = /advert|^ads?$|sponsored|promoted/;

const LABEL_PATTERN = new RegExp(
  [...AD_LABELS, ...DISCLOSURE_LABELS].sort((a, b) => b.length - a.length).map((l) => l.replace(/ /g, '\\s*')).join('|'),
  'gi',
);
/** What may remain between labels: spaces, separators and close glyphs ("Advertisement · ✕"). */
const FILLER = /^[\s\p{P}\p{S}×✕✖]*$/u;

/** How a text reads as a placeholder label. */
export type LabelKind = 'ad' | 'disclosure';

/**
 * Classifies a text made only of placeholder labels: "ADVERTISEMENTREMOVE AD" → 'ad',
 * "Sponsored" → 'disclosure', "Advertising helps fund our journalism" → null. Empty text is null.
 */
export function labelKind(text: string): LabelKind | null {
  const labels = text.match(LABEL_PATTERN);
  if (!labels || !FILLER.test(text.replace(LABEL_PATTERN, ''))) return null;
  const core = labels.map((l) => l.toLowerCase().replace(/\s+/g, ' ')).filter((l) => CORE_LABELS.test(l));
  if (!core.length) return null;
  return core.some((l) => AD_LABELS.includes(l)) ? 'ad' : 'disclosure';
}

/** True when the text is only labels and separators (or nothing at all): a placeholder's own text. */
export function isLabelOnly(text: string): boolean {
  return FILLER.test(text.replace(LABEL_PATTERN, ''));
}

/** A generated id (UUID or hash), whose letter runs mean nothing: "navId-AD8090D7-4137-4D71-84C8". */
const GENERATED_ID = /[0-9a-f]{8}-[0-9a-f]{4}-|[0-9a-f]{16,}/i;

/** Splits a class name or id into lower-case tokens: "adContainer-top_1" → ad, container, top, 1. */
export function nameTokens(name: string): string[] {
  if (GENERATED_ID.test(name)) return [];
  return name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** True when one class name or id names an ad container ("ad-slot", "dfp-ad"), not a page state ("ads-enabled"). */
export function isAdName(name: string): boolean {
  const tokens = nameTokens(name);
  return tokens.some((t) => AD_TOKENS.has(t)) && !tokens.some((t) => STATE_TOKENS.has(t));
}

/** The ad host an iframe's address points at ("https://tpc.googlesyndication.com/…" → googlesyndication.com), or null. */
export function adHostOf(src: string): string | null {
  const host = /^(?:https?:)?\/\/([^/?#:]+)/i.exec(src.trim())?.[1]?.toLowerCase();
  if (!host) return null;
  return AD_HOSTS.find((h) => host === h || host.endsWith(`.${h}`)) ?? null;
}
