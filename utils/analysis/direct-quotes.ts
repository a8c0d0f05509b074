/**
 * Pass 2: words inside quotation marks, attributed by the cue beside them. Pure.
 *
 * - Cue after: "“Our nation is in danger,” Essid declared in a televised address." /
 *   "“This attack …,” said Ivan Quinn, Tunisia country director for Amnesty International."
 * - Cue before: "Talking about …, he said “every president, every leader has strengths …”."
 * - No cue: a quote that opens its paragraph, continues an open quote, or follows another statement
 *   in the same paragraph continues the previous speaker ("“There are going to be tensions …”").
 * Short quotes with no cue are scare quotes or titles and are left to the reported-speech pass.
 */
import type { ArticleText, Span } from '../types';
import { findVerbs, leadingSubject, speakerBefore, type Statement } from './statements';
import { parseSpeaker } from './mentions';
import type { QuotedSpan } from './quote-marks';
import { splitSentences } from './sentences';
import { countWords } from './text';

/** A quote with no cue shorter than this (in words) is a scare quote, not a statement. */
const MIN_UNCUED_WORDS = 4;
/** How far back (in blocks) a cue-less quote may continue a previous speaker. */
const MAX_CONTINUATION_GAP = 2;
/** Words allowed between a cue verb and the opening mark ("told reporters on Tuesday:"). */
const MAX_WORDS_AFTER_VERB = 8;

/** The sentence spans of a block, cached per block. */
function sentencesOf(article: ArticleText, cache: Map<number, Span[]>, block: number): Span[] {
  let spans = cache.get(block);
  if (!spans) {
    const b = article.blocks[block]!;
    spans = splitSentences(b.text, b.span.start);
    cache.set(block, spans);
  }
  return spans;
}

/** The cue after a closing mark: "…,” Azzouz said." or "…,” said Ivan Quinn, …". */
function cueAfter(after: string) {
  const text = after.replace(/^\s*[,—–-]?\s*/, '');
  if (!text || /^(?:(?:and|or|but)\s+(?:that\s+)?)?["“”'‘]/i.test(text)) return null;
  const verbs = findVerbs(text);
  const verb = verbs[0];
  if (!verb || verb.start > 160) return null;
  if (verb.start === 0) {
    const rest = text.slice(verb.end).replace(/^\s+/, '').split(/,\s+(?:adding|saying|who said|noting|explaining)\b|\s+(?:in a statement|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Twitter))\b|(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Gen|Col|Lt|St|Jr|Sr|Rev|[A-Z]))[.;!?](?:\s|$)/)[0]!;
    const mentions = parseSpeaker(rest);
    return mentions.length ? { mentions, cue: verb.word } : null;
  }
  // "“…” to hold up on their ICC plans, Indyk said.": the speaker is the phrase right before the verb.
  const mentions = parseSpeaker(text.slice(0, verb.start));
  const endsSentence = text.slice(verb.end).split(/\s+/).filter(Boolean).length <= 6;
  const found = mentions.length ? mentions : endsSentence ? speakerBefore(text.slice(0, verb.start)).mentions : [];
  return found.length ? { mentions: found, cue: text.slice(verb.start, verb.end) } : null;
}

/** The cue before an opening mark: "…, he said “…". */
function cueBefore(before: string) {
  const verbs = findVerbs(before);
  const verb = verbs[verbs.length - 1];
  if (!verb) return null;
  const between = before.slice(verb.end).trim().replace(/[:,]$/, '').trim();
  if (between.split(/\s+/).filter(Boolean).length > MAX_WORDS_AFTER_VERB) return null;
  // "said in an internal memo that the “…”", "told reporters:", "wrote on Twitter:"
  if (between && !/^(?:(?:to|in|on|during|at|via|from)\s+[\w’' ]+?\s*)?(?:that(?:\s+(?:the|a|an|his|her|their|its))?)?$|^(?:the|a|an) \w+$|^\w+$/i.test(between)) return null;
  const head = before.slice(0, verb.start);
  const mentions = /ing$/.test(verb.word) || /\bto\s+$/.test(head) ? parseSpeaker(leadingSubject(head)) : speakerBefore(head).mentions;
  return mentions.length ? { mentions, cue: verb.word } : null;
}

/** Statements in quotation marks, in reading order. `claimed` blocks are already attributed. */
export function findQuoteStatements(article: ArticleText, quoted: QuotedSpan[], claimed: Set<number>): { statements: Statement[]; pending: QuotedSpan[] } {
  const statements: Statement[] = [];
  const pending: QuotedSpan[] = [];
  const cache = new Map<number, Span[]>();
  for (const q of quoted) {
    if (claimed.has(q.block)) continue;
    const words = countWords(article.text.slice(q.span.start, q.span.end));
    if (!words) continue;
    const block = article.blocks[q.block]!;
    const sentences = sentencesOf(article, cache, q.block);
    const closing = sentences.find((s) => s.start <= q.outer.end && q.outer.end <= s.end) ?? sentences[sentences.length - 1]!;
    const opening = sentences.find((s) => s.start <= q.outer.start && q.outer.start < s.end) ?? sentences[0]!;
    const base = { span: q.span, type: 'direct' as const, block: q.block };

    let afterText = article.text.slice(q.outer.end, closing.end);
    // "“Can I give it to James?” Brooke tearfully asked …": the question mark ended the sentence, not the cue.
    const next = sentences[sentences.indexOf(closing) + 1];
    if (!afterText.trim() && next && /[?!]$/.test(article.text.slice(q.span.start, q.span.end).trim())) {
      const following = article.text.slice(next.start, next.end);
      if (/^(?:\S+\s+){0,4}?(?:\w+ly\s+)?(?:asked|said|added|wondered|shouted|exclaimed|replied)\b/.test(following)) afterText = ` ${following}`;
    }
    // "Das wrote for ‘Mukto Mona’": a title or scare quote after a verb is not what the verb reports.
    const beforeText = article.text.slice(opening.start, q.outer.start);
    const before = words >= MIN_UNCUED_WORDS || /(?:said|says|:)\s*$/.test(beforeText) ? cueBefore(beforeText) : null;
    const after = q.open ? null : cueAfter(afterText);
    // A cue right after the closing mark (",” she said") wins; one after a clause of its own loses to a cue before.
    const immediate = /^\s*[,—–-]?\s*(?:\S+\s+){0,4}?(?:\S+ly\s+)?(?:said|says|added|told|asked|wrote|explained|noted|argued|continued)\b/i.test(afterText);
    if (after && (immediate || !before)) {
      statements.push({ ...base, cue: after.cue, mentions: after.mentions, inherit: false, pass: 'quote-cue-after' });
      continue;
    }
    if (before) {
      statements.push({ ...base, cue: before.cue, mentions: before.mentions, inherit: false, pass: 'quote-cue-before' });
      continue;
    }
    const previous = statements[statements.length - 1];
    const opensBlock = q.outer.start === block.span.start;
    const sameBlock = previous?.block === q.block;
    const near = previous && q.block - previous.block <= MAX_CONTINUATION_GAP;
    if (q.continues || sameBlock || (opensBlock && words >= MIN_UNCUED_WORDS && near)) {
      statements.push({ ...base, cue: '', mentions: [], inherit: true, pass: 'quote-continuation' });
    } else if (opensBlock && words >= MIN_UNCUED_WORDS) {
      statements.push({ ...base, cue: '', mentions: [], inherit: true, pass: 'quote-uncued' });
    } else if (words >= MIN_UNCUED_WORDS && q.span.end - q.span.start >= (closing.end - opening.start) / 2) {
      pending.push(q); // most of a sentence, no cue: perhaps the reported speaker before it goes on
    }
  }
  return { statements, pending };
}

/**
 * Quotes left pending continue the statement before them in the same paragraph, whichever pass found
 * it: "Swift's rep told Fox News that this was not the whole truth. “Big Machine is trying to deflect …”"
 */
export function continuePendingQuotes(pending: QuotedSpan[], statements: Statement[]): Statement[] {
  return pending.flatMap((q) => {
    const before = statements.filter((s) => s.block === q.block && s.span.end <= q.outer.start);
    return before.length ? [{ span: q.span, type: 'direct' as const, block: q.block, cue: '', mentions: [], inherit: true, pass: 'quote-pending' }] : [];
  });
}
