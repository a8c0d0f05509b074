/**
 * findAdBlocks / hideBlocks: the labelled placeholders of a seed-shaped page, the common ad containers,
 * the names that must never match, and on every corpus page (jsdom and linkedom) never a block that
 * holds article text.
 */
import { describe, expect, it } from 'vitest';
import { findAdBlocks, hideBlocks, HIDDEN_ATTRIBUTE } from '../../utils/dom/ads';
import { visibleText } from '../../utils/dom/ad-guard';
import { locateContainer, readArticle } from '../../utils/dom/article';
import { collapse, corpusHtml, corpusSlugs, expectedParagraphs, pageFrom, parseWithJsdom, parseWithLinkedom } from './helpers';

const PARAGRAPH = (n: number) =>
  `<p id="p${n}">Paragraph ${n} of the story: Israeli officials declined to confirm whether they were the source of the information, a spokesman said on Tuesday.</p>`;

/** A page shaped like the seed: "ADVERTISEMENT" label + "REMOVE AD" button + empty slot, between paragraphs. */
const SEED_SHAPED = `
  <div class="top-box"><span>ADVERTISEMENT</span><button>REMOVE AD</button><div class="slot-a"></div></div>
  <article><div id="body">
    ${PARAGRAPH(1)}
    <div class="x1"><span class="lbl">ADVERTISEMENT</span><a href="#">REMOVE AD</a><div class="slot-b"></div></div>
    ${PARAGRAPH(2)}
    <div class="x2">ADVERTISEMENTREMOVE AD<div></div></div>
    ${PARAGRAPH(3)}
    <div class="x3"><p>Story continues below advertisement</p><div class="empty"></div></div>
    ${PARAGRAPH(4)}
    <aside class="x4"><div><span>Advertisement</span><button>Remove ad</button></div><div style="min-height:250px"></div></aside>
    ${PARAGRAPH(5)}
  </div></article>`;

describe('findAdBlocks on a seed-shaped page', () => {
  it('hides each labelled placeholder as a whole container, not only its label', () => {
    const doc = pageFrom(SEED_SHAPED);
    const blocks = findAdBlocks(doc, doc.getElementById('body'));
    const classes = blocks.map((b) => b.element.getAttribute('class'));
    expect(classes).toEqual(['top-box', 'x1', 'x2', 'x3', 'x4']);
    expect(blocks.every((b) => b.reason.startsWith('label:'))).toBe(true);
    expect(blocks[1]!.reason).toBe('label:ADVERTISEMENT');
  });

  it('never returns a paragraph, the container or one of its ancestors', () => {
    const doc = pageFrom(SEED_SHAPED);
    const container = doc.getElementById('body')!;
    for (const { element } of findAdBlocks(doc, container)) {
      expect(element.contains(container)).toBe(false);
      expect(element.querySelector('p[id]')).toBeNull();
    }
  });

  it('keeps a disclosure label ("Sponsored") that announces real content', () => {
    const doc = pageFrom(`<div id="body">${PARAGRAPH(1)}<div class="promo"><span>Sponsored</span><h3>Ten ways to save on energy bills this winter season</h3></div></div>`);
    expect(findAdBlocks(doc, doc.getElementById('body'))).toEqual([]);
  });

  it('hides a lone "Advertisement" label and an empty "Sponsored" slot', () => {
    const doc = pageFrom(`<div id="body">${PARAGRAPH(1)}<p class="lone">Advertisement</p>${PARAGRAPH(2)}<div class="sp"><span>Sponsored</span><div></div></div></div>`);
    const classes = findAdBlocks(doc, doc.getElementById('body')).map((b) => b.element.getAttribute('class'));
    expect(classes).toEqual(['lone', 'sp']);
  });
});

describe('findAdBlocks on common ad containers', () => {
  it.each([
    ['<div id="div-gpt-ad-1437-1"></div>', 'selector:[id^="div-gpt-ad"]'],
    ['<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>', 'selector:ins.adsbygoogle'],
    ['<div data-ad-slot="123"></div>', 'selector:[data-ad-slot]'],
    ['<div data-google-query-id="CK"></div>', 'selector:[data-google-query-id]'],
    ['<div class="wrap ad-slot"></div>', 'selector:.ad-slot'],
    ['<div class="ad-container mobile"></div>', 'selector:.ad-container'],
    ['<div class="advert"></div>', 'selector:.advert'],
    ['<div class="dfp-ad"></div>', 'selector:.dfp-ad'],
    ['<div class="gpt-ad"></div>', 'selector:.gpt-ad'],
    ['<div id="adContainer"></div>', 'selector:#adContainer'],
    ['<iframe src="https://tpc.googlesyndication.com/safeframe/1-0-40/html/container.html"></iframe>', 'frame:googlesyndication.com'],
    ['<iframe src="https://ad.doubleclick.net/ddm/adi/N1"></iframe>', 'frame:doubleclick.net'],
    ['<iframe src="//aax.amazon-adsystem.com/e/dtb"></iframe>', 'frame:amazon-adsystem.com'],
  ])('finds %s', (markup, reason) => {
    const doc = pageFrom(`<div id="body">${PARAGRAPH(1)}</div><section class="rail">${markup}</section>`);
    const blocks = findAdBlocks(doc, doc.getElementById('body'));
    expect(blocks.map((b) => b.reason)).toEqual([reason]);
  });

  it.each(['header', 'shadow', 'download', 'load', 'read-more', 'add-to-cart', 'loadMore', 'badge', 'heading', 'adjacent', 'admin'])(
    'never matches the class or id "%s"',
    (name) => {
      const doc = pageFrom(`<div id="body">${PARAGRAPH(1)}</div><div class="${name}"></div><div id="${name}"></div>`);
      expect(findAdBlocks(doc, doc.getElementById('body'))).toEqual([]);
    },
  );

  it('ignores page-state classes such as <body class="ads-enabled"> and <div class="no-ads">', () => {
    const doc = pageFrom(`<div class="no-ads"><div id="body">${PARAGRAPH(1)}</div></div><div class="has-ad ad-free"></div>`);
    doc.body.className = 'ads-enabled';
    expect(findAdBlocks(doc, doc.getElementById('body'))).toEqual([]);
  });

  it('never hides an ad-named element that holds article text, contains the container or sits in a paragraph', () => {
    const doc = pageFrom(`
      <div class="ad-wrapper"><div id="body">${PARAGRAPH(1)}</div></div>
      <div class="advert">${PARAGRAPH(2)}</div>
      <p>Article text around <span class="ad">an inline span named ad</span> stays whole, every word of it.</p>`);
    expect(findAdBlocks(doc, doc.getElementById('body'))).toEqual([]);
  });
});

describe('hideBlocks', () => {
  it('marks the blocks, injects one stylesheet, and undo restores the page exactly', () => {
    const doc = pageFrom(SEED_SHAPED);
    doc.documentElement.setAttribute('data-sourcelight-hidden', '5'); // the page contract's count on <html>
    const before = doc.documentElement.outerHTML;
    const blocks = findAdBlocks(doc, doc.getElementById('body'));
    const undo = hideBlocks(blocks);
    expect(doc.querySelectorAll(`body [${HIDDEN_ATTRIBUTE}]`)).toHaveLength(blocks.length);
    expect(doc.querySelectorAll('style[data-sourcelight-style]')).toHaveLength(1);
    expect(blocks[0]!.element.getAttribute(HIDDEN_ATTRIBUTE)).toBe(blocks[0]!.reason);
    expect(getComputedStyle(blocks[0]!.element).display).toBe('none');
    expect(getComputedStyle(doc.getElementById('p1')!).display).not.toBe('none');
    expect(getComputedStyle(doc.documentElement).display).not.toBe('none');
    undo();
    expect(doc.documentElement.outerHTML).toBe(before);
    undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('leaves blocks already hidden by an earlier call to that call', () => {
    const doc = pageFrom(SEED_SHAPED);
    const blocks = findAdBlocks(doc, doc.getElementById('body'));
    const first = hideBlocks(blocks);
    const second = hideBlocks(blocks);
    second();
    expect(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}]`)).toHaveLength(blocks.length);
    first();
    expect(doc.querySelectorAll(`[${HIDDEN_ATTRIBUTE}], style[data-sourcelight-style]`)).toHaveLength(0);
  });

  it('does nothing for no blocks', () => {
    const doc = pageFrom(PARAGRAPH(1));
    const before = doc.documentElement.outerHTML;
    hideBlocks([])();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

/** The first block whose visible text holds the start or end of a gold article paragraph. */
function blockWithArticleText(blocks: Array<{ element: Element }>, paragraphs: string[]): string | null {
  for (const { element } of blocks) {
    const text = collapse(visibleText(element));
    const hit = paragraphs.find((p) => text.includes(p.slice(0, 40)) || text.includes(p.slice(-40)));
    if (hit) return `<${element.tagName.toLowerCase()} class="${element.getAttribute('class')}"> holds "${hit.slice(0, 60)}…"`;
  }
  return null;
}

/** jsdom parses a 300 KB page in seconds on a small machine; the budget is generous, never a speed check. */
const CORPUS_TIMEOUT_MS = 60_000;

describe.each(corpusSlugs())('corpus page %s', (slug) => {
  const paragraphs = expectedParagraphs(slug);

  it('jsdom: finds ad blocks, none holding article text (with and without the container)', () => {
    const doc = parseWithJsdom(corpusHtml(slug));
    const input = readArticle(doc);
    const container = input ? locateContainer(doc, input) : null;
    const blocks = findAdBlocks(doc, container);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blockWithArticleText(blocks, paragraphs)).toBeNull();
    expect(blockWithArticleText(findAdBlocks(doc, null), paragraphs)).toBeNull();
  }, CORPUS_TIMEOUT_MS);

  it('linkedom (the CLI): works without layout and agrees on safety', () => {
    const doc = parseWithLinkedom(corpusHtml(slug));
    const input = readArticle(doc);
    const blocks = findAdBlocks(doc, input ? locateContainer(doc, input) : null);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blockWithArticleText(blocks, paragraphs)).toBeNull();
  }, CORPUS_TIMEOUT_MS);
});
