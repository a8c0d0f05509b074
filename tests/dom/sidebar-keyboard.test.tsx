/**
 * The sidebar by keyboard: ↑/↓ and j/k move between sources with a roving tabindex (Home/End to the
 * ends), Escape closes, a focus request puts focus on the current source, the resize handle answers
 * ←/→/Home/End; and the pure key maps behind them.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { keyWidth } from '../../components/ResizeHandle';
import { moveIndex } from '../../components/SourceList';
import type { SidebarProps } from '../../components/Sidebar';
import { showSidebar, useRenderHost } from './sidebar-fixtures';

let host: HTMLElement;
useRenderHost((el) => (host = el));

const show = (overrides: Partial<SidebarProps> = {}) => showSidebar(host, overrides);
const press = (target: Element, key: string) =>
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
const focusedSource = () => document.activeElement?.closest('[data-source-id]')?.getAttribute('data-source-id');
const button = (id: string) => host.querySelector(`[data-source-id="${id}"] .sl-source-button`) as HTMLButtonElement;

describe('moveIndex', () => {
  it.each([
    ['ArrowDown', 0, 3, 1], ['j', 1, 3, 2], ['j', 2, 3, 2], ['ArrowUp', 2, 3, 1], ['k', 0, 3, 0],
    ['Home', 2, 3, 0], ['End', 0, 3, 2], ['ArrowDown', -1, 3, 0], ['x', 0, 3, null], ['j', 0, 0, null],
  ])('%s from %i of %i → %s', (key, from, count, to) => {
    expect(moveIndex(key, from, count)).toBe(to);
  });
});

describe('keyWidth', () => {
  it.each([
    ['ArrowLeft', 360, 376], ['ArrowRight', 360, 344], ['Home', 360, 280], ['End', 360, 640],
    ['ArrowLeft', 636, 640], ['ArrowRight', 284, 280], ['a', 360, null],
  ])('%s at %i → %s', (key, width, next) => {
    expect(keyWidth(key, width, 280, 640)).toBe(next);
  });
});

describe('Sidebar keyboard', () => {
  it('keeps one source in the tab order: the selected one, else the first', () => {
    show();
    expect(Array.from(host.querySelectorAll('.sl-source-button'), (b) => b.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    show({ selectedSourceId: 's2' });
    expect(Array.from(host.querySelectorAll('.sl-source-button'), (b) => b.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
  });

  it('moves between sources with ↓/↑, j/k, Home and End, selecting each', () => {
    const props = show();
    button('s1').focus();
    press(button('s1'), 'ArrowDown');
    expect(focusedSource()).toBe('s2');
    expect(props.onSourceSelect).toHaveBeenLastCalledWith('s2');
    show({ ...props, selectedSourceId: 's2' });
    press(button('s2'), 'j');
    expect(focusedSource()).toBe('s3');
    show({ ...props, selectedSourceId: 's3' });
    press(button('s3'), 'k');
    expect(focusedSource()).toBe('s2');
    press(button('s2'), 'Home');
    expect(focusedSource()).toBe('s1');
    press(button('s1'), 'End');
    expect(focusedSource()).toBe('s3');
  });

  it('moves from inside a source’s quotes too, and leaves modified keys alone', () => {
    const props = show();
    const quoteButton = host.querySelector('[data-quote-id="q1"] button') as HTMLButtonElement;
    quoteButton.focus();
    act(() => {
      quoteButton.dispatchEvent(new KeyboardEvent('keydown', { key: 'j', ctrlKey: true, bubbles: true }));
    });
    expect(props.onSourceSelect).not.toHaveBeenCalled();
    press(quoteButton, 'j');
    expect(props.onSourceSelect).toHaveBeenCalledWith('s2');
  });

  it('closes on Escape from anywhere in the panel', () => {
    const props = show();
    press(host.querySelector('[data-quote-id="q2"] button')!, 'Escape');
    expect(props.onClose).toHaveBeenCalledTimes(1);
    press(host.querySelector('[role="switch"]')!, 'Escape');
    expect(props.onClose).toHaveBeenCalledTimes(2);
  });

  it('takes focus on request: the selected source, or the tab when collapsed', () => {
    const props = show({ selectedSourceId: 's3' });
    expect(focusedSource()).toBeUndefined();
    act(() => {
      render(null, host);
    });
    act(() => {
      showSidebar(host, { ...props, focusRequest: 1 });
    });
    expect(focusedSource()).toBe('s3');
    act(() => {
      showSidebar(host, { ...props, collapsed: true, focusRequest: 2 });
    });
    expect(document.activeElement?.classList.contains('sl-tab')).toBe(true);
  });

  it('resizes from the handle by keyboard, within the limits, and resets on double click', () => {
    const props = show({ width: 360 });
    const handle = host.querySelector('[role="separator"]')!;
    expect([handle.getAttribute('aria-valuenow'), handle.getAttribute('aria-valuemin'), handle.getAttribute('aria-valuemax')]).toEqual(['360', '280', '640']);
    expect(handle.getAttribute('tabindex')).toBe('0');
    press(handle, 'ArrowLeft');
    expect(props.onResize).toHaveBeenLastCalledWith(376, true);
    press(handle, 'ArrowLeft'); // before the new width comes back as a prop: the presses add up
    expect(props.onResize).toHaveBeenLastCalledWith(392, true);
    press(handle, 'End');
    expect(props.onResize).toHaveBeenLastCalledWith(640, true);
    act(() => {
      handle.dispatchEvent(new MouseEvent('dblclick', { bubbles: true }));
    });
    expect(props.onResize).toHaveBeenLastCalledWith(360, true);
  });
});
