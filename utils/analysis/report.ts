/**
 * analyzeArticle: the one pipeline from an article's blocks to its sources and quotes. Pure: plain
 * data in, plain data out; the content script, the CLI and the tests all call this.
 */
import type { ArticleInput, ArticleText, Quote, Report, Source, Span } from '../types';
import { findBlockStatements } from './block-quotes';
import { continuePendingQuotes, findQuoteStatements } from './direct-quotes';
import { indexDocuments } from './documents';
import { indexOrganisations } from './organisations';
import { indexPeople } from './people';
import { findQuotedSpans } from './quote-marks';
import { findReportedStatements } from './reported-speech';
import { classifyRole } from './roles';
import { buildSources } from './sources';
import type { Statement } from './statements';
import { buildArticleText, countWords } from './text';

/** Characters of context kept on each side of a quote, to find it again in the live page. */
const ANCHOR_CONTEXT = 32;

/** Trims quotation marks, spaces and trailing commas off a span. */
function tidySpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s"“”‘’'«»„,:;—–-]/.test(text[start]!)) start++;
  while (end > start && /[\s"“”‘«»„,:;—–-]/.test(text[end - 1]!)) end--;
  return { start, end };
}

/** Finds the statements: structure first, then quotation marks, then reported speech. */
function findStatements(article: ArticleText): Statement[] {
  const { statements: blocks, claimed } = findBlockStatements(article);
  const quoted = findQuotedSpans(article);
  const { statements: direct, pending } = findQuoteStatements(article, quoted, claimed);
  const reported = findReportedStatements(article, [...blocks, ...direct], quoted, claimed);
  // A cue-less quote the reported speech around it attributes ("Obama told … that he would seek “…”") is
  // done; one left alone continues the statement before it.
  const open = pending.filter((q) => !reported.some((r) => r.span.start <= q.span.start && q.span.end <= r.span.end + 2));
  const found = [...blocks, ...direct, ...reported];
  return [...found, ...continuePendingQuotes(open, found)].sort((a, b) => a.span.start - b.span.start);
}

/**
 * Finds who the article lets speak and what each said.
 *
 * 1. Join the blocks into one text with spans (`buildArticleText`).
 * 2. Find statements and their speakers' mentions (sieve passes, most precise first).
 * 3. Resolve mentions to sources (surnames, titles, pronouns) and collect credentials.
 * 4. Number quotes and sources in reading order and compute share of voice.
 *
 * Never throws on odd input: anything it cannot read yields no sources.
 */
export function analyzeArticle(input: ArticleInput): Report {
  const article = buildArticleText(input);
  try {
    return { article, ...attributeStatements(article) };
  } catch {
    return { article, sources: [], quotes: [] };
  }
}

/** Steps 2–4 of `analyzeArticle`, without its safety net: the fuzz tests and the background (which reports a crash as one) call this. */
export function attributeStatements(article: ArticleText): Pick<Report, 'sources' | 'quotes'> {
  const statements = findStatements(article);
  const entities = buildSources(statements, indexPeople(article), indexOrganisations(article), indexDocuments(article));
  const owner = new Map<number, string[]>();
  const sources: Source[] = entities.map((e, i) => {
    const id = `s${i + 1}`;
    for (const n of e.statements) owner.set(n, [...(owner.get(n) ?? []), id]);
    return {
      id, kind: e.kind, name: e.name, aliases: [...e.aliases], credentials: e.credentials,
      role: classifyRole(e.kind, e.name, e.credentials), unnamedReason: e.reason ?? null, quoteIds: [], shareOfVoice: 0,
    };
  });
  const quotes: Quote[] = [];
  statements.forEach((s, n) => {
    const ids = owner.get(n);
    if (!ids) return;
    const span = tidySpan(article.text, s.span);
    if (span.end <= span.start) return;
    const text = article.text.slice(span.start, span.end);
    for (const sourceId of ids) {
      const id = `q${quotes.length + 1}`;
      quotes.push({
        id, type: s.type, text, span, cue: s.cue, speakerMention: s.mentions.map((m) => m.name).join(' and '), sourceId,
        anchor: { exact: text, prefix: article.text.slice(Math.max(0, span.start - ANCHOR_CONTEXT), span.start), suffix: article.text.slice(span.end, span.end + ANCHOR_CONTEXT) },
      });
      sources.find((x) => x.id === sourceId)!.quoteIds.push(id);
    }
  });
  const words = new Map(sources.map((s) => [s.id, 0]));
  for (const q of quotes) words.set(q.sourceId, (words.get(q.sourceId) ?? 0) + countWords(q.text));
  const total = [...words.values()].reduce((a, b) => a + b, 0);
  for (const s of sources) s.shareOfVoice = total ? (words.get(s.id) ?? 0) / total : 0;
  return { sources, quotes };
}
