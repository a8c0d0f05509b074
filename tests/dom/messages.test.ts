/** Message guards and the <html> page contract writer. */
import { describe, expect, it } from 'vitest';
import { isPageStatus, isReadArticle, isReadingReply, isToggleSidebar, PAGE_STATUS, READ_ARTICLE, READ_IN_OFFSCREEN, TOGGLE_SIDEBAR } from '../../utils/messages';
import { markPage } from '../../utils/dom/page-status';
import { pageFrom } from './helpers';

describe('messages', () => {
  it('names say their direction', () => {
    expect(TOGGLE_SIDEBAR).toMatch(/^background→content:/);
    expect(PAGE_STATUS).toMatch(/^content→background:/);
  });

  it('recognise only well-formed messages', () => {
    expect(isToggleSidebar({ type: TOGGLE_SIDEBAR })).toBe(true);
    expect(isToggleSidebar({ type: PAGE_STATUS })).toBe(false);
    expect(isToggleSidebar(null)).toBe(false);
    expect(isPageStatus({ type: PAGE_STATUS, state: 'ready', sources: 3 })).toBe(true);
    expect(isPageStatus({ type: PAGE_STATUS, state: 'done', sources: 3 })).toBe(false);
    expect(isPageStatus({ type: PAGE_STATUS, state: 'ready' })).toBe(false);
  });

  it('read requests are taken only on their own hop, with markup and an address or null', () => {
    expect(READ_ARTICLE).toMatch(/^content→background:/);
    expect(READ_IN_OFFSCREEN).toMatch(/^background→offscreen:/);
    expect(isReadArticle({ type: READ_ARTICLE, html: '<p>x</p>', url: null }, READ_ARTICLE)).toBe(true);
    expect(isReadArticle({ type: READ_ARTICLE, html: '<p>x</p>', url: 'https://example.com/a' }, READ_IN_OFFSCREEN)).toBe(false);
    expect(isReadArticle({ type: READ_IN_OFFSCREEN, html: '<p>x</p>', url: null }, READ_IN_OFFSCREEN)).toBe(true);
    expect(isReadArticle({ type: READ_ARTICLE, html: 42, url: null }, READ_ARTICLE)).toBe(false);
    expect(isReadArticle({ type: READ_ARTICLE, html: '', url: 7 }, READ_ARTICLE)).toBe(false);
    expect(isReadArticle(null, READ_ARTICLE)).toBe(false);
  });

  it('a reading reply is trusted only when shaped like one (the content script checks the background)', () => {
    const input = { url: null, title: 'T', byline: null, siteName: null, blocks: [{ kind: 'paragraph', text: 'A paragraph.' }] };
    expect(isReadingReply({ reading: null })).toBe(true);
    expect(isReadingReply({ reading: { input, anchors: [[3, 'A paragraph.']] } })).toBe(true);
    expect(isReadingReply({ reading: { input, anchors: [[1.5, 'A paragraph.']] } })).toBe(false);
    expect(isReadingReply({ reading: { input, anchors: [['3', 'A paragraph.']] } })).toBe(false);
    expect(isReadingReply({ reading: { input: { ...input, blocks: [{ kind: 'poem', text: 'x' }] }, anchors: [] } })).toBe(false);
    expect(isReadingReply({ error: 'no DOM' })).toBe(false);
    expect(isReadingReply(undefined)).toBe(false);
  });
});

describe('markPage', () => {
  it('writes the contract on <html> and undo restores the previous attributes', () => {
    const doc = pageFrom('<p>x</p>');
    doc.documentElement.setAttribute('data-sourcelight', 'stale');
    const before = doc.documentElement.outerHTML;
    const undo = markPage(doc, { state: 'ready', sources: 3, quotes: 7, hidden: 2, highlighted: 6 });
    const attr = (name: string) => doc.documentElement.getAttribute(name);
    expect([attr('data-sourcelight'), attr('data-sourcelight-sources'), attr('data-sourcelight-quotes')]).toEqual(['ready', '3', '7']);
    expect([attr('data-sourcelight-hidden'), attr('data-sourcelight-highlighted'), attr('data-sourcelight-reason')]).toEqual(['2', '6', null]);
    undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('says why a page was skipped', () => {
    const doc = pageFrom('<p>x</p>');
    markPage(doc, { state: 'skipped', reason: 'disabled', sources: 0, quotes: 0, hidden: 0, highlighted: 0 });
    expect(doc.documentElement.getAttribute('data-sourcelight')).toBe('skipped');
    expect(doc.documentElement.getAttribute('data-sourcelight-reason')).toBe('disabled');
  });
});
