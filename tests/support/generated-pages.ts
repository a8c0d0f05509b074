/**
 * Pages too big to commit, made at test time: a 50,000-word article with ~100,000 elements, a
 * 5,000-deep nested page, an article whose speaker has a 10,000-character name; serveDir (server.ts)
 * mounts them beside the fixture files, so every page still comes from 127.0.0.1. Pure string builders;
 * no randomness, so a failure reproduces.
 */
/** Escapes text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
}

/** A minimal news-article page: og:type article, a headline, the paragraphs given (HTML). */
export function articlePage(title: string, paragraphsHtml: string[], extraHead = ''): string {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta property="og:type" content="article">${extraHead}</head>
<body><header><a href="#">The Test Gazette</a></header><main><article>
<h1>${escapeHtml(title)}</h1><p class="byline">By Sam Writer</p>
${paragraphsHtml.map((p) => `<p>${p}</p>`).join('\n')}
</article></main><footer>Copyright The Test Gazette</footer></body></html>`;
}

/** Plain narrative sentences (no quotes), cycled to build long text. */
const FILLER = [
  'The committee met again on Thursday to go through the budget line by line.',
  'Residents along the river have asked for better flood defences for years.',
  'Officials expect the work to take most of the coming year to finish.',
  'The town hall published the figures on its website late in the evening.',
  'Several local businesses closed early so that staff could attend the meeting.',
];

/** `count` filler sentences joined into one paragraph's text. */
function filler(count: number, offset = 0): string {
  return Array.from({ length: count }, (_, i) => FILLER[(i + offset) % FILLER.length]).join(' ');
}

/** Ordinary quoted paragraphs, so the generated articles have sources to find. */
const QUOTES = [
  '“We will keep the library open on Sundays for as long as people come through the doors,” said Helen Carter, the head librarian.',
  '“The numbers are better than we feared, but they are not yet good enough,” said Marcus Bell, the council treasurer.',
  '“Nobody told us the bridge would close for a whole month in the middle of the harvest,” said Ruth Adeyemi, a farmer.',
];

/**
 * A 10,000-character "name": the speaker of one quote is a single run of capitalised words that long.
 * The sidebar may or may not list it; the page must stay usable and the extension must finish.
 */
export function longNameArticle(length = 10_000): string {
  let name = '';
  for (let i = 0; name.length < length; i++) name += `${name ? ' ' : ''}Bartholomew${i % 10}`.replace(/\d/g, (d) => 'abcdefghij'[Number(d)]!);
  name = name.slice(0, length);
  return articlePage('A speaker with a very long name addressed the council', [
    filler(6),
    QUOTES[0]!,
    `“The plan is sound and the money is there, and we should get on with it,” said ${escapeHtml(name)}, a resident.`,
    filler(6, 2),
    `“I have never seen a meeting like it,” said ${escapeHtml(name.slice(0, 2_000))}.`,
    QUOTES[1]!,
    filler(5, 1),
  ]);
}

/**
 * A huge article: `words` words of body text in paragraphs, each paragraph wrapped in a few nested
 * spans and links so the page has about `elements` elements, with a quote every 40 paragraphs.
 */
export function hugeArticle(words = 50_000, elements = 100_000): string {
  const perParagraph = 12; // sentences
  const paragraphWords = filler(perParagraph).split(' ').length;
  const paragraphCount = Math.ceil(words / paragraphWords);
  // Elements per paragraph: the <p> plus the spans nested around its sentences.
  const wrappers = Math.max(0, Math.floor(elements / paragraphCount) - 1);
  const paragraphs = Array.from({ length: paragraphCount }, (_, p) => {
    const sentences = filler(perParagraph, p).split(/(?<=\.) /);
    const html = sentences.map((sentence, s) => {
      const depth = Math.floor(wrappers / sentences.length) + (s < wrappers % sentences.length ? 1 : 0);
      return `${'<span>'.repeat(depth)}${sentence}${'</span>'.repeat(depth)}`;
    }).join(' ');
    return p % 40 === 5 ? `${QUOTES[p % QUOTES.length]} ${html}` : html;
  });
  return articlePage('The long report on the valley’s flood defences, in full', paragraphs);
}

/**
 * An article moved, at parse time, to the bottom of `depth` nested <div>s built by script: the HTML
 * parser itself flattens nesting deeper than 512, so only script can build a DOM this deep.
 */
export function deepArticle(depth = 5_000): string {
  const body = [filler(5), QUOTES[0]!, filler(5, 1), QUOTES[1]!, filler(5, 3), QUOTES[2]!, filler(4, 2)]
    .map((p) => `<p>${p}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>A deeply nested article about the library</title>
<meta property="og:type" content="article"></head>
<body><article id="story"><h1>A deeply nested article about the library</h1>${body}</article>
<script>
(function () {
  var story = document.getElementById('story');
  var outer = document.createElement('div');
  var inner = outer;
  for (var i = 1; i < ${depth}; i++) { var next = document.createElement('div'); inner.appendChild(next); inner = next; }
  story.replaceWith(outer);
  inner.appendChild(story);
  var depth = 0;
  for (var el = story; el; el = el.parentElement) depth++;
  window.__slDepth = depth;
})();
</script></body></html>`;
}
