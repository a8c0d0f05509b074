/**
 * The shipped layout of EasyList (filters-list.ts `encodeFilters`, filters-table.ts, filters-index.ts):
 * what the early content script reads in parts must answer exactly what the whole compiled list says.
 * The table search, the rule codec and the label set are checked on generated data (fast-check); the
 * sharded hide exceptions against the compiled list's own regular expressions on every host they name.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compiledHead, compiledPack, HEAD_FILE, SNAPSHOT_FILE } from '../../utils/cli/filters-compile';
import { GENERIC_HEADER, genericTable, hostKeys, packIndex, pageAddress, shardsFor, type CompiledFilters } from '../../utils/dom/filters-index';
import { compileList, encodeFilters } from '../../utils/dom/filters-list';
import { decodeRule, encodeLabelSet, encodeRule, labelSetHas, RULE_SEPARATOR } from '../../utils/dom/filters-table';

const name = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'.#ab-_:Zé0\\'.split('')) });

describe('the class/id table', () => {
  it('finds every key it holds and none it does not', () => {
    fc.assert(fc.property(fc.uniqueArray(name, { maxLength: 60 }), fc.array(name, { maxLength: 20 }), (keys, others) => {
      const sorted = [...keys].sort();
      const table = genericTable([GENERIC_HEADER, ...sorted.map((k, i) => `${k}\trule-${i}${RULE_SEPARATOR}again-${i}`)].join('\n'));
      sorted.forEach((k, i) => expect(table.get(k)).toEqual([`rule-${i}`, `again-${i}`]));
      for (const k of others) if (!keys.includes(k)) expect(table.get(k)).toEqual([]);
    }));
  });

  it('refuses a table of another format', () => {
    expect(() => genericTable('.ad\t.ad')).toThrow(/not a compiled/);
  });
});

describe('rule lines', () => {
  it('round-trip selectors, texts and exclusions', () => {
    const rule = fc.record({ s: fc.string({ minLength: 1 }).filter((s) => !/[\n\t\u0000-\u0003]/.test(s)), text: fc.option(fc.string({ minLength: 1 }).filter((s) => !/[\n\t\u0000-\u0003]/.test(s)), { nil: undefined }),
      not: fc.option(fc.array(fc.domain(), { minLength: 1, maxLength: 3 }), { nil: undefined }) });
    fc.assert(fc.property(rule, (r) => {
      const expected = { s: r.s, ...(r.text === undefined ? {} : { text: r.text }), ...(r.not ? { not: r.not } : {}) };
      expect(decodeRule(encodeRule(r))).toEqual(expected);
    }));
  });
});

describe('the label set', () => {
  it('has every hash put in it', () => {
    fc.assert(fc.property(fc.array(fc.nat(), { maxLength: 200 }), (hashes) => {
      const set = encodeLabelSet(hashes);
      for (const h of hashes) expect(labelSetHas(set, h)).toBe(true);
    }));
  });
});

describe('the compiled snapshot in parts', () => {
  const { data } = compileList(readFileSync(SNAPSHOT_FILE, 'utf8'));
  const index = packIndex(compiledPack());

  const parses = (href: string) => {
    try {
      return new URL(href).hostname !== '';
    } catch {
      return false;
    }
  };

  /** The compiled list's own answer: every hide exception's regular expression (or domains) on the URL. */
  const wholeListHiding = (list: CompiledFilters, href: string) => {
    const page = pageAddress(href);
    let generic = true, specific = true;
    for (const e of list.hideExceptions) {
      const applies = e.url !== null ? new RegExp(e.url).test(page.url) : (e.domains ?? []).some((d) => page.hostname === d || page.hostname.endsWith(`.${d}`));
      if (applies) (generic &&= !e.generic, specific &&= !e.specific);
    }
    return { generic, specific };
  };

  it('turns hiding off exactly where the whole list does, on every host its hide exceptions name', () => {
    const hosts = new Set(['127.0.0.1', 'localhost', '192.168.1.20', 'www.example-news.com']);
    for (const e of data.hideExceptions) for (const h of [e.host, ...(e.domains ?? [])]) if (h) hosts.add(h.replace(/^www\./, ''));
    const urls = [...hosts].flatMap((h) => [`https://${h}/`, `https://www.${h}/search?q=x`, `http://sub.${h}:8080/feed/summary?publisherId=Taboola_samsung-carnival-us&key=Taboola&viewID=1`, `https://not${h}/`]).filter(parses);
    expect(urls.length).toBeGreaterThan(400);
    const differ = urls.filter((u) => JSON.stringify(index.hiding(pageAddress(u))) !== JSON.stringify(wholeListHiding(data, u)));
    expect(differ).toEqual([]);
    expect(index.hiding(pageAddress('http://127.0.0.1:9/a.html'))).toEqual({ generic: false, specific: true });
  });

  it('gives each site its rules and exceptions from its shard: the same as the whole list', () => {
    for (const key of Object.keys(data.sites).filter((_, i) => i % 7 === 0)) {
      const host = key.endsWith('.*') ? `www.${key.slice(0, -2)}.co.uk` : `www.${key}`;
      if (!parses(`https://${host}/`)) continue;
      const keys = hostKeys(host);
      const excepted = new Set(keys.flatMap((k) => data.unhide[k] ?? []));
      const expected = new Set(keys.flatMap((k) => data.sites[k] ?? []).map((i) => data.rules[i]!)
        .filter((r) => r.text === undefined && !excepted.has(r.s) && !r.not?.some((n) => keys.includes(n))).map((r) => r.s));
      const ours = new Set(index.hostRules(pageAddress(`https://${host}/`)).selectors);
      for (const s of expected) expect(ours, `${host}: ${s}`).toContain(s);
    }
  });

  it('reads one shard or none for most hosts', () => {
    const head = compiledPack().head;
    const hosts = Object.keys(data.sites).filter((k) => !k.endsWith('.*')).map((k) => `www.${k}`);
    const reads = hosts.map((h) => shardsFor(head, h).length);
    expect(reads.filter((n) => n <= 1).length / reads.length).toBeGreaterThan(0.8);
    expect(shardsFor(head, '127.0.0.1')).toEqual([]);
  });

  it('has its head committed as the early content script bundles it (`npx tsx utils/cli/filters-compile.ts` writes it)', () => {
    expect(readFileSync(HEAD_FILE, 'utf8')).toBe(compiledHead());
  });

  it('answers class and id rules from the table, and an encoded pack is what the build ships', () => {
    expect(index.domRules(pageAddress('https://news.example/a'), { classes: ['ad-slot'], ids: ['ad-slot'] }).selectors).toEqual(expect.arrayContaining(['.ad-slot', '#ad-slot']));
    expect(encodeFilters(data)).toEqual(compiledPack());
  });
});
