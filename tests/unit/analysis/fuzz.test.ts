/**
 * Property-based fuzzing of the pure engine (fast-check): on random unicode text, random quotation
 * marks and random block structure, analyzeArticle never throws, every span lies within the text, and
 * every quote's text is exactly the article text at its span. The seed is fixed and printed on failure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attributeStatements } from '../../../utils/analysis/report';
import { buildArticleText } from '../../../utils/analysis/text';
import type { ArticleBlock, BlockKind } from '../../../utils/types';

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 600);

/** Words that make the engine work: names, reporting verbs, quotation marks, punctuation. */
const pieces = fc.constantFrom(
  'said', 'says', 'told', 'according to', 'added', ':', ',', '.', '“', '”', '"', '‘', '’', '«', '»', '„', 'Mr', 'Dr.',
  'Jane Roe', 'Roe', 'he', 'she', 'they', 'officials', 'a senior official', 'the company', 'Acme Corp', 'who',
  'that', 'the', 'and', '\u202e', '\u200b', '—', '(', ')', 'Minister', 'of', 'Ministry of Truth', 'U.S.', '?', '!',
);
const word = fc.oneof(pieces, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }));
const text = fc.array(word, { minLength: 0, maxLength: 60 }).map((ws) => ws.join(' ').replace(/\s+/g, ' ').trim());
const kind = fc.constantFrom<BlockKind>('paragraph', 'paragraph', 'paragraph', 'blockquote', 'caption', 'heading', 'list-item');
const block = fc.record({ kind, text }).filter((b): b is ArticleBlock => b.text.length > 0);
const article = fc.array(block, { minLength: 0, maxLength: 12 });

describe('the attribution passes on random input', () => {
  it(`never throws and keeps every span inside the text (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(
      fc.property(article, (blocks) => {
        // The engine's own safety net would hide a throw: call the passes directly.
        const articleText = buildArticleText({ url: null, title: null, byline: null, siteName: null, blocks });
        const report = { article: articleText, ...attributeStatements(articleText) };
        const { text: body } = report.article;
        for (const q of report.quotes) {
          expect(q.span.start).toBeGreaterThanOrEqual(0);
          expect(q.span.end).toBeLessThanOrEqual(body.length);
          expect(body.slice(q.span.start, q.span.end)).toBe(q.text);
          expect(report.sources.some((s) => s.id === q.sourceId && s.quoteIds.includes(q.id))).toBe(true);
        }
        for (const s of report.sources) expect(s.shareOfVoice).toBeGreaterThanOrEqual(0);
      }),
      { seed: SEED, numRuns: RUNS, verbose: 1 },
    );
  }, 120_000);
});
