/**
 * Settings: the validator repairs bad stored values without losing valid fields; the per-site switch;
 * the storage item read through WXT's fake browser.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

// @wxt-dev/storage picks the extension API up when imported: install the fake first, then import.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let settings: typeof import('../../utils/settings');
beforeAll(async () => {
  settings = await import('../../utils/settings');
});

describe('repairSettings', () => {
  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'settings'],
    ['an array', [1, 2]],
    ['a number', 42],
  ])('turns %s into the defaults', (_label, value) => {
    expect(settings.repairSettings(value)).toEqual(settings.DEFAULT_SETTINGS);
  });

  it('keeps valid fields and repairs only the bad ones', () => {
    const repaired = settings.repairSettings({ disabledSites: 'example.com', autoOpen: false, hideAds: 'yes', highlights: null, clutter: 'reading', theme: 'neon', extra: 1 });
    expect(repaired).toEqual({ ...settings.DEFAULT_SETTINGS, disabledSites: [], autoOpen: false, clutter: 'reading' });
  });

  it('normalises, de-duplicates and filters the site list', () => {
    const repaired = settings.repairSettings({ disabledSites: ['WWW.Example.com', 'example.com', 3, '', 'bad host', 'news.site.org.', null] });
    expect(repaired.disabledSites).toEqual(['example.com', 'news.site.org']);
  });

  it('never returns the frozen defaults object itself', () => {
    const repaired = settings.repairSettings(null);
    repaired.disabledSites.push('x.com');
    expect(settings.DEFAULT_SETTINGS.disabledSites).toEqual([]);
  });
});

describe('repairSettings: the reading-view fields', () => {
  it.each([
    [400, 400], [412.6, 413], [100, 280], [5000, 640], [Number.NaN, 360], [Infinity, 360], ['500', 360], [null, 360], [undefined, 360],
  ])('sidebarWidth %s → %s', (value, width) => {
    expect(settings.repairSettings({ sidebarWidth: value }).sidebarWidth).toBe(width);
    expect(settings.clampSidebarWidth(value)).toBe(width);
  });

  it('keeps valid orders and toolbar clicks, repairs others to the defaults', () => {
    expect(settings.repairSettings({ sourceOrder: 'voice', toolbarClick: 'sidebar' })).toMatchObject({ sourceOrder: 'voice', toolbarClick: 'sidebar' });
    expect(settings.repairSettings({ sourceOrder: 'alphabetical', toolbarClick: true })).toMatchObject({ sourceOrder: 'appearance', toolbarClick: 'popup' });
    expect(settings.DEFAULT_SETTINGS).toMatchObject({ sidebarWidth: 360, sourceOrder: 'appearance', toolbarClick: 'popup', theme: 'system' });
  });
});

describe('per-site switch', () => {
  it('switches a site off and on, whatever the www. and case', () => {
    const off = settings.setSiteEnabled(settings.repairSettings(null), 'www.Example.com', false);
    expect(off.disabledSites).toEqual(['example.com']);
    expect(settings.isSiteEnabled(off, 'example.com')).toBe(false);
    expect(settings.isSiteEnabled(off, 'other.com')).toBe(true);
    const again = settings.setSiteEnabled(off, 'example.com', false);
    expect(again.disabledSites).toEqual(['example.com']);
    expect(settings.setSiteEnabled(off, 'EXAMPLE.com', true).disabledSites).toEqual([]);
    expect(off).not.toBe(again);
  });
});

describe('settings storage item', () => {
  it('reads the defaults from empty storage, repairs a corrupt value, and saves repaired values', async () => {
    fakeBrowser.reset();
    expect(await settings.loadSettings()).toEqual(settings.DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['A.com', 7], autoOpen: 'no', hideAds: false } });
    expect(await settings.loadSettings()).toEqual({ ...settings.DEFAULT_SETTINGS, disabledSites: ['a.com'], hideAds: false });
    await settings.saveSettings({ ...settings.DEFAULT_SETTINGS, disabledSites: ['www.b.com'], autoOpen: false, highlights: false });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ ...settings.DEFAULT_SETTINGS, disabledSites: ['b.com'], autoOpen: false, highlights: false });
  });

  it('stores a width clamped to the limits, and tells watchers in repaired form', async () => {
    fakeBrowser.reset();
    const seen: number[] = [];
    const unwatch = settings.watchSettings((next) => seen.push(next.sidebarWidth));
    await settings.saveSettings({ ...settings.DEFAULT_SETTINGS, sidebarWidth: 9999 });
    expect((await settings.loadSettings()).sidebarWidth).toBe(640);
    await fakeBrowser.storage.local.set({ settings: { sidebarWidth: 'wide' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    unwatch();
    expect(seen).toEqual([640, 360]);
  });
});
