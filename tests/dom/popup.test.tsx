/**
 * The popup and the options page as components: what they say for each kind of page, what their
 * controls call back with, and no axe violations.
 */
import axe from 'axe-core';
import { render } from 'preact';
import { describe, expect, it, vi } from 'vitest';
import { OptionsApp, type OptionsAppProps } from '../../components/OptionsApp';
import { PopupApp, type PopupAppProps } from '../../components/PopupApp';
import type { PageSummary } from '../../utils/messages';
import type { Settings } from '../../utils/settings';
import { useRenderHost } from './sidebar-fixtures';

/** The defaults, as utils/settings has them (not imported: it needs the extension's storage). */
const SETTINGS: Settings = {
  disabledSites: [], autoOpen: true, hideAds: true, highlights: true, clutter: 'off', showHidden: false,
  refreshFilters: false, theme: 'system', sidebarWidth: 360, sourceOrder: 'appearance', toolbarClick: 'popup',
};

const READY: PageSummary = {
  state: 'ready', reason: null, site: 'thequint.com', siteEnabled: true, title: 'Trump Leaks Information',
  sources: 11, unnamed: 3, organisations: 2, quotes: 18, adsHidden: 5, sidebar: 'closed',
};

/** axe-core walks the whole tree in jsdom: seconds on a busy machine, more than vitest's default 5 s. */
const AXE_TIMEOUT_MS = 30_000;

let host: HTMLElement;
useRenderHost((el) => (host = el));

function popup(overrides: Partial<PopupAppProps> = {}): PopupAppProps {
  const props: PopupAppProps = {
    page: READY, settings: SETTINGS, copied: null, message: '', shortcut: 'Alt+Shift+S',
    onSidebar: vi.fn(), onSiteToggle: vi.fn(), onExport: vi.fn(), onSettingsChange: vi.fn(), onOpenOptions: vi.fn(),
    ...overrides,
  };
  render(<PopupApp {...props} />, host);
  return props;
}

const click = (selector: string) => (host.querySelector(selector) as HTMLElement).click();

describe('PopupApp', () => {
  it('shows the counts of an analysed page, opens the sidebar and copies', () => {
    const props = popup();
    expect(host.querySelector('[data-counts]')!.textContent).toBe('11 sources · 3 unnamed · 2 organisations · 18 quotes');
    expect(host.textContent).toContain('5 ads hidden');
    expect(host.textContent).toContain('Trump Leaks Information');
    expect(host.querySelector('[data-action="sidebar"]')!.textContent).toBe('Open the sidebar');
    click('[data-action="sidebar"]');
    expect(props.onSidebar).toHaveBeenCalledWith(true);
    click('[data-export="json"]');
    expect(props.onExport).toHaveBeenCalledWith('json');
    click('[data-export="markdown"]');
    expect(props.onExport).toHaveBeenCalledWith('markdown');
    expect(host.textContent).toContain('Alt+Shift+S opens and closes the sidebar.');
  });

  it('offers to close an open sidebar, and says what was copied', () => {
    const props = popup({ page: { ...READY, sidebar: 'open' }, copied: 'markdown', message: 'Copied the source list as Markdown.' });
    click('[data-action="sidebar"]');
    expect(props.onSidebar).toHaveBeenCalledWith(false);
    expect(host.querySelector('[data-export="markdown"]')!.textContent).toBe('Copied ✓');
    expect(host.textContent).toContain('Copied the source list as Markdown.');
  });

  it('switches the site and the quick settings, and opens all settings', () => {
    const props = popup();
    const switches = Array.from(host.querySelectorAll('[role="switch"]')) as HTMLElement[];
    expect(switches.map((s) => s.getAttribute('aria-label'))).toEqual(['Sourcelight on thequint.com', 'Highlights', 'Hide ads']);
    switches[0]!.click();
    expect(props.onSiteToggle).toHaveBeenCalledWith(false);
    switches[1]!.click();
    expect(props.onSettingsChange).toHaveBeenCalledWith({ highlights: false });
    switches[2]!.click();
    expect(props.onSettingsChange).toHaveBeenCalledWith({ hideAds: false });
    click('.sl-link');
    expect(props.onOpenOptions).toHaveBeenCalled();
  });

  it.each([
    ['loading', 'loading' as const, 'Looking at this page'],
    ['a page without the content script', 'unavailable' as const, 'does not run on this page'],
    ['a page switched off', { ...READY, state: 'skipped', reason: 'disabled', siteEnabled: false } as PageSummary, 'off for thequint.com'],
    ['a page that is not an article', { ...READY, state: 'skipped', reason: 'not-article' } as PageSummary, 'does not look like a news article'],
    ['a page still working', { ...READY, state: 'working' } as PageSummary, 'Reading the article'],
  ])('says what it can on %s, without counts or export', (_label, page, text) => {
    popup({ page });
    expect(host.textContent).toContain(text);
    expect(host.querySelector('[data-counts]')).toBeNull();
    expect(host.querySelector('[data-export]')).toBeNull();
  });

  it.each([['ready', READY], ['unavailable', 'unavailable' as const]])('has no axe violations (%s)', async (_label, page) => {
    popup({ page });
    const results = await axe.run(host, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }, AXE_TIMEOUT_MS);
});

function options(overrides: Partial<OptionsAppProps> = {}): OptionsAppProps {
  const props: OptionsAppProps = {
    settings: SETTINGS, widthLimits: { min: 280, max: 640, initial: 360 }, shortcut: 'Alt+Shift+S', saved: false, onChange: vi.fn(),
    ...overrides,
  };
  render(<OptionsApp {...props} />, host);
  return props;
}

describe('OptionsApp', () => {
  it('shows every setting as stored', () => {
    options({ settings: { ...SETTINGS, autoOpen: false, theme: 'dark', sourceOrder: 'voice', toolbarClick: 'sidebar', clutter: 'reading' } });
    const checked = (name: string) => (host.querySelector(`input[name="${name}"]:checked`)?.parentElement?.textContent ?? '').trim();
    expect(checked('autoOpen')).toBe('Only show the number of sources on the toolbar button');
    expect(checked('theme')).toBe('Dark');
    expect(checked('sourceOrder')).toBe('By share of voice (most quoted words first)');
    expect(checked('toolbarClick')).toBe('Opens and closes the sidebar in one click');
    expect(checked('clutter')).toBe('Hide it too (reading mode)');
    expect((host.querySelector('input[name="highlights"]') as HTMLInputElement).checked).toBe(true);
    expect((host.querySelector('#sl-width') as HTMLInputElement).value).toBe('360');
    expect(host.querySelector('.sl-root')!.getAttribute('data-theme')).toBe('dark');
    expect(host.textContent).toContain('Alt+Shift+S');
  });

  it('calls back with one field per change', () => {
    const props = options();
    (host.querySelector('input[name="theme"]:not(:checked)') as HTMLInputElement).click();
    expect(props.onChange).toHaveBeenLastCalledWith({ theme: 'light' });
    (host.querySelector('input[name="highlights"]') as HTMLInputElement).click();
    expect(props.onChange).toHaveBeenLastCalledWith({ highlights: false });
    (host.querySelector('input[name="autoOpen"]:not(:checked)') as HTMLInputElement).click();
    expect(props.onChange).toHaveBeenLastCalledWith({ autoOpen: false });
    const width = host.querySelector('#sl-width') as HTMLInputElement;
    width.value = '500';
    width.dispatchEvent(new Event('change', { bubbles: true }));
    expect(props.onChange).toHaveBeenLastCalledWith({ sidebarWidth: 500 });
    (Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Reset') as HTMLButtonElement).click();
    expect(props.onChange).toHaveBeenLastCalledWith({ sidebarWidth: 360 });
  });

  it('lists the sites switched off, each with a way back on', () => {
    const props = options({ settings: { ...SETTINGS, disabledSites: ['a.com', 'b.org'] }, saved: true });
    expect(Array.from(host.querySelectorAll('.sl-sites li span'), (s) => s.textContent)).toEqual(['a.com', 'b.org']);
    (host.querySelector('[aria-label="Switch Sourcelight back on for a.com"]') as HTMLElement).click();
    expect(props.onChange).toHaveBeenCalledWith({ disabledSites: ['b.org'] });
    expect(host.querySelector('[role="status"]')!.textContent).toBe('Saved');
  });

  it('has no axe violations', async () => {
    options({ settings: { ...SETTINGS, disabledSites: ['a.com'] } });
    const results = await axe.run(host, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }, AXE_TIMEOUT_MS);
});
