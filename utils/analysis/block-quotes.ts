/**
 * Pass 1, the most precise: statements given as whole blocks, attributed by the article's structure.
 *
 * - An introducing line that ends in a colon after a reporting verb, followed by the quoted block(s):
 *   "Ada Petrov, former head of … department said:" + block quote; "Ana Mensah, Defence Minister
 *   said on Twitter:"; "In a wide-ranging interview, President Obama also said:" + a list.
 * - A block quote followed by a caption-style line naming its speaker:
 *   block quote + "Julia Horvat, former Deputy Director, Ministry of Strategic Affairs, Israel."
 * Pure.
 */
import type { ArticleText } from '../types';
import { findVerbs, leadingSubject, speakerBefore, type Statement } from './statements';
import { parseSpeaker } from './mentions';
import { splitSentences } from './sentences';

/** Longest caption line read as an attribution, in words. */
const MAX_CAPTION_WORDS = 30;
/** A block quote with no cue shorter than this (in words) is not read as a continuation. */
const MIN_CONTINUATION_WORDS = 8;
/** Most blocks one introducing line can claim. */
const MAX_INTRO_BLOCKS = 12;

/** Speaker of an introducing line ending in "said:", or null. */
function introSpeaker(text: string) {
  if (!/:\s*$/.test(text)) return null;
  const sentences = splitSentences(text);
  const last = sentences[sentences.length - 1]!;
  const sentence = text.slice(last.start, last.end);
  const verbs = findVerbs(sentence);
  const verb = verbs[verbs.length - 1];
  if (!verb || sentence.slice(verb.end).replace(/[:\s]/g, '').length > 40) return null;
  const before = sentence.slice(0, verb.start);
  // "…, issued a similar statement, saying:" — the sentence's subject speaks.
  const mentions = /ing$/.test(verb.word) || /\bto\s+$/.test(before)
    ? parseSpeaker(leadingSubject(before))
    : speakerBefore(before).mentions;
  return mentions.length ? { mentions, cue: sentence.slice(verb.start).trim() } : null;
}

/** True when a block reads as a caption naming a speaker: a name and credentials, no verb. */
function captionSpeaker(text: string) {
  const words = text.split(/\s+/).length;
  if (words > MAX_CAPTION_WORDS || findVerbs(text).length) return null;
  const cleaned = text.replace(/^[—–\-~]+\s*/, '').replace(/[.\s]+$/, '');
  if (!cleaned.includes(',') && !/^[—–\-~]/.test(text)) return null;
  const mentions = parseSpeaker(cleaned);
  return mentions.length === 1 && mentions[0]!.kind === 'person' ? mentions : null;
}

/** Statements attributed by block structure, and the blocks they claim (introducing lines included). */
export function findBlockStatements(article: ArticleText): { statements: Statement[]; claimed: Set<number> } {
  const statements: Statement[] = [];
  const claimed = new Set<number>();
  const blocks = article.blocks;

  blocks.forEach((block, i) => {
    const intro = introSpeaker(block.text);
    if (!intro) return;
    claimed.add(i);
    for (let j = i + 1; j < blocks.length && j <= i + MAX_INTRO_BLOCKS; j++) {
      const next = blocks[j]!;
      const quoted = next.kind === 'blockquote' || next.kind === 'list-item';
      if (!quoted && j > i + 1) break;
      if (next.kind === 'heading' || next.kind === 'caption') break;
      statements.push({ span: next.span, type: 'direct', cue: intro.cue, mentions: intro.mentions, inherit: false, block: j, pass: 'intro-colon' });
      claimed.add(j);
      if (!quoted) break;
    }
  });

  blocks.forEach((block, i) => {
    if (block.kind !== 'blockquote' || claimed.has(i)) return;
    const after = blocks[i + 1];
    const mentions = after && (after.kind === 'caption' || after.kind === 'paragraph' || after.kind === 'blockquote') ? captionSpeaker(after.text) : null;
    if (!mentions) return;
    let first = i;
    while (first > 0 && blocks[first - 1]!.kind === 'blockquote' && !claimed.has(first - 1)) first--;
    for (let j = first; j <= i; j++) {
      statements.push({ span: blocks[j]!.span, type: 'direct', cue: 'caption', mentions, inherit: false, block: j, pass: 'caption' });
      claimed.add(j);
    }
  });
  // A block quote with neither: the speaker of the paragraph before goes on ("Zuckerberg said at the trial." + quote).
  blocks.forEach((block, i) => {
    if (block.kind !== 'blockquote' || claimed.has(i) || /["“”«»]/.test(block.text) || block.text.split(' ').length < MIN_CONTINUATION_WORDS) return;
    statements.push({ span: block.span, type: 'direct', cue: '', mentions: [], inherit: true, block: i, pass: 'blockquote-continuation' });
    claimed.add(i);
  });
  return { statements: statements.sort((a, b) => a.span.start - b.span.start), claimed };
}
