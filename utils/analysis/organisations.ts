/**
 * Organisation index: every organisation the article names ("Customs and Border Protection", "NASA",
 * "Whole Foods Market"), with where. "An agency spokesman told us" and "according to the agency" point
 * back to the one named last. Pure.
 */
import type { ArticleText } from '../types';
import { COUNTRY_WORDS, NOT_NAME_WORDS } from './lexicon';
import { looksLikeOrganisation } from './words';

/** One mention of an organisation. */
export interface OrganisationMention {
  /** The name as written, possessive dropped ("NASA"). */
  name: string;
  /** Offset in the article text. */
  at: number;
}

const ORG_RUN = /(?:[\p{Lu}][\p{L}’'&.\-]*|&)(?:\s+(?:of|for|and|the|on|&)?\s*[\p{Lu}][\p{L}’'&.\-]*)*(?:\s+(?:police|ministry|government|department|agency|authorities|army|military|council|commission|office))?/gu;
/** Acronyms that name places or things, not organisations. */
const NOT_ORGANISATIONS = new Set(['US', 'U.S.', 'UK', 'U.K.', 'EU', 'TV', 'CEO', 'GDP', 'AM', 'PM', 'I', 'A', 'DNA', 'AI', 'VR']);

/** Every named organisation in reading order. */
export function indexOrganisations(article: ArticleText): OrganisationMention[] {
  const found: OrganisationMention[] = [];
  for (const block of article.blocks) {
    if (block.kind === 'caption') continue; // photo credits name agencies that say nothing
    for (const m of block.text.matchAll(ORG_RUN)) {
      const words = m[0].replace(/[’']s$/, '').split(/\s+/);
      while (words.length && NOT_NAME_WORDS.has(words[0]!.toLowerCase())) words.shift();
      const name = words.join(' ').replace(/[’']s\b/g, '').replace(/[.,]$/, '');
      if (!name || NOT_ORGANISATIONS.has(name) || COUNTRY_WORDS.has(name.toLowerCase().replace(/^the\s+/, '')) || !looksLikeOrganisation(name)) continue;
      found.push({ name, at: block.span.start + m.index! + m[0].indexOf(words[0]!) });
    }
  }
  return found;
}
