/**
 * markPage: the page-visible contract on `<html>`, read by tests and other tools.
 *
 * What it changes: sets `data-sourcelight` ("ready" or "skipped"), `data-sourcelight-sources`,
 * `data-sourcelight-quotes`, `data-sourcelight-hidden`, `data-sourcelight-highlighted` (counts) and
 * `data-sourcelight-reason` (why a page was skipped) on the document element.
 * How to undo: the returned Undo puts back each attribute's previous value (or removes it).
 */
import type { Undo } from '../types';

/** Where the pipeline ended on this page. */
export interface PageStatus {
  /** "ready": the article was analysed; "skipped": not an article, or switched off for this site. */
  state: 'ready' | 'skipped';
  /** Why the page was skipped: "not-article", "disabled", "error". */
  reason?: string;
  sources: number;
  quotes: number;
  /** Ad blocks hidden. */
  hidden: number;
  /** Quotes found and highlighted in the page. */
  highlighted: number;
}

/** Writes the status attributes on `<html>`; the Undo restores what was there before. */
export function markPage(doc: Document, status: PageStatus): Undo {
  const root = doc.documentElement;
  const values: Record<string, string | null> = {
    'data-sourcelight': status.state,
    'data-sourcelight-sources': String(status.sources),
    'data-sourcelight-quotes': String(status.quotes),
    'data-sourcelight-hidden': String(status.hidden),
    'data-sourcelight-highlighted': String(status.highlighted),
    'data-sourcelight-reason': status.reason ?? null,
  };
  const previous = Object.keys(values).map((name) => [name, root.getAttribute(name)] as const);
  for (const [name, value] of Object.entries(values)) {
    if (value === null) root.removeAttribute(name);
    else root.setAttribute(name, value);
  }
  return () => {
    for (const [name, value] of previous) {
      if (value === null) root.removeAttribute(name);
      else root.setAttribute(name, value);
    }
  };
}
