/**
 * What the sidebar and the popup say about a report, as plain functions of the data: the one-line
 * summary, the breakdown by source type, the order of the list, and the words for kinds, roles and
 * quote types. Pure, so the sidebar, the popup and the tests all agree.
 */
import type { QuoteType, Source, SourceKind, SourceRole } from '../utils/types';

/** The source types of the breakdown bar, in the order they are drawn. */
export const ROLE_ORDER: readonly SourceRole[] = ['official', 'expert', 'organisation', 'participant', 'media', 'unnamed'];

/** Singular and plural of each source type, as the legend reads ("3 officials"). */
export const ROLE_WORDS: Record<SourceRole, [string, string]> = {
  official: ['official', 'officials'],
  expert: ['expert', 'experts'],
  organisation: ['organisation', 'organisations'],
  participant: ['participant', 'participants'],
  media: ['media outlet', 'media outlets'],
  unnamed: ['unnamed', 'unnamed'],
};

/** The kind badge's text. */
export const KIND_LABEL: Record<SourceKind, string> = { person: 'Person', organisation: 'Organisation', unnamed: 'Unnamed' };

/** How each quote type is labelled: the speaker's own words, or the article's paraphrase. */
export const QUOTE_TYPE_LABEL: Record<QuoteType, string> = {
  direct: 'Direct quote',
  indirect: 'Paraphrase',
  mixed: 'Paraphrase, partly quoted',
};

/** The placeholder when the article gives a source no role or title. */
export const NO_CREDENTIALS = 'role not stated in the article';

/** "1 source" / "3 sources". */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The counts the summary line is made of. */
export interface Counts {
  sources: number;
  unnamed: number;
  organisations: number;
  quotes: number;
}

/** "9 sources · 3 unnamed · 2 organisations · 14 quotes". */
export function countsLine(counts: Counts): string {
  return [
    plural(counts.sources, 'source', 'sources'),
    `${counts.unnamed} unnamed`,
    plural(counts.organisations, 'organisation', 'organisations'),
    plural(counts.quotes, 'quote', 'quotes'),
  ].join(' · ');
}

/** The sidebar header's one line, from the report's sources and number of quotes. */
export function summaryLine(sources: readonly Source[], quotes: number): string {
  const unnamed = sources.filter((s) => s.kind === 'unnamed').length;
  const organisations = sources.filter((s) => s.kind === 'organisation').length;
  return countsLine({ sources: sources.length, unnamed, organisations, quotes });
}

/** One segment of the breakdown bar. */
export interface RoleShare {
  role: SourceRole;
  count: number;
  /** Share of all sources, 0..1. */
  share: number;
}

/** How many sources of each type, in ROLE_ORDER, types with none left out. */
export function roleBreakdown(sources: readonly Source[]): RoleShare[] {
  const total = sources.length;
  if (!total) return [];
  return ROLE_ORDER.map((role) => {
    const count = sources.filter((s) => s.role === role).length;
    return { role, count, share: count / total };
  }).filter((r) => r.count > 0);
}

/** The breakdown read out: "Source types: 3 officials, 2 experts, 1 unnamed". */
export function breakdownText(shares: readonly RoleShare[]): string {
  const parts = shares.map((r) => plural(r.count, ...ROLE_WORDS[r.role]));
  return parts.length ? `Source types: ${parts.join(', ')}` : 'No sources';
}

/** How the list is ordered. */
export type SourceOrder = 'appearance' | 'voice';

/** The sources in reading order (as given), or by share of voice, largest first (ties keep reading order). */
export function orderSources(sources: readonly Source[], order: SourceOrder): Source[] {
  const list = sources.slice();
  if (order === 'voice') {
    const position = new Map(sources.map((s, i) => [s.id, i]));
    list.sort((a, b) => voiceOf(b) - voiceOf(a) || position.get(a.id)! - position.get(b.id)!);
  }
  return list;
}

/** A source's share of voice, clamped to 0..1 (0 when missing). */
export function voiceOf(source: Source): number {
  return Math.max(0, Math.min(1, source.shareOfVoice || 0));
}

/** "1 statement · 12% of quoted words". */
export function voiceSummary(source: Source): string {
  const share = Math.round(voiceOf(source) * 100);
  return `${plural(source.quoteIds.length, 'statement', 'statements')} · ${share}% of quoted words`;
}

/** The credentials line: the article's own phrases, or the placeholder. */
export function credentialsLine(source: Source): string {
  return source.credentials.length ? source.credentials.join('; ') : NO_CREDENTIALS;
}
