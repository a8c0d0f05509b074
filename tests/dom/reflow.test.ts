/**
 * Making room for the sidebar: reservePageSpace (utils/dom/reflow.ts) adds one stylesheet and its undo
 * restores the page exactly; the layout choice between side by side and overlay (entrypoints/content/layout.ts).
 */
import { describe, expect, it } from 'vitest';
import { reflowRule, reservePageSpace } from '../../utils/dom/reflow';
import { chooseLayout, createPageSpace, MIN_PAGE_WIDTH, panelWidth } from '../../entrypoints/content/layout';
import { pageFrom } from './helpers';

describe('reservePageSpace', () => {
  it('narrows the page with one stylesheet, resizes it, and undo restores the page exactly', () => {
    const doc = pageFrom('<p>article</p>', '<title>t</title>');
    const before = doc.documentElement.outerHTML;
    const space = reservePageSpace(doc, 360);
    const sheets = doc.querySelectorAll('style[data-sourcelight-style="reflow"]');
    expect(sheets).toHaveLength(1);
    expect(sheets[0]!.textContent).toBe('html{margin-right:360px !important;}');
    space.resize(421.6);
    expect(sheets[0]!.textContent).toBe(reflowRule(422));
    expect(doc.querySelector('p')!.outerHTML).toBe('<p>article</p>');
    space.undo();
    space.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('keeps one reserved space in step: set, resize, give back', () => {
    const doc = pageFrom('<p>x</p>');
    const before = doc.documentElement.outerHTML;
    const space = createPageSpace(doc);
    space.set(360);
    space.set(400);
    expect(doc.querySelectorAll('style[data-sourcelight-style="reflow"]')).toHaveLength(1);
    expect(doc.querySelector('style[data-sourcelight-style="reflow"]')!.textContent).toContain('400px');
    space.set(null);
    expect(doc.documentElement.outerHTML).toBe(before);
    space.set(300);
    space.undo();
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('chooseLayout and panelWidth', () => {
  it('goes side by side only when the page keeps its minimum width', () => {
    expect(chooseLayout(1280, 360)).toBe('side');
    expect(chooseLayout(360 + MIN_PAGE_WIDTH, 360)).toBe('side');
    expect(chooseLayout(360 + MIN_PAGE_WIDTH - 1, 360)).toBe('overlay');
    expect(chooseLayout(400, 360)).toBe('overlay');
  });

  it('never draws the panel wider than the window allows', () => {
    expect(panelWidth(1280, 360)).toBe(360);
    expect(panelWidth(320, 360)).toBe(304);
  });
});
