/**
 * The reading view of one tab: the sidebar (open, a slim tab, or closed), where it sits (beside the
 * page or over it), what the reader selected, the hover card and the bucket bar. It turns the
 * pipeline's result and the settings into the sidebar's props, and the sidebar's callbacks into page
 * actions (scroll, flash, focus a quote; copy; resize). Settings changes go out through `actions`.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ExportFormat } from '../../utils/messages';
import { clampSidebarWidth, SIDEBAR_WIDTH, type Settings } from '../../utils/settings';
import { MarkerTracker } from './bucket-markers';
import { createCardHost } from './card-host';
import { showCard } from './card-view';
import { FocusReturn } from './focus-return';
import { watchHighlightPointer } from './highlight-pointer';
import { chooseLayout, createPageSpace, panelWidth, type Layout } from './layout';
import { copySourceList, CopyFeedback, formatName } from './page-export';
import { watchPage } from './page-watch';
import { skippedResult } from './pipeline';
import { QuoteSelection } from './quote-selection';
import { sidebarProps, type SidebarHandlers, type View, type ViewActions, type ViewInput } from './sidebar-props';
import { createSidebarHost } from './sidebar-host';
import { safely } from './timing';

/** The reading view. Nothing shows until `update`, then `autoOpen` or `toggle`. */
export class ReadingView {
  private readonly sidebar;
  private readonly card;
  private readonly space = createPageSpace(document);
  private readonly focusReturn = new FocusReturn();
  private input: ViewInput;
  private selection: QuoteSelection;
  private view: View = 'closed';
  private hovered: string | null = null;
  private announcement = '';
  private focusRequest = 0;
  private readonly copy: CopyFeedback;
  private readonly markers: MarkerTracker;
  private dragWidth: number | null = null;
  private readonly handlers: SidebarHandlers = {
    onCollapsedChange: (collapsed) => this.collapse(collapsed),
    onClose: () => this.setOpen(false),
    onQuoteSelect: (quoteId) => this.selection.showQuote(quoteId),
    onSourceSelect: (sourceId) => this.selection.selectSource(sourceId),
    onSourceActivate: (sourceId) => this.selection.activateSource(sourceId),
    onSiteToggle: (enabled) => this.actions.switchSite(enabled),
    onHighlightsToggle: (visible) => this.setHighlights(visible),
    onOrderChange: (order) => this.actions.saveSettings({ sourceOrder: order }),
    onExport: (format) => void this.exportList(format),
    onResize: (width, done) => this.resize(width, done),
  };

  constructor(ctx: ContentScriptContext, private readonly actions: ViewActions, settings: Settings) {
    this.sidebar = createSidebarHost(ctx);
    this.card = createCardHost(ctx);
    this.input = { result: skippedResult('not-article'), settings, working: true };
    this.selection = new QuoteSelection(this.input.result, (text) => this.announce(text));
    this.copy = new CopyFeedback((run, ms) => ctx.setTimeout(run, ms), () => this.render());
    this.markers = new MarkerTracker(ctx, () => this.render());
    watchHighlightPointer(ctx, document, {
      quoteAt: (x, y) => this.input.result.highlighting?.quoteAt(x, y) ?? null,
      onHover: (quoteId) => {
        this.hovered = quoteId;
        this.updateCard();
      },
      onClick: (quoteId) => this.pickInPage(quoteId),
      onMiss: () => this.blur(),
    });
    watchPage(ctx, {
      onResize: () => this.render(),
      onScroll: () => this.updateCard(),
      onEscape: () => this.sidebar.hasFocus() || this.blur(),
      onReflow: () => this.scheduleMarkers(),
    });
  }

  /** Where the sidebar is now. */
  get state(): View {
    return this.view;
  }

  /**
   * Gets the sidebar ready (its CSS loading) while the pipeline runs, so its first draw waits for
   * nothing; resolves when it is (never rejects).
   */
  prepare(): Promise<void> {
    let ready = Promise.resolve();
    safely('prepare sidebar', () => (ready = this.sidebar.prepare()));
    return ready;
  }

  /** Shows new data; a new pipeline result starts with nothing selected. Resolves once the sidebar is drawn. */
  update(next: ViewInput): Promise<void> {
    if (next.result !== this.input.result) {
      this.selection = new QuoteSelection(next.result, (text) => this.announce(text));
      this.hovered = null;
      this.markers.reset();
    }
    this.input = next;
    safely('highlights', () => next.result.highlighting?.setVisible(next.settings.highlights));
    return this.render();
  }

  /**
   * An article's first result: the sidebar opens (a tab on narrow windows), or stays out when the reader
   * chose badge only. Resolves once it is in the page (the <html> contract is written after).
   */
  async autoOpen(): Promise<void> {
    if (this.view !== 'closed' || !this.input.settings.autoOpen) return;
    this.view = this.layout() === 'side' ? 'open' : 'collapsed';
    await this.render();
  }

  /** Opens or closes the sidebar (shortcut, toolbar); `focus` moves the keyboard into it when it opens. */
  toggle(focus: boolean): void {
    this.setOpen(this.view !== 'open', focus);
  }

  /** Opens the full panel, or closes the sidebar and gives focus back to the page. */
  setOpen(open: boolean, focus = false): void {
    if (open) {
      if (focus) this.takeFocus();
      this.view = 'open';
      void this.render();
      return;
    }
    const hadFocus = this.sidebar.hasFocus();
    this.view = 'closed';
    this.selection.blur();
    void this.render();
    if (hadFocus) this.focusReturn.restore();
  }

  /** Gives every change back: sidebar, card, reserved space. */
  dispose(): void {
    this.view = 'closed';
    safely('hide sidebar', () => this.sidebar.hide());
    safely('hide card', () => this.card.hide());
    safely('page space', () => this.space.undo());
  }

  private width(): number {
    return this.dragWidth ?? this.input.settings.sidebarWidth ?? SIDEBAR_WIDTH.initial;
  }

  private layout(): Layout {
    return chooseLayout(window.innerWidth, this.width());
  }

  /**
   * Draws the current state: the page's reserved space, the sidebar (or nothing), the card; then
   * re-measures the markers. Resolves once the sidebar is drawn (its first mount loads its CSS); never rejects.
   */
  private render(): Promise<void> {
    const layout = this.layout();
    safely('page space', () => this.space.set(this.view === 'open' && layout === 'side' ? this.width() : null));
    let drawn = Promise.resolve();
    if (this.view === 'closed') safely('hide sidebar', () => this.sidebar.hide());
    else drawn = this.sidebar.show(this.props(layout)).catch((error) => console.debug('[sourcelight] sidebar failed:', error));
    this.updateCard();
    this.scheduleMarkers();
    return drawn;
  }

  /** Re-measures the bucket bar on the next frame (redrawing if a marker moved); not while closed. */
  private scheduleMarkers(): void {
    if (this.view !== 'closed') this.markers.schedule(() => this.input.result);
  }

  private props(layout: Layout) {
    return sidebarProps(this.input, {
      view: this.view, layout, width: panelWidth(window.innerWidth, this.width()),
      selectedSourceId: this.selection.sourceId, activeQuoteId: this.selection.quoteId, markers: this.markers.markers,
      announcement: this.announcement, focusRequest: this.focusRequest, copied: this.copy.copied,
    }, this.handlers);
  }

  private collapse(collapsed: boolean): void {
    if (this.sidebar.hasFocus()) this.focusRequest++;
    this.view = collapsed ? 'collapsed' : 'open';
    void this.render();
  }

  /** A highlight was clicked in the page: its source is selected in the sidebar, which opens to show it. */
  private pickInPage(quoteId: string): void {
    if (!this.selection.pickInPage(quoteId)) return;
    this.view = 'open';
    void this.render();
  }

  /** The current quote loses its focus. */
  private blur(): void {
    if (this.selection.blur()) void this.render();
  }

  private setHighlights(visible: boolean): void {
    safely('highlights', () => this.input.result.highlighting?.setVisible(visible));
    this.actions.saveSettings({ highlights: visible });
    this.announce(visible ? 'Highlights shown' : 'Highlights hidden');
  }

  /** Dragging redraws at each step; letting go (or a key) stores the width. */
  private resize(width: number, done: boolean): void {
    const clamped = clampSidebarWidth(width);
    this.dragWidth = done ? null : clamped;
    if (done) this.actions.saveSettings({ sidebarWidth: clamped });
    void this.render();
  }

  /** Copies the source list and says so (on the button, and to screen readers). */
  private async exportList(format: ExportFormat): Promise<void> {
    const { result } = this.input;
    const ok = await copySourceList(result.report, result.adsHidden, format, this.sidebar.scratch());
    this.copy.show(ok ? format : null);
    this.announce(ok ? `Copied the source list as ${formatName(format)}` : 'Could not copy to the clipboard');
  }

  private announce(text: string): void {
    this.announcement = text;
    void this.render();
  }

  /** The card follows the pointer's quote, else the current quote. */
  private updateCard(): void {
    const reserved = this.view === 'open' ? this.width() : this.view === 'collapsed' ? 48 : 0;
    safely('card', () => showCard(this.card, this.input, this.hovered ?? this.selection.quoteId, reserved));
  }

  /** Remembers where focus was in the page and asks the sidebar to take it. */
  private takeFocus(): void {
    this.focusReturn.remember(() => this.sidebar.hasFocus());
    this.focusRequest++;
  }
}
