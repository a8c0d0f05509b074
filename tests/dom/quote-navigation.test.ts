/**
 * Moving through quotes from the sidebar (entrypoints/content/quote-navigation.ts and quote-selection.ts)
 * and the export text (page-export.ts), on a hand-built report and a stand-in for the page's highlights.
 */
import { describe, expect, it, vi } from 'vitest';
import { toContract, toMarkdown } from '../../utils/analysis/export';
import type { Highlighting } from '../../utils/dom/highlight';
import { exportText } from '../../entrypoints/content/page-export';
import type { PageResult } from '../../entrypoints/content/pipeline';
import { describeQuote, findableQuotes, nextQuote, statementPosition } from '../../entrypoints/content/quote-navigation';
import { QuoteSelection } from '../../entrypoints/content/quote-selection';
import { QUOTES, report, SOURCES } from './sidebar-fixtures';

const REPORT = report(SOURCES, QUOTES);

function fakeHighlighting(): Highlighting {
  return {
    undo: vi.fn(), flash: vi.fn(), scrollTo: vi.fn(), focus: vi.fn(), setVisible: vi.fn(),
    rect: () => null, rects: () => [], quoteAt: () => null, mode: 'custom-highlight', quoteIds: ['q1', 'q3', 'q4'],
  };
}

function result(highlighting: Highlighting): PageResult {
  return {
    state: 'ready', report: REPORT, adsHidden: 2, anchored: new Set(highlighting.quoteIds), colours: new Map(),
    highlighting, undo: () => {},
  };
}

describe('quote navigation', () => {
  it('lists a source’s findable quotes in order and cycles through them', () => {
    const ids = findableQuotes(REPORT, 's1', new Set(['q4', 'q1']));
    expect(ids).toEqual(['q1', 'q4']);
    expect(nextQuote(ids, null)).toBe('q1');
    expect(nextQuote(ids, 'q1')).toBe('q4');
    expect(nextQuote(ids, 'q4')).toBe('q1');
    expect(nextQuote(ids, 'elsewhere')).toBe('q1');
    expect(nextQuote([], null)).toBeNull();
    expect(findableQuotes(REPORT, 'nobody', new Set(['q1']))).toEqual([]);
  });

  it('says where the reader is', () => {
    expect(statementPosition(REPORT, 'q4')).toEqual({ index: 2, count: 2 });
    expect(describeQuote(REPORT, 'q4')).toBe('Aviv Oreg, statement 2 of 2');
    expect(describeQuote(REPORT, 'q9')).toBe('');
  });
});

describe('QuoteSelection', () => {
  it('shows a source’s quotes one after another: scroll, focus, flash, announce', () => {
    const h = fakeHighlighting();
    const announce = vi.fn();
    const selection = new QuoteSelection(result(h), announce);
    selection.activateSource('s1');
    expect([selection.sourceId, selection.quoteId]).toEqual(['s1', 'q1']);
    expect(h.scrollTo).toHaveBeenLastCalledWith('q1');
    expect(h.focus).toHaveBeenLastCalledWith('q1');
    expect(h.flash).toHaveBeenLastCalledWith('q1');
    expect(announce).toHaveBeenLastCalledWith('Aviv Oreg, statement 1 of 2');
    selection.activateSource('s1');
    expect(selection.quoteId).toBe('q4');
    selection.activateSource('s1');
    expect(selection.quoteId).toBe('q1');
  });

  it('says when none of a source’s quotes is in the page, and never scrolls', () => {
    const h = fakeHighlighting();
    const announce = vi.fn();
    const selection = new QuoteSelection(result(h), announce);
    selection.activateSource('s2');
    expect([selection.sourceId, selection.quoteId]).toEqual(['s2', null]);
    expect(h.scrollTo).not.toHaveBeenCalled();
    expect(announce).toHaveBeenLastCalledWith('None of the statements by the Defence Ministry was found in the page');
  });

  it('picks a quote clicked in the page without scrolling, and lets go of it', () => {
    const h = fakeHighlighting();
    const selection = new QuoteSelection(result(h), vi.fn());
    expect(selection.pickInPage('q3')).toBe(true);
    expect([selection.sourceId, selection.quoteId]).toEqual(['s3', 'q3']);
    expect(h.scrollTo).not.toHaveBeenCalled();
    expect(selection.pickInPage('nope')).toBe(false);
    expect(selection.blur()).toBe(true);
    expect(h.focus).toHaveBeenLastCalledWith(null);
    expect(selection.blur()).toBe(false);
    selection.selectSource('s2');
    expect([selection.sourceId, selection.quoteId]).toEqual(['s2', null]);
  });
});

describe('exportText', () => {
  it('gives the CLI contract as JSON, or the Markdown list, or nothing without a report', () => {
    expect(JSON.parse(exportText(REPORT, 2, 'json')!)).toEqual(toContract(REPORT, 2));
    expect(exportText(REPORT, 2, 'markdown')).toBe(toMarkdown(REPORT));
    expect(exportText(null, 0, 'json')).toBeNull();
  });
});
