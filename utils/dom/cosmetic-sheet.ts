/**
 * The EasyList stylesheet of a page: one `<style data-sourcelight-style="filters">` holding one rule per
 * selector, `sel:not([data-sourcelight-keep]){display:none!important}`. One rule per selector, so a
 * selector the browser rejects loses only itself; the `:not(...)` lets the article guard
 * (cosmetic-guard.ts) keep one element visible without dropping the rule for the rest of the page.
 *
 * What it changes: adds that one `<style>` to `<html>` (it can be there before `<head>` exists, at
 * document_start). In "outline" mode (settings.showHidden) the same rules outline instead of hide.
 * How to undo: `undo()` removes the element; the page is as before.
 */

/** Marks an element the guard keeps visible although a rule matches it; the value says why. */
export const KEEP_ATTRIBUTE = 'data-sourcelight-keep';
/** The value of `data-sourcelight-style` on the filter stylesheet. */
export const FILTER_STYLE = 'filters';
/** Hide, or outline what would be hidden (the reader's "show what was hidden"). */
export type HideMode = 'hide' | 'outline';

const DECLARATIONS: Record<HideMode, string> = {
  hide: 'display:none!important',
  outline: 'outline:2px dashed #c62828!important;outline-offset:-2px!important;background-color:rgba(198,40,40,.08)!important',
};

/** `sel` guarded by the keep marker; selectors ending in a pseudo-element cannot take it and stay as they are. */
export function guardedSelector(selector: string): string {
  return selector.includes('::') ? selector : `${selector}:not([${KEEP_ATTRIBUTE}])`;
}

/** The selector as written in the list, from a guarded one read back from the stylesheet. */
export function unguardedSelector(selector: string): string {
  const suffix = `:not([${KEEP_ATTRIBUTE}])`;
  return selector.endsWith(suffix) ? selector.slice(0, -suffix.length) : selector;
}

/** The filter stylesheet of one document. Nothing is written until the first `add`. */
export class FilterSheet {
  private readonly selectors = new Set<string>();
  private readonly styled = new Set<string>();
  private style: HTMLStyleElement | null = null;

  constructor(private readonly doc: Document, private mode: HideMode = 'hide') {}

  /** Adds selectors (and `:style()` blocks) not yet in the sheet. Returns how many were new. */
  add(selectors: readonly string[], styled = ''): number {
    const fresh = selectors.filter((s) => !this.selectors.has(s));
    fresh.forEach((s) => this.selectors.add(s));
    const block = styled.trim() && !this.styled.has(styled.trim()) ? styled.trim() : '';
    if (block) this.styled.add(block);
    if (!fresh.length && !block) return 0;
    this.write(this.rules(fresh) + (block && this.mode === 'hide' ? `\n${block}` : ''));
    return fresh.length;
  }

  /** Switches between hiding and outlining; rewrites the sheet. */
  setMode(mode: HideMode): void {
    if (mode === this.mode) return;
    this.mode = mode;
    if (!this.style) return;
    this.style.textContent = '';
    this.write(this.rules([...this.selectors]) + (mode === 'hide' ? [...this.styled].map((b) => `\n${b}`).join('') : ''));
  }

  /** The selectors in the sheet, as the list writes them. */
  get size(): number {
    return this.selectors.size;
  }

  /** Removes the stylesheet (the selectors are forgotten too). Safe to call twice. */
  undo(): void {
    this.style?.remove();
    this.style = null;
    this.selectors.clear();
    this.styled.clear();
  }

  private rules(selectors: readonly string[]): string {
    const declarations = DECLARATIONS[this.mode];
    return selectors.map((s) => `${guardedSelector(s)}{${declarations}}`).join('\n');
  }

  /**
   * Appends CSS text as a new text node (the browser re-reads the sheet; earlier rules stay). When the
   * page removed the element (some pages rebuild <head>), a new one gets every rule again.
   */
  private write(css: string): void {
    if (!css) return;
    if (!this.style?.isConnected) {
      const wasRemoved = this.style !== null;
      this.style = this.doc.createElement('style');
      this.style.setAttribute('data-sourcelight-style', FILTER_STYLE);
      (this.doc.head ?? this.doc.documentElement).appendChild(this.style);
      if (wasRemoved) css = this.rules([...this.selectors]) + (this.mode === 'hide' ? [...this.styled].map((b) => `\n${b}`).join('') : '');
    }
    this.style.appendChild(this.doc.createTextNode(`${css}\n`));
  }
}
