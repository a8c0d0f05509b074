/**
 * Keyboard focus around the sidebar: remember where it was in the page when the sidebar takes it (the
 * shortcut), and put it back there when the sidebar closes, so a keyboard reader never lands nowhere.
 */

/** Remembers one element of the page and gives focus back to it. */
export class FocusReturn {
  private target: Element | null = null;

  /** Remembers the page's focused element (unless focus is already ours, or on the body). */
  remember(isOurs: (el: Element) => boolean): void {
    const active = document.activeElement;
    if (active && active !== document.body && !isOurs(active)) this.target = active;
  }

  /** Focuses the remembered element if it is still in the page; otherwise drops focus onto the page's body. */
  restore(): void {
    const target = this.target as HTMLElement | null;
    this.target = null;
    if (target?.isConnected && typeof target.focus === 'function') target.focus({ preventScroll: true });
    else (document.activeElement as HTMLElement | null)?.blur?.();
  }
}
