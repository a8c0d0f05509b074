/**
 * Page clutter for the "reading" level (settings.clutter, off by default): newsletter and membership
 * boxes, share bars and counters, text-to-speech widgets, "Read more" / related lists and overlays.
 * Found by what the page calls them (class, id, aria-label), as the seed page does:
 * `<section class="membership-box" aria-label="Membership">`, `<div class="share-bar">`,
 * `<div class="tts-widget" aria-label="Listen to this story">`, `<section class="read-more">`,
 * `<div class="modal" role="dialog">`. Always under the same ProseGuard as ads: a box that holds
 * article prose is never clutter. Reads only; hideBlocks writes.
 */
import type { AdBlock } from './ads';
import { ProseGuard, visibleText } from './ad-guard';
import { nameTokens, STATE_TOKENS } from './ad-rules';

/** A class/id token (or run of tokens) that names a kind of clutter. */
const CLUTTER_NAMES: ReadonlyArray<[kind: string, tokens: string[]]> = [
  ['newsletter', ['newsletter']], ['newsletter', ['subscribe']], ['newsletter', ['signup']],
  ['membership', ['membership']], ['membership', ['paywall']], ['membership', ['donate']], ['membership', ['member', 'cta']],
  ['share', ['share']], ['share', ['sharing']], ['share', ['sharebar']], ['share', ['social', 'share']],
  ['text-to-speech', ['tts']], ['text-to-speech', ['text', 'to', 'speech']], ['text-to-speech', ['read', 'aloud']],
  ['read-more', ['read', 'more']], ['read-more', ['also', 'read']], ['read-more', ['related']],
  ['read-more', ['recommended']], ['read-more', ['more', 'stories']], ['read-more', ['trending']],
  ['overlay', ['modal']], ['overlay', ['overlay']], ['overlay', ['popup']], ['overlay', ['interstitial']],
];
/** Accessible names that say the same: `aria-label="Listen to this story"`, `aria-label="Share"`. */
const CLUTTER_LABELS: ReadonlyArray<[kind: string, label: RegExp]> = [
  ['share', /^share( this( story| article)?)?$/i], ['text-to-speech', /^listen to this (story|article)$/i],
  ['newsletter', /^newsletter$/i], ['membership', /^membership$/i], ['read-more', /^(read more|related (stories|articles))$/i],
];
/** A box holding more visible text than this is a page region, not a widget. */
const MAX_CLUTTER_TEXT = 1500;
/** Landmarks clutter never is nor contains. */
const LANDMARKS = 'h1, main, article, nav, [role="main"]';

/** The clutter kind a class name or id names ("share-bar" → share), or null. */
export function clutterKind(name: string): string | null {
  const tokens = nameTokens(name);
  if (!tokens.length || tokens.some((t) => STATE_TOKENS.has(t))) return null;
  for (const [kind, run] of CLUTTER_NAMES) {
    for (let i = 0; i + run.length <= tokens.length; i++) {
      if (run.every((t, j) => tokens[i + j] === t)) return kind;
    }
  }
  return null;
}

/** The clutter kind of an element, from its role, aria-label, id or classes. */
function kindOf(el: Element): string | null {
  if (el.getAttribute('role') === 'dialog' || el.getAttribute('aria-modal') === 'true') return 'overlay';
  const label = (el.getAttribute('aria-label') ?? '').trim();
  const labelled = label && CLUTTER_LABELS.find(([, pattern]) => pattern.test(label));
  if (labelled) return labelled[0];
  for (const name of [el.getAttribute('id') ?? '', ...(el.getAttribute('class') ?? '').split(/\s+/)]) {
    const kind = name && clutterKind(name);
    if (kind) return kind;
  }
  return null;
}

/** The clutter blocks of `doc` (outermost first wins), never holding article prose. Reads only. */
export function findClutterBlocks(doc: Document, articleContainer: Element | null, articleBlocks?: readonly string[] | null): AdBlock[] {
  if (!doc.body) return [];
  const guard = new ProseGuard(doc, articleContainer, undefined, articleBlocks);
  const blocks: AdBlock[] = [];
  for (const el of Array.from(doc.body.querySelectorAll('[class], [id], [role="dialog"], [aria-modal], [aria-label]'))) {
    if (blocks.some((b) => b.element.contains(el))) continue;
    const kind = kindOf(el);
    if (!kind || !guard.allows(el) || el.matches(LANDMARKS) || el.querySelector(LANDMARKS)) continue;
    if (visibleText(el).length > MAX_CLUTTER_TEXT) continue;
    blocks.push({ element: el, reason: `clutter:${kind}` });
  }
  return blocks;
}
