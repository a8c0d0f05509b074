/**
 * The page pipeline, stage by stage: gate → detect (serialise the page) → read (Readability, in the
 * background) → detect (find the article's live container) → hide ads → analyze (in the background) →
 * anchor + highlight. Each stage is timed and caught on its own (timing.ts); the result names the ones that
 * failed. Returns what the sidebar needs plus one Undo for every change made to the page. Rendering the
 * sidebar and marking <html> are the controller's.
 */
import type { Report, Undo } from '../../utils/types';
import type { SkipReason } from '../../components/Sidebar';
import { isArticlePage, type DetectedArticle } from '../../utils/dom/article';
import { detectInPage, locateReading, snapshotPage } from '../../utils/dom/article-live';
import { hideAroundArticle } from '../../utils/dom/cosmetic-hide';
import { anchorQuotes } from '../../utils/dom/anchor';
import { highlightQuotes, type Highlighting } from '../../utils/dom/highlight';
import { colourFor } from '../../utils/dom/palette';
import type { Settings } from '../../utils/settings';
import type { BackgroundWork } from './background-analysis';
import { note, pause, runStage, runStageAsync, safely, type StageName } from './timing';

/** What one run of the pipeline produced. */
export interface PageResult {
  state: 'ready' | 'skipped';
  reason?: SkipReason;
  report: Report | null;
  adsHidden: number;
  /** Ids of the quotes found and highlighted in the page. */
  anchored: Set<string>;
  /** Colour of each source id. */
  colours: Map<string, string>;
  /** The highlights, for flashing and scrolling; null when there were no quotes or highlighting failed. */
  highlighting: Highlighting | null;
  /** Undoes every change this run made to the page (ads shown again, highlights removed). Idempotent. */
  undo: Undo;
  /** The stages that threw (caught, the others ran): the sidebar says so in one line. Absent or empty: none. */
  failed?: StageName[];
}

/** A result for a page left alone. */
export function skippedResult(reason: SkipReason): PageResult {
  return { state: 'skipped', reason, report: null, adsHidden: 0, anchored: new Set(), colours: new Map(), highlighting: null, undo: () => {} };
}

/**
 * Runs the pipeline on `doc`. `alive` is asked between stages: when it turns false (the reader switched
 * the site off, the extension was reloaded) the run undoes what it did and resolves to null. `work`
 * reads and analyses: in the background in the extension (background-analysis.ts), in-process in tests.
 */
export async function runPipeline(doc: Document, settings: Settings, alive: () => boolean, work: BackgroundWork): Promise<PageResult | null> {
  const undos: Undo[] = [];
  const failed: StageName[] = [];
  const undo = () => undos.splice(0).reverse().forEach((u) => safely('undo', u));
  const stillAlive = async () => {
    await pause();
    if (alive()) return true;
    undo();
    return false;
  };

  if (!runStage('gate', () => isArticlePage(doc), false, failed) || !(await stillAlive())) return skippedResult(failed.length ? 'error' : 'not-article');
  const detected = await detect(doc, work, failed);
  if (!detected) return skippedResult(failed.length ? 'error' : 'not-article');
  // Off the main thread: the page runs freely while the background analyses, hiding included (the
  // measure is the wall time the page waited). Its failure is named after hide's, in pipeline order.
  const analyzeFailed: StageName[] = [];
  const analysis = runStageAsync('analyze', () => work.analyze(detected.input), null, analyzeFailed);
  if (!(await stillAlive())) return null;
  const adsHidden = settings.hideAds ? runStage('hide', () => hide(doc, detected, settings, undos), 0, failed) : 0;
  const report = await analysis;
  failed.push(...analyzeFailed);
  const colours = new Map((report?.sources ?? []).map((s, i) => [s.id, colourFor(i)] as const));
  if (!(await stillAlive())) return null;
  // Always painted, even with highlights switched off: the reading view shows or hides them (and hidden
  // ones still let the sidebar jump to a quote), so the switch needs no re-run.
  const highlighting = report?.quotes.length
    ? runStage('highlight', () => highlight(doc, detected, report, colours, undos), null, failed)
    : null;
  const anchored = new Set(highlighting?.quoteIds ?? []);
  return { state: 'ready', report, adsHidden, colours, highlighting, anchored, undo, failed };
}

/**
 * Finds the article: the page's markup is read in the background (off the page's main thread; the read
 * measure is the wall time the page waited), then its live container is found from what was read. When
 * the background cannot read (no answer, an error), Readability runs here as before, so the reader
 * loses nothing but time. Null on pages without an article.
 */
async function detect(doc: Document, work: BackgroundWork, failed: StageName[]): Promise<DetectedArticle | null> {
  const url = doc.location?.href ?? null;
  // Serialising and sending (the message's copy is made here, synchronously) are the page's work.
  const sent = runStage('detect', () => {
    const snapshot = snapshotPage(doc);
    return { snapshot, reading: work.read(snapshot.html, url) };
  }, null, failed);
  if (!sent) return null;
  const reading = await runStageAsync('read', () => sent.reading, undefined);
  if (reading === null) return null;
  await pause();
  if (reading === undefined) {
    note('read-in-page');
    return runStage('detect', () => detectInPage(doc, url), null, failed);
  }
  return runStage('detect', () => locateReading(doc, sent.snapshot, reading), null, failed);
}

/**
 * Hides ad blocks (and clutter in reading mode) around the article and keeps EasyList's hiding off the
 * article's text; returns how many blocks are hidden on the page.
 */
function hide(doc: Document, detected: DetectedArticle, settings: Settings, undos: Undo[]): number {
  const mode = settings.showHidden ? 'outline' : 'hide';
  const articleBlocks = detected.input.blocks.map((b) => b.text);
  const { hidden, undo } = hideAroundArticle(doc, detected.container, { mode, clutter: settings.clutter === 'reading', articleBlocks });
  undos.push(undo);
  return hidden;
}

/** Finds the quotes in the live page and colours them by source. */
function highlight(doc: Document, detected: DetectedArticle, report: Report, colours: Map<string, string>, undos: Undo[]): Highlighting {
  const h = highlightQuotes(anchorAll(doc, detected.container, report), colours);
  undos.push(h.undo);
  return h;
}

/** Finds the report's quotes in the article container first, then anywhere in the page; grouped by source. */
function anchorAll(doc: Document, container: Element | null, report: Report): Map<string, Map<string, Range>> {
  const ranges = container ? anchorQuotes(container, report.quotes) : new Map<string, Range>();
  const missing = report.quotes.filter((q) => !ranges.has(q.id));
  if (missing.length && doc.body) for (const [id, range] of anchorQuotes(doc.body, missing)) ranges.set(id, range);
  const bySource = new Map<string, Map<string, Range>>(report.sources.map((s) => [s.id, new Map()]));
  for (const quote of report.quotes) {
    const range = ranges.get(quote.id);
    if (range) bySource.get(quote.sourceId)?.set(quote.id, range);
  }
  return bySource;
}
