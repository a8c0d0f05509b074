/**
 * anchorQuotes: finds quotes again in a live DOM by text and context, across inline elements and
 * whitespace differences, preferring the occurrence whose prefix/suffix agree, and never inventing one.
 */
import { describe, expect, it } from 'vitest';
import { anchorQuotes } from '../../utils/dom/anchor';
import type { Quote } from '../../utils/types';
import { pageFrom } from './helpers';

/** A quote with just what anchoring reads. */
function quote(id: string, exact: string, prefix = '', suffix = ''): Quote {
  return {
    id, type: 'direct', text: exact, span: { start: 0, end: exact.length }, cue: 'said', speakerMention: 'she',
    sourceId: 's1', anchor: { exact, prefix, suffix },
  };
}

/** The text a found range covers, whitespace collapsed. */
function textOf(range: Range | undefined): string {
  return (range?.toString() ?? '').replace(/\s+/g, ' ');
}

describe('anchorQuotes', () => {
  it('finds a quote that runs across inline elements', () => {
    const doc = pageFrom('<div id="a"><p>She said the <b>deal is</b> <a href="#">a major loss</a> for us.</p></div>');
    const ranges = anchorQuotes(doc.getElementById('a')!, [quote('q1', 'the deal is a major loss')]);
    expect(textOf(ranges.get('q1'))).toBe('the deal is a major loss');
    expect(ranges.get('q1')!.startContainer.nodeType).toBe(Node.TEXT_NODE);
  });

  it('matches whatever the whitespace: line breaks, runs of spaces, non-breaking spaces', () => {
    const doc = pageFrom('<div id="a"><p>It will   take\n   years\u00a0to regenerate another one.</p></div>');
    const ranges = anchorQuotes(doc.getElementById('a')!, [quote('q1', 'it will take years to regenerate'.replace('it', 'It'))]);
    expect(textOf(ranges.get('q1'))).toBe('It will take years to regenerate');
  });

  it('falls back to folded case, curly quotes and dashes', () => {
    const doc = pageFrom('<div id="a"><p>“It’s a problem — it shouldn’t have happened,” he said.</p></div>');
    const ranges = anchorQuotes(doc.getElementById('a')!, [quote('q1', "it's a problem - it shouldn't have happened")]);
    expect(textOf(ranges.get('q1'))).toBe('It’s a problem — it shouldn’t have happened');
  });

  it('finds text split by markup without a space between ("<b>Prime</b>Minister")', () => {
    const doc = pageFrom('<div id="a"><p>The <b>Prime</b>Minister\'s office said so.</p></div>');
    const ranges = anchorQuotes(doc.getElementById('a')!, [quote('q1', "Prime Minister's office")]);
    expect(textOf(ranges.get('q1'))).toBe("PrimeMinister's office");
  });

  it('prefers the occurrence whose prefix and suffix agree', () => {
    const doc = pageFrom(`<div id="a">
      <p id="one">Lieberman said: we will respond. Then he left.</p>
      <p id="two">Dermer said: we will respond. And he stayed.</p></div>`);
    const ranges = anchorQuotes(doc.getElementById('a')!, [
      quote('q1', 'we will respond', 'Dermer said: ', ' And he stayed'),
      quote('q2', 'we will respond', 'Lieberman said:', 'Then he left'),
      quote('q3', 'we will respond'),
    ]);
    expect(ranges.get('q1')!.startContainer.parentElement!.id).toBe('two');
    expect(ranges.get('q2')!.startContainer.parentElement!.id).toBe('one');
    expect(ranges.get('q3')!.startContainer.parentElement!.id).toBe('one'); // no context: the first
  });

  it('uses prefix and suffix across paragraph boundaries', () => {
    const doc = pageFrom('<div id="a"><p id="one">Intro.</p><p id="two">Yes.</p><p>Ron Dermer said:</p><p id="four">Yes.</p></div>');
    const ranges = anchorQuotes(doc.getElementById('a')!, [quote('q1', 'Yes.', 'Ron Dermer said:\n\n', '')]);
    expect(ranges.get('q1')!.startContainer.parentElement!.id).toBe('four');
  });

  it('returns nothing for text that is not on the page, and for empty quotes', () => {
    const doc = pageFrom('<div id="a"><p>Nothing to see here at all.</p></div>');
    const ranges = anchorQuotes(doc.getElementById('a')!, [quote('q1', 'a sentence that is absent'), quote('q2', '  ')]);
    expect(ranges.size).toBe(0);
  });

  it('skips script, style, hidden text, hidden ad blocks and our own sidebar', () => {
    const doc = pageFrom(`<div id="a">
      <script>var s = "secret words here";</script><style>.x{content:"secret words here"}</style>
      <p hidden>secret words here</p><div data-sourcelight-hide="label:AD">secret words here</div>
      <sourcelight-sidebar>secret words here</sourcelight-sidebar>
      <p style="display: none">secret words here</p></div>`);
    expect(anchorQuotes(doc.getElementById('a')!, [quote('q1', 'secret words here')]).size).toBe(0);
  });

  it('finds many quotes in one pass and leaves the DOM untouched', () => {
    const doc = pageFrom('<div id="a"><p>One said alpha beta gamma. Two said delta epsilon.</p></div>');
    const before = doc.body.innerHTML;
    const ranges = anchorQuotes(doc.getElementById('a')!, [quote('q1', 'alpha beta gamma'), quote('q2', 'delta epsilon')]);
    expect([textOf(ranges.get('q1')), textOf(ranges.get('q2'))]).toEqual(['alpha beta gamma', 'delta epsilon']);
    expect(doc.body.innerHTML).toBe(before);
  });
});
