/**
 * reservePageSpace: makes room for the sidebar beside the page, so it sits next to the article instead
 * of over it (side-by-side, as Hypothesis does on wide screens). The page's own layout does the rest:
 * with less width its columns and text reflow.
 *
 * What it changes: injects ONE `<style data-sourcelight-style="reflow">` whose only rule gives `<html>` a
 * right margin as wide as the sidebar (`html { margin-right: 360px !important }`); resizing rewrites it.
 * How to undo: the returned `undo` removes the stylesheet; nothing else was touched.
 */
import type { Undo } from '../types';

/** The reserved space: change its width, or give it back. */
export interface PageSpace {
  /** Changes the reserved width (CSS pixels). */
  resize(width: number): void;
  /** Removes the stylesheet. Safe to call twice. */
  undo: Undo;
}

/** The rule that narrows the page by `width` pixels on the right. */
export function reflowRule(width: number): string {
  const px = Math.max(0, Math.round(width));
  return `html{margin-right:${px}px !important;}`;
}

/** Reserves `width` pixels at the right edge of the page. */
export function reservePageSpace(doc: Document, width: number): PageSpace {
  const style = doc.createElement('style');
  style.setAttribute('data-sourcelight-style', 'reflow');
  style.textContent = reflowRule(width);
  (doc.head ?? doc.documentElement).appendChild(style);
  return {
    resize: (next) => {
      style.textContent = reflowRule(next);
    },
    undo: () => style.remove(),
  };
}
