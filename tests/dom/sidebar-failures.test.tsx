/**
 * The sidebar when a pipeline stage failed (PageResult.failed): one calm line saying what did not work,
 * the rest of the panel as usual; a failed analysis never reads as "no quoted sources".
 */
import { describe, expect, it } from 'vitest';
import { showSidebar, useRenderHost } from './sidebar-fixtures';

let host: HTMLElement;
useRenderHost((el) => (host = el));

const failedLine = () => Array.from(host.querySelectorAll('.sl-failed'), (p) => p.textContent);

describe('Sidebar: a stage that failed', () => {
  it('says nothing when every stage ran', () => {
    showSidebar(host, { failed: [] });
    expect(failedLine()).toEqual([]);
  });

  it('analysis failed: one line says so instead of an empty list, never "No quoted sources"', () => {
    showSidebar(host, { report: null, failed: ['analyze'] });
    expect(failedLine()).toEqual(['Sourcelight could not work out who is quoted in this article.']);
    expect(host.textContent).not.toContain('No quoted sources');
  });

  it('analysis failed without being named (no report on a ready page): the same line', () => {
    showSidebar(host, { report: null });
    expect(failedLine()).toEqual(['Sourcelight could not work out who is quoted in this article.']);
  });

  it.each([
    [['hide'], 'Sourcelight could not hide the ads on this page.'],
    [['highlight'], 'Sourcelight could not mark the quotes in the page.'],
    [['hide', 'highlight'], 'Sourcelight could not mark the quotes in the page.'],
  ])('%j failed: the sources are still listed, with one line below', (failed, line) => {
    showSidebar(host, { failed });
    expect(failedLine()).toEqual([line]);
    expect(host.querySelectorAll('[data-source-name]').length).toBeGreaterThan(0);
  });

  it('a skipped page shows only why it was skipped', () => {
    showSidebar(host, { state: 'skipped', reason: 'error', report: null, failed: ['detect'] });
    expect(failedLine()).toEqual([]);
    expect(host.querySelector('.sl-empty')!.textContent).toBe('Sourcelight could not read this page.');
  });
});
