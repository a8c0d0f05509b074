/**
 * Watches a page for elements added (or whose class, id or link changed) and hands them over in
 * batches, at most one per animation frame: the batch runs right before the browser paints, so a late
 * ad is hidden in the same frame it would first have shown. Reads only (MutationObserver).
 *
 * Bounded cost, as uBlock Origin's DOM watcher: a batch holds at most {@link MAX_ROOTS} subtrees (past
 * that the callback is told to look at the whole document once instead), and a batch that took long
 * pushes the next one back by four times its cost, so a page that mutates without end (tickers,
 * carousels) gets at most a fifth of the main thread.
 */

/** Subtrees one batch may carry before the callback gets "the whole document" instead. */
export const MAX_ROOTS = 500;
/** Elements never worth a look: they render nothing, or they are ours. */
const IGNORED = /^(SCRIPT|STYLE|LINK|META|NOSCRIPT|TEMPLATE|BR|WBR|SOURCELIGHT-.*)$/;

/** A running watcher. */
export interface BatchWatcher {
  /** Runs the pending batch now (at DOMContentLoaded, say), if there is one. */
  flush(): void;
  /** Disconnects; a pending batch is dropped. Safe to call twice. */
  stop(): void;
}

/** Options of {@link watchAddedElements}. */
export interface WatchOptions {
  /** Also report elements whose class, id or href changed. Default true. */
  attributes?: boolean;
}

/**
 * Calls `onBatch(roots, whole)` with the elements added since the last batch (outermost first is not
 * guaranteed; an element and its ancestor may both be there). `whole` is true when there were too many
 * to list: the callback should then scan `doc` itself. Errors in `onBatch` are the caller's to catch.
 */
export function watchAddedElements(
  doc: Document,
  onBatch: (roots: Element[], whole: boolean) => void,
  options: WatchOptions = {},
): BatchWatcher {
  const view = doc.defaultView;
  const pending = new Set<Element>();
  let whole = false;
  let scheduled: (() => void) | null = null;
  let notBefore = 0;
  const now = () => (view?.performance ?? performance).now();

  const run = () => {
    scheduled = null;
    if (!pending.size && !whole) return;
    const roots = whole ? [] : [...pending];
    const all = whole;
    pending.clear();
    whole = false;
    const start = now();
    try {
      onBatch(roots.filter((r) => r.isConnected), all);
    } finally {
      const end = now();
      notBefore = end + 4 * (end - start);
    }
  };

  const schedule = () => {
    if (scheduled) return;
    const delay = Math.max(0, notBefore - now());
    let frame = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onFrame = () => run();
    const request = () => {
      frame = view?.requestAnimationFrame ? view.requestAnimationFrame(onFrame) : (setTimeout(onFrame, 16) as unknown as number);
    };
    if (delay > 0) timer = setTimeout(request, delay);
    else request();
    scheduled = () => {
      if (timer !== undefined) clearTimeout(timer);
      if (view?.cancelAnimationFrame) view.cancelAnimationFrame(frame);
      else clearTimeout(frame);
    };
  };

  const take = (node: Node) => {
    if (node.nodeType !== 1 || IGNORED.test((node as Element).tagName.toUpperCase())) return;
    if (whole) return;
    pending.add(node as Element);
    if (pending.size > MAX_ROOTS) {
      whole = true;
      pending.clear();
    }
  };

  const Observer = view?.MutationObserver ?? MutationObserver;
  const observer = new Observer((mutations) => {
    for (const m of mutations) {
      if (m.type === 'childList') m.addedNodes.forEach(take);
      else take(m.target);
    }
    if (pending.size || whole) schedule();
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    ...(options.attributes === false ? {} : { attributes: true, attributeFilter: ['class', 'id', 'href'] }),
  });

  return {
    flush() {
      for (const m of observer.takeRecords()) {
        if (m.type === 'childList') m.addedNodes.forEach(take);
        else take(m.target);
      }
      const cancel = scheduled;
      scheduled = null;
      cancel?.();
      run();
    },
    stop() {
      observer.disconnect();
      scheduled?.();
      scheduled = null;
      pending.clear();
      whole = false;
    },
  };
}
