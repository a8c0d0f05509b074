/**
 * The reading view's types, and the mapping from what it knows (the pipeline's result, the settings,
 * where the sidebar is, what the reader selected) to the sidebar's props. Pure, apart from reading the
 * page's hostname.
 */
import type { SidebarProps } from '../../components/Sidebar';
import type { BucketMarker } from '../../utils/dom/bucket';
import type { ExportFormat } from '../../utils/messages';
import { isSiteEnabled, SIDEBAR_WIDTH, siteKey, type Settings } from '../../utils/settings';
import type { Layout } from './layout';
import type { PageResult } from './pipeline';

/** Where the sidebar is. */
export type View = 'closed' | 'collapsed' | 'open';

/** What the view shows. */
export interface ViewInput {
  result: PageResult;
  settings: Settings;
  /** The pipeline is running. */
  working: boolean;
}

/** What the view asks of the controller. */
export interface ViewActions {
  saveSettings(patch: Partial<Settings>): void;
  switchSite(enabled: boolean): void;
}

/** The view's own state that the sidebar shows. */
export interface ViewState {
  view: View;
  layout: Layout;
  /** The panel's drawn width. */
  width: number;
  selectedSourceId: string | null;
  activeQuoteId: string | null;
  markers: readonly BucketMarker[];
  announcement: string;
  focusRequest: number;
  copied: ExportFormat | null;
}

/** The sidebar's callbacks. */
export type SidebarHandlers = Pick<SidebarProps, {
  [K in keyof SidebarProps]-?: K extends `on${string}` ? K : never;
}[keyof SidebarProps]>;

/** The sidebar's props for this input and state. */
export function sidebarProps({ result, settings, working }: ViewInput, state: ViewState, handlers: SidebarHandlers): SidebarProps {
  return {
    state: working ? 'working' : result.state, reason: result.reason, report: result.report,
    colours: result.colours, anchored: result.anchored, adsHidden: result.adsHidden, failed: result.failed,
    site: siteKey(location.hostname), siteEnabled: isSiteEnabled(settings, location.hostname),
    collapsed: state.view === 'collapsed', theme: settings.theme, layout: state.layout,
    width: state.width, widthLimits: SIDEBAR_WIDTH,
    order: settings.sourceOrder, highlightsVisible: settings.highlights,
    selectedSourceId: state.selectedSourceId, activeQuoteId: state.activeQuoteId,
    markers: state.markers, announcement: state.announcement, focusRequest: state.focusRequest, copied: state.copied,
    ...handlers,
  };
}
