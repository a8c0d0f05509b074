/**
 * The report around the statements: role types, share of voice, ids in reading order, anchors that
 * find the quote again, and the CLI contract and Markdown built from it.
 */
import { describe, expect, it } from 'vitest';
import { toContract, toMarkdown } from '../../../utils/analysis/export';
import { classifyRole } from '../../../utils/analysis/roles';
import { analyze } from './helpers';

describe('classifyRole', () => {
  it.each([
    ['person', 'Avigdor Lieberman', ['Defence Minister'], 'official'],
    ['person', 'Kobi Michael', ['a senior research fellow at the Institute for National Security Studies'], 'expert'],
    ['person', 'Amnon Sofrin', ["former head of Mossad's intelligence directorate"], 'expert'],
    ['person', 'Jon Sopel', ["the BBC's North America editor"], 'media'],
    ['person', 'Fiona Parry', ['her mother'], 'participant'],
    ['person', 'Jane Roe', [], 'participant'],
    ['organisation', 'The New York Times', [], 'media'],
    ['organisation', "the Prime Minister's office", [], 'organisation'],
    ['unnamed', 'Israeli officials', [], 'unnamed'],
  ] as const)('%s %s → %s', (kind, name, credentials, role) => {
    expect(classifyRole(kind, name, [...credentials])).toBe(role);
  });
});

describe('report', () => {
  const report = analyze(
    '“We will win this fight and we will win it soon,” said Jane Roe, a senator from Ohio.',
    'Acme said in a statement that the plant would close.',
  );

  it('numbers sources and quotes in reading order and shares the voice by quoted words', () => {
    expect(report.sources.map((s) => s.id)).toEqual(['s1', 's2']);
    expect(report.quotes.map((q) => q.id)).toEqual(['q1', 'q2']);
    const total = report.sources.reduce((sum, s) => sum + s.shareOfVoice, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(report.sources[0]!.shareOfVoice).toBeGreaterThan(report.sources[1]!.shareOfVoice);
  });

  it('anchors each quote with its exact text and the text around it', () => {
    for (const q of report.quotes) {
      const { prefix, exact, suffix } = q.anchor;
      expect(report.article.text).toContain(prefix + exact + suffix);
      expect(report.article.text.slice(q.span.start, q.span.end)).toBe(exact);
    }
  });

  it('builds the CLI contract and a Markdown list from the same report', () => {
    const contract = toContract(report, 3);
    expect(contract.ads).toEqual({ hidden: 3 });
    expect(contract.sources[0]).toMatchObject({ name: 'Jane Roe', kind: 'person', credentials: ['a senator from Ohio'], statements: 1 });
    expect(contract.sources[0]!.quotes[0]).toEqual({ text: 'We will win this fight and we will win it soon', type: 'direct' });
    expect(contract.sources[1]!.quotes[0]!.type).toBe('indirect');
    const markdown = toMarkdown(report);
    expect(markdown).toContain('- **Jane Roe** (person, official) — a senator from Ohio');
    expect(markdown).toContain('  - “We will win this fight and we will win it soon”');
    expect(markdown).toContain('  - the plant would close');
  });
});
