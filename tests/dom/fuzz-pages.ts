/**
 * Random news pages for the DOM fuzz tests (fast-check): an article of paragraphs with quotes in every
 * kind of quotation mark, wrapped in random markup, with random ad-like blocks in, around and between
 * its paragraphs (labelled placeholders, ad-named containers, ad-network frames), random class names and
 * ids drawn from the names real pages use for ads and for articles, and text with unicode, RTL marks and
 * zero-width characters. Each page is plain data first, serialised to HTML the parser then reads: the
 * shrunk counterexample fast-check prints is readable.
 *
 * Every text leaf carries its own serial word ("w17"), so two pieces of text never coincide by chance:
 * "a hidden block holds article text" then means the very same text, not a lookalike.
 */
import fc from 'fast-check';

/** The seed of every DOM fuzz run (FUZZ_SEED overrides it to replay or explore). */
export const SEED = Number(process.env.FUZZ_SEED ?? 20261127);
/**
 * Cases per property (FUZZ_RUNS overrides it). Each case parses a page in jsdom and runs Readability:
 * 300 keeps a file to seconds, and the DOM fuzz files together run well over 500 cases.
 */
export const RUNS = Number(process.env.FUZZ_RUNS ?? 300);

/** One node of a random page. */
export type PageNode =
  | { kind: 'element'; tag: string; classes: string[]; id: string | null; children: PageNode[] }
  | { kind: 'text'; text: string }
  | { kind: 'label'; text: string }
  | { kind: 'slot'; html: string };

/** A random page: metadata, what comes before, the article, what comes after. */
export interface RandomPage {
  ogArticle: boolean;
  title: string;
  before: PageNode[];
  article: { tag: string; classes: string[]; id: string | null; body: PageNode[] };
  after: PageNode[];
}

/** Class names and ids real pages give ads, and the ones they give articles and their furniture. */
export const NAMES = [
  'ad', 'ads', 'ad-banner', 'advert', 'advertisement', 'ad-slot', 'ad-container', 'adContainer', 'ad-wrapper', 'dfp-ad',
  'gpt-ad', 'sponsored', 'promoted', 'taboola', 'outbrain', 'trc_rbox', 'OUTBRAIN', 'adsbygoogle', 'banner', 'ad-free',
  'article', 'article-body', 'story', 'story-body', 'content', 'main', 'entry-content', 'post-body', 'rich-text', 'caption',
  'byline', 'header', 'shadow', 'share-bar', 'related', 'newsletter', 'modal', 'read-more', 'sidebar', 'comments',
];

const TAGS = ['div', 'div', 'section', 'article', 'aside', 'p', 'blockquote', 'figure', 'figcaption', 'ul', 'li', 'span', 'a', 'h2', 'b'];

/** Placeholder labels, as pages print them. */
const LABELS = ['ADVERTISEMENT', 'REMOVE AD', 'Advertisement', 'Story continues below advertisement', 'Sponsored', 'Ad', 'ADVERTISING', 'Advertisement · ✕'];

/** Empty slots and frames, written as pages write them. */
const SLOTS = [
  '<div id="div-gpt-ad-1437-1"></div>', '<ins class="adsbygoogle" data-ad-client="ca-pub-1"></ins>', '<div data-ad-slot="12"></div>',
  '<iframe src="https://tpc.googlesyndication.com/safeframe/1-0/container.html"></iframe>', '<iframe src="//ad.doubleclick.net/ddm/adi/N1"></iframe>',
  '<iframe src="https://www.youtube.com/embed/x"></iframe>', '<img src="data:," alt="">', '<div style="min-height:250px"></div>',
  '<amp-ad width="300" height="250"></amp-ad>', '<button>REMOVE AD</button>', '<div hidden>hidden text of the page</div>',
];

/** Words that make the engine and the matchers work: reporting verbs, names, every kind of quotation mark, odd characters. */
const WORDS = fc.constantFrom(
  'said', 'says', 'told', 'according to', 'added', 'the', 'minister', 'officials', 'Jane Roe', 'Dr. Ann Poe', 'Acme Corp', 'ad',
  'advertisement', 'story', '“', '”', '"', '‘', '’', "'", '«', '»', '„', '‹', '›', '—', '–', '-', ',', '.', ':', '?', '!', '&', '<', '>',
  '\u200f', '\u202e', '\u200b', '\u00ad', '\u00a0', '\ufeff', 'مرحبا', 'שלום', '東京', 'é', 'e\u0301', '🙂', '\n', '  ', '\t',
);
const word = fc.oneof({ weight: 4, arbitrary: WORDS }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 6 }) });
const words = (min: number, max: number) => fc.array(word, { minLength: min, maxLength: max }).map((ws) => ws.join(' '));

/** A sentence: plain, or a quote with its speaker, in any quotation marks. */
const sentence = fc.oneof(
  words(4, 14),
  fc.tuple(fc.constantFrom(['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ['„', '“'], ['', '']), words(4, 12), fc.constantFrom('Jane Roe', 'Dr. Ann Poe', 'a spokesman', 'officials', 'she'), fc.constantFrom('said', 'told reporters', 'added'))
    .map(([[open, close], quoted, who, verb]) => `${open}${quoted},${close} ${who} ${verb}.`),
  fc.tuple(fc.constantFrom('Jane Roe', 'The minister', 'Acme Corp'), words(4, 12)).map(([who, rest]) => `${who} said that ${rest}.`),
);

const names = fc.array(fc.constantFrom(...NAMES), { maxLength: 3 });
const maybeId = fc.option(fc.constantFrom(...NAMES), { nil: null, freq: 3 });
const label = fc.constantFrom(...LABELS).map((text): PageNode => ({ kind: 'label', text }));
const slot = fc.constantFrom(...SLOTS).map((html): PageNode => ({ kind: 'slot', html }));
const text = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((s): PageNode => ({ kind: 'text', text: s.join(' ') }));

/** Random markup: nested elements, text, labels and slots. */
const { node } = fc.letrec<{ node: PageNode; element: PageNode }>((tie) => ({
  node: fc.oneof({ depthSize: 'small', maxDepth: 4 }, text, label, slot, tie('element')),
  element: fc.record({
    kind: fc.constant('element' as const), tag: fc.constantFrom(...TAGS), classes: names, id: maybeId,
    children: fc.array(tie('node'), { maxLength: 3 }),
  }),
}));

/** A typical ad block: a labelled placeholder, an ad-named container or a bare slot. */
export const adBlock: fc.Arbitrary<PageNode> = fc.oneof(
  fc.tuple(fc.constantFrom('div', 'aside', 'section', 'div'), names, fc.array(fc.oneof(label, slot), { minLength: 1, maxLength: 3 }))
    .map(([tag, classes, children]): PageNode => ({ kind: 'element', tag, classes, id: null, children })),
  fc.tuple(fc.constantFrom('ad-banner', 'advert', 'ad-slot', 'sponsored', 'taboola', 'adContainer'), fc.array(fc.oneof(label, slot, text), { maxLength: 2 }))
    .map(([name, children]): PageNode => ({ kind: 'element', tag: 'div', classes: [name], id: null, children })),
  slot,
);

/** A paragraph of the article, sometimes with inline markup inside. */
const paragraph: fc.Arbitrary<PageNode> = fc.tuple(
  fc.constantFrom('p', 'p', 'p', 'blockquote', 'li', 'h2', 'div'), fc.array(sentence, { minLength: 2, maxLength: 5 }), fc.constantFrom(null, 'a', 'span', 'b', 'em'), names,
).map(([tag, sentences, inline, classes]) => {
  const children: PageNode[] = sentences.map((s) => ({ kind: 'text', text: s }));
  if (inline && children.length > 2) children.splice(1, 1, { kind: 'element', tag: inline, classes, id: null, children: [children[1]!] });
  return { kind: 'element', tag, classes: [], id: null, children };
});

/** A whole random page. */
export const randomPage: fc.Arbitrary<RandomPage> = fc.record({
  ogArticle: fc.boolean(),
  title: words(1, 6),
  before: fc.array(fc.oneof(node, adBlock), { maxLength: 3 }),
  article: fc.record({
    tag: fc.constantFrom('article', 'div', 'section', 'main'),
    classes: names,
    id: maybeId,
    body: fc.array(fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: adBlock }, { weight: 1, arbitrary: node }), { minLength: 4, maxLength: 12 }),
  }),
  after: fc.array(fc.oneof(node, adBlock), { maxLength: 3 }),
});

/** True for the text of a random page's prose: every text leaf carries a serial word, labels never do. */
export function isGeneratedProse(text: string): boolean {
  return /(?:^|\s)w\d+/.test(text);
}

/** Escapes text for HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Serialises nodes, giving every text leaf its serial word. */
export function nodesHtml(nodes: PageNode[], serial: { n: number }): string {
  return nodes.map((n) => nodeHtml(n, serial)).join('');
}

function nodeHtml(n: PageNode, serial: { n: number }): string {
  if (n.kind === 'text') return `${escapeHtml(n.text)} w${serial.n++}`;
  if (n.kind === 'label') return `<span>${escapeHtml(n.text)}</span>`;
  if (n.kind === 'slot') return n.html;
  const attrs = `${n.classes.length ? ` class="${n.classes.join(' ')}"` : ''}${n.id ? ` id="${n.id}"` : ''}${n.tag === 'a' ? ' href="/other"' : ''}`;
  return `<${n.tag}${attrs}>${nodesHtml(n.children, serial)}</${n.tag}>`;
}

/** The page as HTML: head markup and body markup. */
export function pageHtml(page: RandomPage): { head: string; body: string } {
  const serial = { n: 0 };
  const { article } = page;
  const attrs = `${article.classes.length ? ` class="${article.classes.join(' ')}"` : ''}${article.id ? ` id="${article.id}"` : ''}`;
  const body = `${nodesHtml(page.before, serial)}<${article.tag}${attrs}><h1>${escapeHtml(page.title)}</h1>${nodesHtml(article.body, serial)}</${article.tag}>${nodesHtml(page.after, serial)}`;
  const head = `<title>${escapeHtml(page.title)}</title>${page.ogArticle ? '<meta property="og:type" content="article">' : ''}`;
  return { head, body };
}
