/**
 * What the DOM fuzz tests found, pinned as plain examples (each shrunk counterexample rewritten by hand).
 */
import { describe, expect, it } from 'vitest';
import { HIDDEN_ATTRIBUTE } from '../../utils/dom/ads';
import { hideAroundArticle } from '../../utils/dom/cosmetic-hide';
import { pageFrom } from './helpers';

const PARAGRAPH = '<p>Israeli officials declined to confirm whether they were the source of the information, a spokesman said.</p>';

describe('the hide stage and the article text Readability returned', () => {
  it('never hides a short article line kept in an ad-named <div> outside the located container (fuzz-hide, seed 20261127)', () => {
    // Readability read "Jane Roe said it was over." as the article's, beside the <article> it located.
    const line = 'Jane Roe said it was over, and then she left.';
    const doc = pageFrom(`<article id="body">${PARAGRAPH}${PARAGRAPH}</article>
      <div id="story-body"><div class="ad" id="line">${line}</div><span>Advertisement</span></div>
      <div class="ad" id="real">Buy two mattresses for the price of one</div>`);
    const before = doc.documentElement.outerHTML;
    const blocks = [PARAGRAPH.replace(/<\/?p>/g, ''), line];
    const { undo } = hideAroundArticle(doc, doc.getElementById('body'), { mode: 'hide', clutter: true, articleBlocks: blocks });
    expect(doc.getElementById('line')!.closest(`[${HIDDEN_ATTRIBUTE}]`)).toBeNull();
    expect(doc.getElementById('real')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('selector:.ad');
    undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the hide stage and placeholder labels Readability kept', () => {
  it('still hides a labelled placeholder whose label Readability read as an article block (nytimes corpus page)', () => {
    const label = 'Continue reading the main story';
    const doc = pageFrom(`<article id="body">${PARAGRAPH}<div class="ad inline-ad" id="slot"><a href="#next">${label}</a></div>${PARAGRAPH}</article>`);
    const { undo } = hideAroundArticle(doc, doc.getElementById('body'), { mode: 'hide', clutter: false, articleBlocks: [PARAGRAPH.replace(/<\/?p>/g, ''), label] });
    expect(doc.getElementById('slot')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('selector:.ad');
    undo();
  });
});
