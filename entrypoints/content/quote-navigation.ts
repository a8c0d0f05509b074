/**
 * Moving through a report's quotes from the sidebar: which of a source's quotes can be shown in the
 * page, which comes next, and how to say where the reader is ("Julia Horvat, statement 2 of 5"). Pure.
 */
import type { Report, Source } from '../../utils/types';

/** The source's quotes that were found in the page, in reading order. */
export function findableQuotes(report: Report, sourceId: string, anchored: ReadonlySet<string>): string[] {
  const source = report.sources.find((s) => s.id === sourceId);
  return source ? source.quoteIds.filter((id) => anchored.has(id)) : [];
}

/** The quote after `current` in `ids`, wrapping round; the first when `current` is not among them. */
export function nextQuote(ids: readonly string[], current: string | null): string | null {
  if (!ids.length) return null;
  const at = current ? ids.indexOf(current) : -1;
  return ids[(at + 1) % ids.length]!;
}

/** The source that said a quote. */
export function sourceOfQuote(report: Report, quoteId: string): Source | null {
  const quote = report.quotes.find((q) => q.id === quoteId);
  return quote ? report.sources.find((s) => s.id === quote.sourceId) ?? null : null;
}

/** Which of its source's statements a quote is (1-based), and how many the source has. */
export function statementPosition(report: Report, quoteId: string): { index: number; count: number } | null {
  const source = sourceOfQuote(report, quoteId);
  const at = source ? source.quoteIds.indexOf(quoteId) : -1;
  return source && at >= 0 ? { index: at + 1, count: source.quoteIds.length } : null;
}

/** "Julia Horvat, statement 2 of 5" (for the live region). */
export function describeQuote(report: Report, quoteId: string): string {
  const source = sourceOfQuote(report, quoteId);
  const position = statementPosition(report, quoteId);
  if (!source) return '';
  return position ? `${source.name}, statement ${position.index} of ${position.count}` : source.name;
}
