/**
 * EasyList through @ghostery/adblocker: the compiled snapshot answers per site and per class/id, honours
 * the list's hide exceptions; the filter stylesheet writer and its undo; filtering a live document as it
 * grows; the article guard (article text kept, other prose hidden); clutter names; and, on every corpus
 * page, no block left hidden by the list holds article text.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { compiledPack } from '../../utils/cli/filters-compile';
import { HIDDEN_ATTRIBUTE } from '../../utils/dom/ads';
import { visibleText } from '../../utils/dom/ad-guard';
import { locateContainer, readArticle } from '../../utils/dom/article';
import { clutterKind, findClutterBlocks } from '../../utils/dom/cosmetic-clutter';
import { guardFilterHiding } from '../../utils/dom/cosmetic-guard';
import { FILTER_STYLE, FilterSheet, KEEP_ATTRIBUTE } from '../../utils/dom/cosmetic-sheet';
import { startFiltering } from '../../utils/dom/filters-apply';
import { referenceEngine, referenceSelectors, splitStylesheet } from '../../utils/dom/filters-engine';
import { FilterIndex, genericTable, hostKeys, packIndex, pageAddress } from '../../utils/dom/filters-index';
import { indexKey } from '../../utils/dom/filters-list';
import { SNAPSHOT_FILE } from '../../utils/cli/filters-compile';
import { collapse, CORPUS_DIR, corpusHtml, corpusSlugs, expectedParagraphs, pageFrom, parseWithJsdom } from './helpers';

const pack = compiledPack();
const index = packIndex(pack);
const reference = referenceEngine(readFileSync(SNAPSHOT_FILE, 'utf8'));
const NEWS = pageAddress('https://www.example-news.com/world/story');
const filterStyle = (doc: Document) => doc.querySelector(`style[data-sourcelight-style="${FILTER_STYLE}"]`)?.textContent ?? '';

describe('splitStylesheet', () => {
  it.each([
    ['.a,\n.b { display: none !important; }', ['.a', '.b'], ''],
    ['.a { display: none !important; }\n\n[id^="x, y"] { display: none !important; }', ['.a', '[id^="x, y"]'], ''],
    ['.a { height: 0 !important; }', [], '.a { height: 0 !important; }'],
    ['[sl-123] { display: none !important; }\n\n[sl-9] { color: red; }', ['[sl-123]'], ''],
    ['', [], ''],
  ])('splits %j', (css, selectors, styled) => {
    expect(splitStylesheet(css)).toEqual({ selectors, styled });
  });
});

describe('the compiled EasyList snapshot', () => {
  it('has generic rules indexed by class and id, and none for names that are not ads', () => {
    const rules = index.domRules(NEWS, { classes: ['ad-slot', 'story-body'], ids: ['ad-slot'] });
    expect(rules.selectors).toEqual(expect.arrayContaining(['.ad-slot', '#ad-slot']));
    expect(rules.selectors.some((s) => s.includes('story-body'))).toBe(false);
  });

  it('has site rules only for their site, entities included', () => {
    expect(index.hostRules(pageAddress('https://adlice.com/page')).selectors).toContain('.adsbygoogle');
    expect(index.hostRules(NEWS).selectors).not.toContain('.adsbygoogle');
    expect(index.hostRules(pageAddress('https://read.amazon.co.uk/x')).selectors).toContain('.kw-ads-ftue-container');
  });

  it('honours $generichide (no generic rules on 127.0.0.1) and site exceptions', () => {
    expect(index.domRules(pageAddress('http://127.0.0.1:8080/a.html'), { classes: ['ad-slot'], ids: [] }).selectors).toEqual([]);
    expect(index.hostRules(pageAddress('http://127.0.0.1:8080/a.html')).selectors.some((s) => s.includes('div-gpt-ad'))).toBe(false);
    expect(index.hostRules(NEWS).selectors.some((s) => s.includes('div-gpt-ad'))).toBe(true);
  });

  it.each([
    ['.ad-top > img', 'classes', 'ad-top'], ['#ad_1 .x', 'ids', 'ad_1'], ['div.a.b', 'classes', 'b'],
    ['.a:not(.b)', 'classes', 'a'], ['.lg\\:flex', 'classes', 'lg:flex'], ['[id^="div-gpt-ad"]', null, null], ['.a, .b', null, null],
  ])('indexes %s by %s %s', (selector, kind, name) => {
    expect(indexKey(selector)).toEqual(kind ? { kind, name } : null);
  });

  it('answers to hostnames, their parents and their entities', () => {
    expect(hostKeys('www.bbc.co.uk')).toEqual(expect.arrayContaining(['www.bbc.co.uk', 'bbc.co.uk', 'co.uk', 'bbc.*', 'www.bbc.*']));
  });
});

describe('FilterSheet', () => {
  it('writes one guarded rule per selector, once, and undo removes it', () => {
    const doc = pageFrom('<div class="ad-slot"></div><p>text</p>');
    const before = doc.documentElement.outerHTML;
    const sheet = new FilterSheet(doc);
    expect(sheet.add(['.ad-slot', '#x'])).toBe(2);
    expect(sheet.add(['.ad-slot'])).toBe(0);
    expect(filterStyle(doc)).toContain(`.ad-slot:not([${KEEP_ATTRIBUTE}]){display:none!important}`);
    expect(getComputedStyle(doc.querySelector('.ad-slot')!).display).toBe('none');
    doc.querySelector('.ad-slot')!.setAttribute(KEEP_ATTRIBUTE, 'article');
    expect(getComputedStyle(doc.querySelector('.ad-slot')!).display).not.toBe('none');
    doc.querySelector('.ad-slot')!.removeAttribute(KEEP_ATTRIBUTE);
    sheet.setMode('outline');
    expect(filterStyle(doc)).toContain('outline:2px dashed');
    expect(filterStyle(doc)).not.toContain('display:none');
    sheet.undo();
    sheet.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('startFiltering', () => {
  it('hides by the site rules and the DOM\'s classes, then what the page adds later; undo restores', async () => {
    const doc = pageFrom('<div class="ad-slot"></div><div id="body"><p>Paragraph.</p></div>');
    const before = doc.documentElement.outerHTML;
    const filtering = startFiltering(doc, index, NEWS);
    expect(filterStyle(doc)).toContain('.ad-slot:not(');
    expect(filterStyle(doc)).not.toContain('#ad-slot:not(');
    const late = doc.createElement('div');
    late.id = 'ad-slot';
    doc.body.appendChild(late);
    await Promise.resolve();
    filtering.flush();
    expect(filterStyle(doc)).toContain('#ad-slot:not(');
    late.remove();
    filtering.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('a list that arrives in parts', () => {
  it('gives a site its rules only once its shard is in', () => {
    const partial = new FilterIndex(pack.head);
    const adlice = pageAddress('https://adlice.com/page');
    const missing = partial.missingShards(adlice);
    expect(missing.length).toBe(1);
    expect(partial.hostRules(adlice).selectors).not.toContain('.adsbygoogle');
    partial.useShard(missing[0]!, pack.shards[missing[0]!]!);
    expect(partial.missingShards(adlice)).toEqual([]);
    expect(partial.hostRules(adlice).selectors).toContain('.adsbygoogle');
  });

  it('looks the names the page showed up once the class/id table arrives', () => {
    const partial = new FilterIndex(pack.head, pack.shards.entries());
    const doc = pageFrom('<div class="ad-slot"></div><div id="body"><p>Paragraph.</p></div>');
    const before = doc.documentElement.outerHTML;
    const filtering = startFiltering(doc, partial, NEWS);
    expect(filterStyle(doc)).not.toContain('.ad-slot:not(');
    partial.useGeneric(genericTable(pack.generic));
    filtering.lookUpWaiting();
    expect(filterStyle(doc)).toContain('.ad-slot:not(');
    filtering.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

const STORY = 'Israeli officials declined to confirm whether they were the source of the information, a spokesman said on Tuesday.';

describe('guardFilterHiding', () => {
  it('keeps an element holding article text visible and logs the rule; hides prose that is not the article\'s', () => {
    const doc = pageFrom(`
      <div class="ad-slot"><div id="body"><p>${STORY}</p></div></div>
      <div class="trc_rbox"><p>Ten celebrities who look nothing like they did in the nineties, number seven will shock you.</p></div>`);
    const before = doc.documentElement.outerHTML;
    const filtering = startFiltering(doc, index, NEWS);
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => {});
    const guard = guardFilterHiding(doc, doc.getElementById('body'), 'hide', [STORY]);
    expect(guard.kept.map((k) => k.rule)).toEqual(['.ad-slot']);
    expect(doc.querySelector('.ad-slot')!.getAttribute(KEEP_ATTRIBUTE)).toBe('article');
    expect(debug.mock.calls.some((c) => String(c[0]).includes('"' + '.ad-slot' + '" would hide article text'))).toBe(true);
    expect(guard.blocks.map((b) => b.reason)).toEqual(['filter:.trc_rbox']);
    expect(doc.querySelector('.trc_rbox')!.getAttribute(HIDDEN_ATTRIBUTE)).toBe('filter:.trc_rbox');
    guard.undo();
    debug.mockRestore();
    filtering.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('clutter (reading level)', () => {
  it.each([
    ['share-bar', 'share'], ['membership-box', 'membership'], ['tts-widget', 'text-to-speech'], ['read-more', 'read-more'],
    ['newsletterSignup', 'newsletter'], ['modal', 'overlay'], ['related-stories', 'read-more'],
    ['shadow', null], ['readability', null], ['story-body', null], ['has-share', null], ['remember', null],
  ])('"%s" is %s', (name, kind) => {
    expect(clutterKind(name)).toBe(kind);
  });

  it('finds the seed page\'s share bars, text-to-speech widget, membership box, read-more list and overlays, no article text', () => {
    const html = readFileSync(path.resolve(process.cwd(), 'tests/fixtures/seed.html'), 'utf8');
    const doc = parseWithJsdom(html);
    const input = readArticle(doc)!;
    const blocks = findClutterBlocks(doc, locateContainer(doc, input));
    const kinds = new Set(blocks.map((b) => b.reason));
    for (const kind of ['share', 'text-to-speech', 'membership', 'read-more', 'overlay']) expect(kinds).toContain(`clutter:${kind}`);
    const story = readFileSync(path.resolve(CORPUS_DIR, '../seed/expected.txt'), 'utf8').split(/\n+/).map(collapse).filter((p) => p.length > 40);
    for (const { element } of blocks) expect(story.some((p) => collapse(visibleText(element)).includes(p.slice(0, 40)))).toBe(false);
  });
});

/** jsdom parses a 300 KB page in seconds on a small machine; never a speed check. */
const CORPUS_TIMEOUT_MS = 60_000;

describe.each(corpusSlugs())('corpus page %s with EasyList', (slug) => {
  it('agrees with @ghostery/adblocker\'s own engine, and leaves no block hidden by the list that holds article text', () => {
    const doc = parseWithJsdom(corpusHtml(slug));
    const url = (JSON.parse(readFileSync(path.join(CORPUS_DIR, slug, 'meta.json'), 'utf8')) as { url: string }).url;
    const features = { classes: [...new Set(Array.from(doc.querySelectorAll('body [class]')).flatMap((el) => Array.from(el.classList)))],
      ids: [...new Set(Array.from(doc.querySelectorAll('body [id]'), (el) => el.id))], hrefs: [] as string[] };
    const ours = new Set([...index.hostRules(pageAddress(url)).selectors, ...index.domRules(pageAddress(url), features).selectors]);
    const theirs = referenceSelectors(reference, url, features).filter((s) => doc.querySelector(s));
    expect(theirs.filter((s) => !ours.has(s))).toEqual([]);
    const filtering = startFiltering(doc, index, pageAddress(url));
    const input = readArticle(doc);
    const container = input ? locateContainer(doc, input) : null;
    const guard = guardFilterHiding(doc, container, 'hide', input?.blocks.map((b) => b.text) ?? null);
    const paragraphs = expectedParagraphs(slug);
    const holding = guard.blocks
      .map(({ element, reason }) => ({ reason, text: collapse(visibleText(element)) }))
      .filter(({ text }) => paragraphs.some((p) => text.includes(p.slice(0, 40)) || text.includes(p.slice(-40))));
    expect(holding.map((h) => h.reason)).toEqual([]);
    guard.undo();
    filtering.undo();
  }, CORPUS_TIMEOUT_MS);
});
