/**
 * What the reader has picked: a source (in the list, or by clicking its highlight) and its current
 * quote (shown in the page: scrolled to, focused and flashed). Moving through a source's quotes one
 * click at a time lives here; each change is announced politely through `announce`.
 */
import type { PageResult } from './pipeline';
import { describeQuote, findableQuotes, nextQuote, sourceOfQuote } from './quote-navigation';
import { safely } from './timing';

/** The selection of one pipeline result. */
export class QuoteSelection {
  /** The selected source, or null. */
  sourceId: string | null = null;
  /** The current quote (focused in the page), or null. */
  quoteId: string | null = null;

  constructor(private readonly result: PageResult, private readonly announce: (text: string) => void) {}

  /** Keyboard moved to a source: select it (the page stays where it is) and say so. */
  selectSource(sourceId: string): void {
    const source = this.result.report?.sources.find((s) => s.id === sourceId);
    if (!source) return;
    if (this.sourceId !== sourceId) this.quoteId = null;
    this.sourceId = sourceId;
    this.announce(`${source.name}, ${source.quoteIds.length} statement${source.quoteIds.length === 1 ? '' : 's'}`);
  }

  /** A source's name was activated: show its next quote found in the page (the first, then each in turn). */
  activateSource(sourceId: string): void {
    const { report, anchored } = this.result;
    if (!report) return;
    const next = nextQuote(findableQuotes(report, sourceId, anchored), this.sourceId === sourceId ? this.quoteId : null);
    if (next) return this.showQuote(next);
    const source = report.sources.find((s) => s.id === sourceId);
    this.sourceId = sourceId;
    this.quoteId = null;
    this.announce(`None of the statements by ${source?.name ?? 'this source'} was found in the page`);
  }

  /** Scrolls the page to a quote, focuses and flashes its highlight, and selects its source. */
  showQuote(quoteId: string): void {
    const { report, highlighting } = this.result;
    const source = report ? sourceOfQuote(report, quoteId) : null;
    if (!report || !source) return;
    safely('show quote', () => {
      highlighting?.scrollTo(quoteId);
      highlighting?.focus(quoteId);
      highlighting?.flash(quoteId);
    });
    this.sourceId = source.id;
    this.quoteId = quoteId;
    this.announce(describeQuote(report, quoteId));
  }

  /** A highlight was clicked in the page: focus it and select its source. False when the quote is unknown. */
  pickInPage(quoteId: string): boolean {
    const { report, highlighting } = this.result;
    const source = report ? sourceOfQuote(report, quoteId) : null;
    if (!report || !source) return false;
    safely('focus quote', () => highlighting?.focus(quoteId));
    this.sourceId = source.id;
    this.quoteId = quoteId;
    this.announce(`Selected ${describeQuote(report, quoteId)}`);
    return true;
  }

  /** The current quote loses its focus (a click elsewhere, Escape, the sidebar closing); false when there was none. */
  blur(): boolean {
    if (!this.quoteId) return false;
    safely('unfocus quote', () => this.result.highlighting?.focus(null));
    this.quoteId = null;
    return true;
  }
}
