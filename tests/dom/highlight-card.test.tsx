/** The hover card (components/HighlightCard.tsx): who said it and on what authority, placed clear of the text. */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { CARD_WIDTH, cardPlacement, HighlightCard } from '../../components/HighlightCard';
import { bounds } from '../../entrypoints/content/card-view';
import { source, useRenderHost } from './sidebar-fixtures';

const VIEWPORT = { width: 1280, height: 800, reserved: 360 };

let host: HTMLElement;
useRenderHost((el) => (host = el));

describe('cardPlacement', () => {
  it('goes in the margin beside the quote when the page leaves room, inside the window', () => {
    expect(cardPlacement({ top: 300, left: 40, bottom: 420, right: 540 }, VIEWPORT)).toEqual({ left: 556, top: 300 });
    expect(cardPlacement({ top: 760, left: 40, bottom: 790, right: 540 }, VIEWPORT)).toEqual({ left: 556, top: 680 });
  });

  it('goes above the quote without room beside it, or below it near the top of the window', () => {
    const wide = { top: 300, left: 40, bottom: 420, right: 880 };
    expect(cardPlacement(wide, VIEWPORT)).toEqual({ left: 40, bottom: 508 });
    expect(cardPlacement({ ...wide, top: 20, bottom: 60 }, VIEWPORT)).toEqual({ left: 40, top: 68 });
    const right = cardPlacement({ top: 300, left: 850, bottom: 320, right: 900 }, VIEWPORT);
    expect(right.left + CARD_WIDTH).toBeLessThanOrEqual(VIEWPORT.width - VIEWPORT.reserved);
  });
});

describe('bounds', () => {
  it('boxes a quote’s line boxes, or gives null without any', () => {
    const r = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom }) as DOMRect;
    expect(bounds([r(100, 10, 500, 30), r(20, 30, 480, 50)])).toEqual({ left: 20, top: 10, right: 500, bottom: 50 });
    expect(bounds([])).toBeNull();
  });
});

describe('HighlightCard', () => {
  it('shows the name, the credential or its absence, the kind and which statement it is', () => {
    const oreg = source('s1', 'Aviv Oreg', 'person', { credentials: ['former head of the Al Qaeda desk'] });
    render(<HighlightCard source={oreg} colour="#f5c518" anchor={{ top: 300, left: 40, bottom: 420, right: 540 }} viewport={VIEWPORT} position={{ index: 2, count: 3 }} theme="dark" />, host);
    const card = host.querySelector('[role="tooltip"]') as HTMLElement;
    expect(card.getAttribute('data-card-source')).toBe('s1');
    expect(card.textContent).toBe('Aviv Oregformer head of the Al Qaeda deskPerson · expert · statement 2 of 3');
    expect([card.style.left, card.style.top]).toEqual(['556px', '300px']);
    expect(host.querySelector('.sl-root')!.getAttribute('data-theme')).toBe('dark');
    render(<HighlightCard source={source('s2', 'a spokesman', 'unnamed')} colour="#4fa3e0" anchor={{ top: 300, left: 40, bottom: 420, right: 540 }} viewport={VIEWPORT} position={null} theme="system" />, host);
    expect(host.querySelector('.sl-card-credential.sl-muted')!.textContent).toBe('role not stated in the article');
  });
});
