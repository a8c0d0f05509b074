/**
 * Hand-built reports and a render helper for the sidebar's component tests (sidebar*.test.tsx).
 */
import { render } from 'preact';
import { afterEach, beforeEach, vi } from 'vitest';
import { Sidebar, type SidebarProps } from '../../components/Sidebar';
import { colourFor } from '../../utils/dom/palette';
import type { Quote, Report, Source } from '../../utils/types';

/**
 * Gives each test a fresh element in the document to render into (passed to `use`), and unmounts and
 * removes it afterwards.
 */
export function useRenderHost(use: (host: HTMLElement) => void): void {
  let host: HTMLElement;
  beforeEach(() => {
    host = document.createElement('div');
    document.body.appendChild(host);
    use(host);
  });
  afterEach(() => {
    render(null, host);
    host.remove();
  });
}

/** A source with sensible defaults. */
export function source(id: string, name: string, kind: Source['kind'], extra: Partial<Source> = {}): Source {
  return { id, kind, name, aliases: [], credentials: [], role: kind === 'person' ? 'expert' : kind, unnamedReason: null, quoteIds: [], shareOfVoice: 0, ...extra };
}

/** A quote with sensible defaults. */
export function quote(id: string, sourceId: string, text: string, type: Quote['type'] = 'direct'): Quote {
  return { id, type, text, span: { start: 0, end: text.length }, cue: 'said', speakerMention: '', sourceId, anchor: { exact: text, prefix: '', suffix: '' } };
}

/** A report around the given sources and quotes. */
export function report(sources: Source[], quotes: Quote[]): Report {
  return {
    article: { url: 'https://example.com/a', title: 'A story', byline: null, siteName: null, text: '', blocks: [] },
    sources, quotes,
  };
}

export const QUOTES = [
  quote('q1', 's1', 'It would take years to regenerate another one'),
  quote('q2', 's2', 'the ministry would review the decision', 'indirect'),
  quote('q3', 's3', 'the talks had stalled', 'mixed'),
  quote('q4', 's1', 'It is a major loss'),
];

export const SOURCES = [
  source('s1', 'Aviv Oreg', 'person', { credentials: ['former head of the Al Qaeda desk'], quoteIds: ['q1', 'q4'], shareOfVoice: 0.62 }),
  source('s2', 'the Defence Ministry', 'organisation', { role: 'official', quoteIds: ['q2'], shareOfVoice: 0.21 }),
  source('s3', 'a senior official', 'unnamed', { unnamedReason: 'not authorised to speak publicly', quoteIds: ['q3'], shareOfVoice: 0.17 }),
];

/** Props for a ready sidebar on SOURCES, every callback a mock. */
export function sidebarProps(overrides: Partial<SidebarProps> = {}): SidebarProps {
  const sources = overrides.report?.sources ?? SOURCES;
  return {
    state: 'ready',
    report: report(SOURCES, QUOTES),
    colours: new Map(sources.map((s, i) => [s.id, colourFor(i)])),
    anchored: new Set(['q1', 'q2', 'q3']),
    adsHidden: 4,
    site: 'example.com',
    siteEnabled: true,
    collapsed: false,
    theme: 'system',
    layout: 'side',
    width: 360,
    widthLimits: { min: 280, max: 640, initial: 360 },
    order: 'appearance',
    highlightsVisible: true,
    selectedSourceId: null,
    activeQuoteId: null,
    markers: [],
    announcement: '',
    focusRequest: 0,
    copied: null,
    onCollapsedChange: vi.fn(),
    onClose: vi.fn(),
    onQuoteSelect: vi.fn(),
    onSourceSelect: vi.fn(),
    onSourceActivate: vi.fn(),
    onSiteToggle: vi.fn(),
    onHighlightsToggle: vi.fn(),
    onOrderChange: vi.fn(),
    onExport: vi.fn(),
    onResize: vi.fn(),
    ...overrides,
  };
}

/** Renders the sidebar into `host` and returns its props. */
export function showSidebar(host: HTMLElement, overrides: Partial<SidebarProps> = {}): SidebarProps {
  const props = sidebarProps(overrides);
  render(<Sidebar {...props} />, host);
  return props;
}

/** The source entries, in display order. */
export function entries(host: HTMLElement): Element[] {
  return Array.from(host.querySelectorAll('[data-source-name]'));
}
