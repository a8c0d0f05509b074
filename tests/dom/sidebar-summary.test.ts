/** The pure words and numbers the sidebar and the popup show (components/summary.ts). */
import { describe, expect, it } from 'vitest';
import {
  breakdownText, countsLine, credentialsLine, orderSources, roleBreakdown, summaryLine, voiceSummary,
} from '../../components/summary';
import { source, SOURCES } from './sidebar-fixtures';

describe('summaryLine / countsLine', () => {
  it('reads "N sources · N unnamed · N organisations · N quotes"', () => {
    expect(summaryLine(SOURCES, 14)).toBe('3 sources · 1 unnamed · 1 organisation · 14 quotes');
    expect(countsLine({ sources: 9, unnamed: 3, organisations: 2, quotes: 14 })).toBe('9 sources · 3 unnamed · 2 organisations · 14 quotes');
    expect(countsLine({ sources: 1, unnamed: 0, organisations: 0, quotes: 1 })).toBe('1 source · 0 unnamed · 0 organisations · 1 quote');
  });
});

describe('roleBreakdown', () => {
  it('counts each role in a fixed order, leaving out roles with none', () => {
    const sources = [source('a', 'A', 'person', { role: 'media' }), source('b', 'B', 'person', { role: 'official' }), source('c', 'C', 'person', { role: 'official' })];
    expect(roleBreakdown(sources)).toEqual([
      { role: 'official', count: 2, share: 2 / 3 },
      { role: 'media', count: 1, share: 1 / 3 },
    ]);
    expect(breakdownText(roleBreakdown(sources))).toBe('Source types: 2 officials, 1 media outlet');
    expect(roleBreakdown([])).toEqual([]);
  });
});

describe('orderSources', () => {
  it('keeps reading order, or sorts by share of voice with ties in reading order; never mutates', () => {
    const list = [source('a', 'A', 'person', { shareOfVoice: 0.1 }), source('b', 'B', 'person', { shareOfVoice: 0.5 }),
      source('c', 'C', 'person', { shareOfVoice: 0.1 }), source('d', 'D', 'person', { shareOfVoice: Number.NaN })];
    expect(orderSources(list, 'appearance').map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(orderSources(list, 'voice').map((s) => s.id)).toEqual(['b', 'a', 'c', 'd']);
    expect(list.map((s) => s.id)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('voiceSummary and credentialsLine', () => {
  it('counts statements, rounds and clamps the share, and falls back to "role not stated in the article"', () => {
    expect(voiceSummary(source('a', 'A', 'person', { quoteIds: ['q1'], shareOfVoice: 0.126 }))).toBe('1 statement · 13% of quoted words');
    expect(voiceSummary(source('a', 'A', 'person', { quoteIds: ['q1', 'q2'], shareOfVoice: 1.7 }))).toBe('2 statements · 100% of quoted words');
    expect(credentialsLine(source('a', 'A', 'person', { credentials: ['minister', 'MP for Leeds'] }))).toBe('minister; MP for Leeds');
    expect(credentialsLine(source('a', 'A', 'person'))).toBe('role not stated in the article');
  });
});
