/**
 * The text index (text-index.ts) and the case fold (anchor.ts) are written for speed: segments instead
 * of a map entry per character, native regular expressions instead of a loop over the characters, one
 * `toLowerCase` over the whole text. These tests hold them to their plain definitions,
 * written here character by character as the code once was: the same collapsed text, the same map back
 * to every text node and offset, the same fold, on random pages (whitespace of every kind, soft
 * hyphens, hidden and skipped elements, deep nesting), random unicode and the corpus pages.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../utils/dom/anchor';
import { buildTextIndex, locate, type TextIndex } from '../../utils/dom/text-index';
import { pageHtml, randomPage, RUNS, SEED } from './fuzz-pages';
import { corpusHtml, corpusSlugs, pageFrom, parseWithLinkedom } from './helpers';

/** 65,536 code units × 8 placements through both indexes: seconds in jsdom on a busy machine; generous, never a speed check. */
const UNICODE_TIMEOUT_MS = 60_000;

/** What the index says of every character: its node and offset. */
interface CharacterMap {
  text: string;
  nodes: Text[];
  nodeOf: number[];
  offsetOf: number[];
}

/** The definition of the index, one character at a time (the original implementation). */
function referenceIndex(root: Node): CharacterMap {
  const skipped = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|TEXTAREA|SELECT|OPTION|SVG|MATH|IFRAME|OBJECT|SOURCELIGHT-SIDEBAR)$/i;
  const blocks = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|TABLE|TD|TH|TR|UL)$/i;
  const hidden = (el: Element) => el.hasAttribute('hidden') || el.hasAttribute('data-sourcelight-hide') || /display\s*:\s*none/i.test(el.getAttribute('style') ?? '');
  const chars: string[] = [];
  const nodes: Text[] = [];
  const nodeOf: number[] = [];
  const offsetOf: number[] = [];
  const space = (node: number, offset: number) => {
    if (chars.length && chars[chars.length - 1] !== ' ') {
      chars.push(' ');
      nodeOf.push(node);
      offsetOf.push(offset);
    }
  };
  const walk = (node: Node, depth: number) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const data = (child as Text).data;
        const n = nodes.push(child as Text) - 1;
        for (let i = 0; i < data.length; i++) {
          const c = data[i]!;
          if (c === '\u00ad') continue;
          if (/[\s\u00a0\u200b\ufeff]/.test(c)) space(n, i);
          else {
            chars.push(c);
            nodeOf.push(n);
            offsetOf.push(i);
          }
        }
      } else if (child.nodeType === 1 && depth < 400) {
        const el = child as Element;
        if (skipped.test(el.tagName) || hidden(el)) continue;
        const block = blocks.test(el.tagName);
        if (block) space(-1, 0);
        walk(el, depth + 1);
        if (block) space(-1, 0);
      }
    }
  };
  walk(root, 0);
  return { text: chars.join(''), nodes, nodeOf, offsetOf };
}

/** The index's segments spelled out, character by character. */
function characterMap(index: TextIndex): CharacterMap {
  const located = Array.from({ length: index.text.length }, (_, i) => locate(index, i));
  return { text: index.text, nodes: index.nodes, nodeOf: located.map((l) => l.node), offsetOf: located.map((l) => l.offset) };
}

/** The definition of the fold, one character at a time (the original implementation). */
function referenceFold(text: string): string {
  let out = '';
  for (const c of text) {
    const lower = c.toLowerCase();
    const base = lower.length === c.length ? lower : c;
    out += base.replace(/[‘’‚‛′`]/g, "'").replace(/[“”„‟″«»]/g, '"').replace(/[‐‑‒–—―−]/g, '-');
  }
  return out;
}

function expectSameIndex(root: Node): void {
  const got = characterMap(buildTextIndex(root));
  const want = referenceIndex(root);
  expect(got.text).toBe(want.text);
  expect(got.nodes.length).toBe(want.nodes.length);
  got.nodes.forEach((node, i) => expect(node === want.nodes[i]).toBe(true));
  expect(got.nodeOf).toEqual(want.nodeOf);
  expect(got.offsetOf).toEqual(want.offsetOf);
}

/** Text that stresses collapsing: every kind of whitespace, soft hyphens, zero-width and astral characters. */
const trickyText = fc.array(
  fc.oneof(
    fc.constantFrom(' ', '  ', '\n', '\t', '\r\n', '\u00a0', '\u200b', '\ufeff', '\u2003', '\u3000', '\u202f', '\u00ad', '\u00ad\u00ad', '\u0085', '\u180e'),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
    fc.constantFrom('ΟΔΟΣ', 'İstanbul', '“Quote”', '—', '😀'),
  ),
  { maxLength: 12 },
).map((parts) => parts.join(''));

/** Markup around tricky text: blocks, inline elements, skipped and hidden ones. */
const trickyHtml: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    trickyText.map((t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;')),
    fc.tuple(
      fc.constantFrom('p', 'div', 'span', 'b', 'li', 'br', 'h2', 'script', 'style', 'sourcelight-sidebar', 'SECTION', 'svg', 'em'),
      fc.constantFrom('', ' hidden', ' style="display : none"', ' style="color: red"', ' data-sourcelight-hide="x"'),
      fc.array(tie('node'), { maxLength: 4 }),
    ).map(([tag, attrs, children]) => `<${tag}${attrs}>${children.join('')}</${tag}>`),
  ),
})).node;

describe('buildTextIndex', () => {
  it(`matches its character-by-character definition on random pages (${RUNS} cases, seed ${SEED})`, () => {
    fc.assert(
      fc.property(randomPage, (page) => {
        const { head, body } = pageHtml(page);
        expectSameIndex(pageFrom(body, head).body);
      }),
      { seed: SEED, numRuns: RUNS },
    );
  }, 120_000);

  it(`matches it on random markup full of odd whitespace, soft hyphens and hidden parts (${RUNS} cases)`, () => {
    fc.assert(
      fc.property(fc.array(trickyHtml, { maxLength: 5 }), (parts) => expectSameIndex(pageFrom(parts.join('')).body)),
      { seed: SEED, numRuns: RUNS },
    );
  });

  it.each(corpusSlugs())('matches it on corpus page %s', (slug) => {
    expectSameIndex(parseWithLinkedom(corpusHtml(slug)).body);
  });

  it('collapses and maps a known snippet', () => {
    const doc = pageFrom('<p>  a\u00ad b\n\n</p><p>c</p>');
    const index = characterMap(buildTextIndex(doc.body));
    expect(index.text).toBe('a b c ');
    // the space after "b" is the text's own line break (node 0, offset 6): the block's end adds none
    expect(index.nodeOf).toEqual([0, 0, 0, 0, 1, -1]);
    expect(index.offsetOf).toEqual([2, 4, 5, 6, 0, 0]);
  });

  it('treats every UTF-16 code unit as its definition does, alone, doubled and beside a space or soft hyphen', () => {
    const units = Array.from({ length: 0x10000 }, (_, c) => String.fromCharCode(c));
    const doc = pageFrom('<p id="t"></p>');
    const p = doc.getElementById('t')!;
    p.textContent = units.map((c) => `a${c}b${c}${c}c ${c}d\u00ad${c}e${c} `).join('');
    expectSameIndex(doc.body);
  }, UNICODE_TIMEOUT_MS);

  it('stops at the depth limit', () => {
    const doc = pageFrom(`${'<span>'.repeat(450)}deep${'</span>'.repeat(450)}<p>shallow</p>`);
    expect(buildTextIndex(doc.body).text).toBe('shallow ');
  });
});

describe('fold', () => {
  it(`matches its character-by-character definition on random unicode (${RUNS} cases)`, () => {
    const text = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 40 }),
      fc.array(fc.constantFrom('Σ', 'ΟΔΟΣ', 'σ', 'İ', 'I', 'ı', 'A', ' ', '’', '—', '«', '𐐀', '\ud800'), { maxLength: 10 }).map((p) => p.join('')),
    );
    fc.assert(fc.property(text, (t) => {
      expect(fold(t)).toBe(referenceFold(t));
    }), { seed: SEED, numRuns: RUNS });
  });

  it('keeps the length, and folds a lone or final Σ alike', () => {
    expect(fold('ΟΔΟΣ Σ İX “A” – ’')).toBe('οδοσ σ İx "a" - \'');
    expect(fold('İSTANBUL').length).toBe('İSTANBUL'.length);
  });
});
