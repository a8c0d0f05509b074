/**
 * Documents index: reports, studies and statements the article attributes to an author ("a new report
 * released on Monday by Stanford University's Center on Poverty and Inequality"), so that later "the
 * report concluded …" speaks for that author. Pure.
 */
import type { ArticleText } from '../types';

/** One authored document. */
export interface DocumentMention {
  /** What kind of document: "report", "study", "statement", … */
  kind: string;
  /** Its author as written. */
  author: string;
  /** Offset in the article text. */
  at: number;
}

/** Document nouns that can later speak as "the report", "the study". */
export const DOCUMENT_KINDS = 'report|study|survey|paper|analysis|poll|review|investigation|audit|statement|letter|memo|filing|lawsuit|complaint|ruling|assessment';

const AUTHORED = new RegExp(
  String.raw`\b(${DOCUMENT_KINDS})\s+(?:(?:released|published|issued|conducted|commissioned|written|carried out|compiled|filed|sent|produced)\s+(?:[\w’'-]+\s+){0,3})?(?:by|from)\s+((?:the\s+)?[\p{Lu}][\p{L}’'&.\-]*(?:\s+(?:(?:of|for|on|and|&|the)\s+)*[\p{Lu}][\p{L}’'&.\-]*)*)`,
  'gu',
);

/** Every authored document in reading order. */
export function indexDocuments(article: ArticleText): DocumentMention[] {
  const found: DocumentMention[] = [];
  for (const block of article.blocks) {
    for (const m of block.text.matchAll(AUTHORED)) {
      found.push({ kind: m[1]!.toLowerCase(), author: m[2]!.replace(/[’']s$/, ''), at: block.span.start + m.index! });
    }
  }
  return found;
}
