/**
 * Settings never break the extension, whatever storage hands back (fast-check): any JSON-ish value —
 * random objects, wrong types, old shapes, huge strings, `__proto__` and `constructor` keys — repairs to
 * valid settings without throwing, keeps every field that was valid, pollutes no prototype, and repairs
 * to itself once repaired (what is saved reads back the same). loadSettings resolves to the defaults
 * when browser.storage throws or rejects. Seed fixed, printed on failure.
 */
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Settings } from '../../utils/settings';

// @wxt-dev/storage picks the extension API up when imported: install the fake first, then import.
(globalThis as { chrome?: unknown }).chrome = fakeBrowser;
let settings: typeof import('../../utils/settings');
beforeAll(async () => {
  settings = await import('../../utils/settings');
});
afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const options = { seed: SEED, numRuns: RUNS, verbose: 1 } as const;

/** The allowed values of each choice field. */
const CHOICES = {
  clutter: ['off', 'reading'], theme: ['system', 'light', 'dark'], sourceOrder: ['appearance', 'voice'], toolbarClick: ['popup', 'sidebar'],
} as const;
const FLAGS = ['autoOpen', 'hideAds', 'highlights', 'showHidden', 'refreshFilters'] as const;

/** True when `value` is valid settings: exactly the known fields, each of its type and within its limits. */
function isValid(value: Settings): boolean {
  const keys = Object.keys(value).sort();
  if (keys.join() !== Object.keys(settings.DEFAULT_SETTINGS).sort().join()) return false;
  if (Object.getPrototypeOf(value) !== Object.prototype) return false;
  for (const flag of FLAGS) if (typeof value[flag] !== 'boolean') return false;
  for (const [key, allowed] of Object.entries(CHOICES)) if (!(allowed as readonly string[]).includes(value[key as keyof typeof CHOICES])) return false;
  const { min, max } = settings.SIDEBAR_WIDTH;
  if (!Number.isInteger(value.sidebarWidth) || value.sidebarWidth < min || value.sidebarWidth > max) return false;
  return Array.isArray(value.disabledSites) && new Set(value.disabledSites).size === value.disabledSites.length
    && value.disabledSites.every((s) => typeof s === 'string' && s.length > 0 && s.length <= 253 && !/\s/.test(s) && s === settings.siteKey(s));
}

/** Hostnames as a reader's browser has them, messy ones included. */
const host = fc.oneof(
  fc.domain(),
  fc.domain().map((d) => `WWW.${d.toUpperCase()}.`),
  fc.constantFrom('www.www.example.com', 'example.com..', ' www.example.com ', 'www.', '.', 'a b.com', 'İstanbul.example', '例え.テスト', 'x'.repeat(300)),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
);

/** A value for any field: the right type, a wrong one, or a nasty one. */
const fieldValue = fc.oneof(
  fc.boolean(), fc.integer(), fc.double(), fc.string(), fc.constant(null), fc.constant(undefined),
  fc.constantFrom('off', 'reading', 'system', 'light', 'dark', 'appearance', 'voice', 'popup', 'sidebar', 'true', '360', 'x'.repeat(100_000)),
  fc.array(host, { maxLength: 8 }), fc.dictionary(fc.string(), fc.jsonValue(), { maxKeys: 3 }),
);
const KEYS = [...Object.keys({ disabledSites: 0, autoOpen: 0, hideAds: 0, highlights: 0, clutter: 0, showHidden: 0, refreshFilters: 0, theme: 0, sidebarWidth: 0, sourceOrder: 0, toolbarClick: 0 }),
  '__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'enabled', 'sites', 'version'];
/** A stored record: the known keys and others, each with any value. */
const storedRecord = fc.dictionary(fc.constantFrom(...KEYS), fieldValue, { maxKeys: 14 });
/** Anything storage could hand back, and things it could not (null-prototype objects, nested junk). */
const stored = fc.oneof(storedRecord, fc.anything({ withNullPrototype: true, withObjectString: true, withBoxedValues: true, withMap: true, withSet: true }), fc.jsonValue(),
  fc.string().map((s) => JSON.parse(`{"__proto__": {"hideAds": false, "polluted": true}, "constructor": {"prototype": {"polluted": true}}, "theme": ${JSON.stringify(s)}}`)));

describe('repairSettings on anything storage hands back', () => {
  it(`never throws and always returns valid settings (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(fc.property(stored, (value) => {
      const repaired = settings.repairSettings(value);
      expect(isValid(repaired)).toBe(true);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(settings.DEFAULT_SETTINGS.disabledSites).toEqual([]);
    }), options);
  });

  it(`keeps every valid field and repairs each invalid one to its default (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(fc.property(storedRecord, (record) => {
      const repaired = settings.repairSettings(record);
      const own = (key: string) => Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
      for (const flag of FLAGS) expect(repaired[flag]).toBe(typeof own(flag) === 'boolean' ? own(flag) : settings.DEFAULT_SETTINGS[flag]);
      for (const [key, allowed] of Object.entries(CHOICES)) {
        const value = own(key);
        expect(repaired[key as keyof typeof CHOICES]).toBe((allowed as readonly unknown[]).includes(value) ? value : settings.DEFAULT_SETTINGS[key as keyof typeof CHOICES]);
      }
      const width = own('sidebarWidth');
      const { min, max } = settings.SIDEBAR_WIDTH;
      if (Number.isInteger(width) && (width as number) >= min && (width as number) <= max) expect(repaired.sidebarWidth).toBe(width);
      const sites = own('disabledSites');
      if (Array.isArray(sites)) {
        for (const site of sites) {
          if (typeof site !== 'string') continue;
          const key = settings.siteKey(site);
          if (key && key.length <= 253 && !/\s/.test(key)) expect(repaired.disabledSites).toContain(key);
        }
      }
    }), options);
  });

  it(`repaired settings repair to themselves, so what is saved reads back the same (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(fc.property(stored, (value) => {
      const once = settings.repairSettings(value);
      expect(settings.repairSettings(JSON.parse(JSON.stringify(once)))).toEqual(once);
    }), options);
  });

  it(`a site switched off stays off after a save and a load, whatever its hostname (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(fc.property(host, (hostname) => {
      const off = settings.setSiteEnabled(settings.repairSettings(null), hostname, false);
      const reloaded = settings.repairSettings(JSON.parse(JSON.stringify(off)));
      const key = settings.siteKey(hostname);
      if (key && key.length <= 253 && !/\s/.test(key)) expect(settings.isSiteEnabled(reloaded, hostname)).toBe(false);
    }), options);
  });

  it('bounds huge values: 100,000 sites and a 10 MB string repair to at most 5,000 sites', () => {
    const sites = Array.from({ length: 100_000 }, (_, i) => `site${i}.example`);
    const repaired = settings.repairSettings({ disabledSites: [...sites, 'y'.repeat(10_000_000)], theme: 'z'.repeat(10_000_000), sidebarWidth: 1e308 });
    expect(repaired.disabledSites).toHaveLength(5000);
    expect(repaired.theme).toBe('system');
    expect(repaired.sidebarWidth).toBe(settings.SIDEBAR_WIDTH.max);
  });
});

describe('loadSettings when storage is unavailable', () => {
  it.each([
    ['rejects', () => vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(new Error('storage is broken'))],
    ['throws', () => vi.spyOn(fakeBrowser.storage.local, 'get').mockImplementation(() => { throw new Error('storage is gone'); })],
    ['is missing', () => vi.spyOn(fakeBrowser, 'storage', 'get').mockReturnValue(undefined as never)],
  ])('resolves to the defaults when browser.storage %s', async (_label, breakStorage) => {
    await fakeBrowser.storage.local.set({ settings: { hideAds: false } });
    expect((await settings.loadSettings()).hideAds).toBe(false); // storage works: the stored value
    breakStorage();
    await expect(settings.loadSettings()).resolves.toEqual(settings.DEFAULT_SETTINGS);
  });
});

describe('siteKey', () => {
  it.each([
    ['www.www.example.com', 'example.com'], ['example.com..', 'example.com'], ['WWW.Example.com.', 'example.com'], ['www.', 'www'], ['wwwx.com', 'wwwx.com'],
  ])('%s → %s, and the key is its own key', (hostname, key) => {
    expect(settings.siteKey(hostname)).toBe(key);
    expect(settings.siteKey(key)).toBe(key);
  });
});
