/**
 * The sidebar components, rendered with Preact in jsdom from hand-built reports: every source kind,
 * the empty and skipped states, long names, many sources, and the callbacks (quote click, site switch,
 * collapse, close).
 */
import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Sidebar, countsLine, type SidebarProps } from '../../components/Sidebar';
import type { Quote, Report, Source } from '../../utils/types';
import { colourFor } from '../../utils/dom/palette';

function source(id: string, name: string, kind: Source['kind'], extra: Partial<Source> = {}): Source {
  return { id, kind, name, aliases: [], credentials: [], role: kind === 'person' ? 'expert' : kind, unnamedReason: null, quoteIds: [], shareOfVoice: 0, ...extra };
}

function quote(id: string, sourceId: string, text: string, type: Quote['type'] = 'direct'): Quote {
  return { id, type, text, span: { start: 0, end: text.length }, cue: 'said', speakerMention: '', sourceId, anchor: { exact: text, prefix: '', suffix: '' } };
}

function report(sources: Source[], quotes: Quote[]): Report {
  return {
    article: { url: 'https://example.com/a', title: 'A story', byline: null, siteName: null, text: '', blocks: [] },
    sources, quotes,
  };
}

const QUOTES = [
  quote('q1', 's1', 'It would take years to regenerate another one'),
  quote('q2', 's2', 'the ministry would review the decision', 'indirect'),
  quote('q3', 's3', 'the talks had stalled', 'mixed'),
  quote('q4', 's1', 'It is a major loss'),
];
const SOURCES = [
  source('s1', 'Aviv Oreg', 'person', { credentials: ['former head of the Al Qaeda desk'], quoteIds: ['q1', 'q4'], shareOfVoice: 0.62 }),
  source('s2', 'the Defence Ministry', 'organisation', { quoteIds: ['q2'], shareOfVoice: 0.21 }),
  source('s3', 'a senior official', 'unnamed', { unnamedReason: 'not authorised to speak publicly', quoteIds: ['q3'], shareOfVoice: 0.17 }),
];

let host: HTMLElement;
beforeEach(() => {
  host = document.createElement('div');
  document.body.appendChild(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

function show(overrides: Partial<SidebarProps> = {}) {
  const props: SidebarProps = {
    state: 'ready',
    report: report(SOURCES, QUOTES),
    colours: new Map(SOURCES.map((s, i) => [s.id, colourFor(i)])),
    anchored: new Set(['q1', 'q2', 'q3']),
    adsHidden: 4,
    site: 'example.com',
    siteEnabled: true,
    collapsed: false,
    onCollapsedChange: vi.fn(),
    onQuoteSelect: vi.fn(),
    onSiteToggle: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  render(<Sidebar {...props} />, host);
  return props;
}

const entries = () => Array.from(host.querySelectorAll('[data-source-name]'));

describe('Sidebar', () => {
  it('lists each source with the contract attributes, kind, credentials and voice', () => {
    show();
    expect(entries().map((e) => [e.getAttribute('data-source-name'), e.getAttribute('data-source-kind')])).toEqual([
      ['Aviv Oreg', 'person'], ['the Defence Ministry', 'organisation'], ['a senior official', 'unnamed'],
    ]);
    const [oreg, ministry, official] = entries();
    expect(oreg!.textContent).toContain('former head of the Al Qaeda desk');
    expect(oreg!.textContent).toContain('2 statements · 62% of quoted words');
    expect(ministry!.textContent).toContain('role not stated in the article');
    expect(official!.textContent).toContain('not authorised to speak publicly');
    expect(host.querySelector('.sl-counts')!.textContent).toBe('3 sources · 4 quotes · 4 ads hidden');
  });

  it('shows direct quotes in quotation marks and reported speech as paraphrase', () => {
    show();
    const text = (id: string) => host.querySelector(`[data-quote-id="${id}"] .sl-quote-text`)!.textContent;
    expect(text('q1')).toBe('“It would take years to regenerate another one”');
    expect(text('q2')).toBe('the ministry would review the decision');
    expect(host.querySelector('[data-quote-id="q2"]')!.textContent).toContain('Paraphrase');
  });

  it('calls back with the quote id on click; quotes not in the page are not buttons', () => {
    const props = show();
    (host.querySelector('[data-quote-id="q2"] button') as HTMLButtonElement).click();
    expect(props.onQuoteSelect).toHaveBeenCalledWith('q2');
    expect(host.querySelector('[data-quote-id="q4"] button')).toBeNull();
    expect(host.querySelector('[data-quote-id="q4"]')!.textContent).toContain('Not found in the page');
  });

  it('switches the site, collapses and closes through callbacks, with accessible controls', () => {
    const props = show();
    const toggle = host.querySelector('[role="switch"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    toggle.click();
    expect(props.onSiteToggle).toHaveBeenCalledWith(false);
    (host.querySelector('[aria-label="Collapse the sidebar"]') as HTMLButtonElement).click();
    expect(props.onCollapsedChange).toHaveBeenCalledWith(true);
    (host.querySelector('[aria-label="Close the sidebar"]') as HTMLButtonElement).click();
    expect(props.onClose).toHaveBeenCalled();
    expect(host.querySelectorAll('ul[role="list"]').length).toBeGreaterThan(0);
    expect(Array.from(host.querySelectorAll('button')).every((b) => b.getAttribute('type') === 'button')).toBe(true);
  });

  it('shows an empty state when the article quotes no one', () => {
    show({ report: report([], []) });
    expect(host.textContent).toContain('No quoted sources found in this article');
    expect(entries()).toHaveLength(0);
  });

  it('says why a page was skipped, with the switch to turn the site back on', () => {
    const props = show({ state: 'skipped', reason: 'disabled', report: null, siteEnabled: false });
    expect(host.textContent).toContain('switched off for this site');
    const toggle = host.querySelector('[role="switch"]') as HTMLButtonElement;
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    toggle.click();
    expect(props.onSiteToggle).toHaveBeenCalledWith(true);
    show({ state: 'skipped', reason: 'not-article', report: null });
    expect(host.textContent).toContain('does not look like a news article');
  });

  it('renders as a small tab when collapsed, and opens from it', () => {
    const props = show({ collapsed: true });
    expect(host.querySelector('.sl-panel')).toBeNull();
    (host.querySelector('.sl-tab') as HTMLButtonElement).click();
    expect(props.onCollapsedChange).toHaveBeenCalledWith(false);
  });

  it('keeps very long names whole, and lists 60 sources', () => {
    const long = 'Dr. Maximiliana Wilhelmina Alexandrovna Featherstonehaugh-Cholmondeley-Marjoribanks of the Institute';
    const many = Array.from({ length: 60 }, (_, i) => source(`s${i}`, i === 0 ? long : `Source number ${i}`, i % 3 === 0 ? 'person' : i % 3 === 1 ? 'organisation' : 'unnamed'));
    show({ report: report(many, []), colours: new Map(many.map((s, i) => [s.id, colourFor(i)])) });
    expect(entries()).toHaveLength(60);
    expect(entries()[0]!.querySelector('.sl-source-name')!.textContent).toBe(long);
    expect(host.querySelector('.sl-counts')!.textContent).toBe('60 sources · 0 quotes · 4 ads hidden');
    const swatches = Array.from(host.querySelectorAll('.sl-swatch'), (s) => (s as HTMLElement).style.backgroundColor);
    expect(new Set(swatches).size).toBeGreaterThanOrEqual(12);
  });

  it('says it is working while the pipeline runs', () => {
    show({ state: 'working', report: null });
    expect(host.textContent).toContain('Reading the article');
    expect(entries()).toHaveLength(0);
  });
});

describe('Sidebar accessibility (axe-core, structure rules; colour contrast needs layout)', () => {
  it.each([
    ['ready', {}],
    ['collapsed', { collapsed: true }],
    ['skipped', { state: 'skipped', reason: 'not-article', report: null }],
  ] as Array<[string, Partial<SidebarProps>]>)('has no violations when %s', async (_label, overrides) => {
    show(overrides);
    const results = await axe.run(host, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});

describe('countsLine', () => {
  it.each([
    [1, 1, 1, '1 source · 1 quote · 1 ad hidden'],
    [0, 0, 0, '0 sources · 0 quotes · 0 ads hidden'],
  ])('%i/%i/%i → %s', (s, q, a, line) => {
    expect(countsLine(s, q, a)).toBe(line);
  });
});
