/** Builds engine input from plain paragraphs, for table-driven tests. */
import { analyzeArticle } from '../../../utils/analysis/report';
import type { ArticleBlock, Report } from '../../../utils/types';

/** A paragraph block; "> text" makes a block quote, "# text" a caption, "- text" a list item. */
export function block(line: string): ArticleBlock {
  if (line.startsWith('> ')) return { kind: 'blockquote', text: line.slice(2) };
  if (line.startsWith('# ')) return { kind: 'caption', text: line.slice(2) };
  if (line.startsWith('- ')) return { kind: 'list-item', text: line.slice(2) };
  return { kind: 'paragraph', text: line };
}

/** Runs the engine on paragraphs. */
export function analyze(...lines: string[]): Report {
  return analyzeArticle({ url: null, title: 'Test', byline: null, siteName: null, blocks: lines.map(block) });
}

/** Each source as "kind:name", and its quotes' texts. */
export function summary(report: Report): Array<{ who: string; credentials: string[]; quotes: string[] }> {
  const quotes = new Map(report.quotes.map((q) => [q.id, q.text]));
  return report.sources.map((s) => ({ who: `${s.kind}:${s.name}`, credentials: s.credentials, quotes: s.quoteIds.map((id) => quotes.get(id)!) }));
}
