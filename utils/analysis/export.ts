/**
 * The report as the CLI's JSON contract (`analyze --json`) and as Markdown, for export. Pure.
 * Field names here are a contract with the evaluation and other tools: add fields, never rename.
 */
import type { QuoteType, Report, SourceKind, SourceRole } from '../types';
import { countWords } from './text';

/** One source in the JSON contract. */
export interface ContractSource {
  id: string;
  name: string;
  kind: SourceKind;
  credentials: string[];
  quotes: Array<{ text: string; type: QuoteType }>;
  role: SourceRole;
  unnamedReason: string | null;
  statements: number;
  shareOfVoice: number;
}

/** The whole JSON contract. */
export interface ContractReport {
  url: string | null;
  title: string | null;
  byline: string | null;
  siteName: string | null;
  article: { text: string; words: number };
  ads: { hidden: number };
  sources: ContractSource[];
}

/** Builds the contract object from a report and the number of ad blocks hidden on the page. */
export function toContract(report: Report, adsHidden: number): ContractReport {
  const { article } = report;
  const quotes = new Map(report.quotes.map((q) => [q.id, q]));
  return {
    url: article.url,
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    article: { text: article.text, words: countWords(article.text) },
    ads: { hidden: adsHidden },
    sources: report.sources.map((s) => ({
      id: s.id,
      name: s.name,
      kind: s.kind,
      credentials: s.credentials,
      quotes: s.quoteIds.flatMap((id) => {
        const q = quotes.get(id);
        return q ? [{ text: q.text, type: q.type }] : [];
      }),
      role: s.role,
      unnamedReason: s.unnamedReason,
      statements: s.quoteIds.length,
      shareOfVoice: Math.round(s.shareOfVoice * 1000) / 1000,
    })),
  };
}

/** The sources as a Markdown list, for pasting into notes. */
export function toMarkdown(report: Report): string {
  const quotes = new Map(report.quotes.map((q) => [q.id, q]));
  const title = report.article.title ?? report.article.url ?? 'Article';
  const lines = [`# Sources in “${title}”`, ''];
  if (report.article.url) lines.push(`<${report.article.url}>`, '');
  for (const s of report.sources) {
    const credentials = s.credentials.length ? ` — ${s.credentials.join('; ')}` : '';
    lines.push(`- **${s.name}** (${s.kind}, ${s.role})${credentials}`);
    for (const id of s.quoteIds) {
      const q = quotes.get(id);
      if (q) lines.push(q.type === 'indirect' ? `  - ${q.text}` : `  - “${q.text}”`);
    }
  }
  return lines.join('\n') + '\n';
}
