/**
 * collectBlocks: reads an element's text as the engine's blocks (paragraphs, block quotes, captions,
 * headings, list items). Reads only; works on the live page, on a Readability clone, on jsdom and on
 * linkedom alike, so it uses nothing but `childNodes`, `nodeType`, `tagName` and `data`.
 */
import type { ArticleBlock, BlockKind } from '../types';

/** Elements whose start and end break the text into separate blocks. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TFOOT', 'TH', 'THEAD', 'TR', 'UL', 'CAPTION',
  'BR',
]);

/** Elements whose text is never article prose. */
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'BUTTON', 'SELECT', 'TEXTAREA',
  'IFRAME', 'OBJECT', 'CANVAS', 'VIDEO', 'AUDIO', 'MATH']);

/** The block kind an element gives the text inside it, or null when it passes its parent's kind on. */
function kindOf(tag: string, className: string): BlockKind | null {
  if (tag === 'BLOCKQUOTE' || /\b(twitter-tweet|instagram-media|tiktok-embed|pullquote|blockquote)\b/i.test(className)) return 'blockquote';
  if (tag === 'FIGCAPTION' || tag === 'CAPTION' || tag === 'CITE') return 'caption';
  if (/^H[1-6]$/.test(tag)) return 'heading';
  if (tag === 'LI' || tag === 'DT' || tag === 'DD') return 'list-item';
  return null;
}

/** Collapses runs of whitespace (including non-breaking spaces) to one space and trims. */
export function normaliseSpace(text: string): string {
  return text.replace(/[\s\u00a0\u200b\ufeff]+/g, ' ').trim();
}

/**
 * Splits an element's text into blocks in reading order. A block quote's own paragraphs stay
 * `blockquote`; a caption inside a block quote (`<cite>`, `<figcaption>`) is a `caption`.
 */
export function collectBlocks(root: Node): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  let buffer = '';
  let bufferKind: BlockKind = 'paragraph';

  const flush = () => {
    const text = normaliseSpace(buffer);
    if (text) blocks.push({ kind: bufferKind, text });
    buffer = '';
  };

  const walk = (node: Node, kind: BlockKind, depth: number) => {
    if (depth > 400) return; // absurdly deep markup: stop rather than overflow the stack
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (!buffer.trim()) bufferKind = kind;
        buffer += (child as Text).data;
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden')) continue;
      // <cite> is a caption only as a block quote's attribution; in running text it names a work.
      const own = tag === 'CITE' && kind !== 'blockquote' ? null : kindOf(tag, el.getAttribute('class') ?? '');
      // A caption inside a block quote stays a caption; anything else inside one stays quoted.
      const inner = own === 'caption' ? 'caption' : kind === 'blockquote' ? 'blockquote' : own ?? kind;
      const isBlock = BLOCK_TAGS.has(tag) || own === 'caption' || own === 'blockquote';
      if (isBlock) flush();
      walk(el, inner, depth + 1);
      if (isBlock) flush();
    }
  };

  walk(root, 'paragraph', 0);
  flush();
  return blocks;
}
