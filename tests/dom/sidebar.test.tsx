/**
 * The sidebar components, rendered with Preact in jsdom from hand-built reports: every source kind and
 * role, the summary and breakdown, unnamed flags, the empty, skipped and working states, long names and
 * credentials, 60 sources, ordering, export, the bucket bar, and the callbacks.
 */
import axe from 'axe-core';
import { options, render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { QUOTE_PREVIEW, SourceCard } from '../../components/SourceCard';
import { colourFor } from '../../utils/dom/palette';
import { Sidebar, type SidebarProps } from '../../components/Sidebar';
import { entries, quote, QUOTES, report, showSidebar, source, SOURCES, useRenderHost } from './sidebar-fixtures';

let host: HTMLElement;
useRenderHost((el) => (host = el));

/** axe-core walks the whole tree in jsdom: seconds on a busy machine, more than vitest's default 5 s. */
const AXE_TIMEOUT_MS = 30_000;

const show = (overrides: Partial<SidebarProps> = {}) => showSidebar(host, overrides);
const click = (selector: string) => (host.querySelector(selector) as HTMLElement).click();

describe('Sidebar: the header', () => {
  it('shows the story, the one-line summary, the breakdown by type and the hidden ads', () => {
    show();
    expect(host.querySelector('.sl-article-title')!.textContent).toBe('A story');
    expect(host.querySelector('.sl-summary')!.textContent).toBe('3 sources · 1 unnamed · 1 organisation · 4 quotes');
    const legend = Array.from(host.querySelectorAll('.sl-legend-item'), (li) => li.textContent);
    expect(legend).toEqual(['1 official', '1 expert', '1 unnamed']);
    expect(host.querySelectorAll('.sl-breakdown-bar .sl-segment')).toHaveLength(3);
    expect(host.querySelector('.sl-ads')!.textContent).toBe('4 ads hidden');
  });

  it('orders the breakdown official → expert → organisation → participant → media → unnamed', () => {
    const roles = ['media', 'unnamed', 'participant', 'organisation', 'expert', 'official', 'expert'] as const;
    const many = roles.map((role, i) => source(`s${i}`, `S${i}`, role === 'unnamed' ? 'unnamed' : 'person', { role }));
    show({ report: report(many, []) });
    expect(Array.from(host.querySelectorAll('.sl-legend-item'), (li) => li.getAttribute('data-role'))).toEqual(
      ['official', 'expert', 'organisation', 'participant', 'media', 'unnamed'],
    );
    expect(host.querySelector('[data-role="expert"]')!.textContent).toBe('2 experts');
  });

  it('switches the site and the highlights, collapses and closes through callbacks', () => {
    const props = show();
    const [site, highlights] = Array.from(host.querySelectorAll('[role="switch"]')) as HTMLButtonElement[];
    expect(site!.getAttribute('aria-label')).toBe('Sourcelight on example.com');
    expect(site!.getAttribute('aria-checked')).toBe('true');
    site!.click();
    expect(props.onSiteToggle).toHaveBeenCalledWith(false);
    expect(highlights!.getAttribute('aria-label')).toBe('Highlights');
    highlights!.click();
    expect(props.onHighlightsToggle).toHaveBeenCalledWith(false);
    click('[aria-label="Collapse the sidebar"]');
    expect(props.onCollapsedChange).toHaveBeenCalledWith(true);
    click('[aria-label="Close the sidebar"]');
    expect(props.onClose).toHaveBeenCalled();
    expect(Array.from(host.querySelectorAll('button')).every((b) => b.getAttribute('type') === 'button')).toBe(true);
  });

  it('copies as Markdown or JSON through callbacks, and says when it did', () => {
    const props = show();
    click('[data-export="json"]');
    expect(props.onExport).toHaveBeenCalledWith('json');
    click('[data-export="markdown"]');
    expect(props.onExport).toHaveBeenCalledWith('markdown');
    show({ copied: 'json' });
    expect(host.querySelector('[data-export="json"]')!.textContent).toBe('Copied ✓');
    expect(host.querySelector('[data-export="markdown"]')!.textContent).toBe('Markdown');
  });

  it('announces politely in one live region', () => {
    show({ announcement: 'Copied the source list as JSON' });
    const live = host.querySelectorAll('[aria-live]');
    expect(live).toHaveLength(1);
    expect(live[0]!.getAttribute('aria-live')).toBe('polite');
    expect(live[0]!.textContent).toBe('Copied the source list as JSON');
  });
});

describe('Sidebar: the sources', () => {
  it('lists each kind with the contract attributes, kind badge, credentials and voice', () => {
    show();
    expect(entries(host).map((e) => [e.getAttribute('data-source-name'), e.getAttribute('data-source-kind')])).toEqual([
      ['Aviv Oreg', 'person'], ['the Defence Ministry', 'organisation'], ['a senior official', 'unnamed'],
    ]);
    const [oreg, ministry, official] = entries(host);
    expect(Array.from(oreg!.querySelectorAll('.sl-badge'), (b) => b.textContent)).toEqual(['Person', 'expert']);
    expect(Array.from(ministry!.querySelectorAll('.sl-badge'), (b) => b.textContent)).toEqual(['Organisation', 'official']);
    expect(Array.from(official!.querySelectorAll('.sl-badge'), (b) => b.textContent)).toEqual(['Unnamed']);
    expect(oreg!.querySelector('.sl-credentials')!.textContent).toBe('former head of the Al Qaeda desk');
    expect(oreg!.textContent).toContain('2 statements · 62% of quoted words');
    expect(ministry!.querySelector('.sl-credentials.sl-muted')!.textContent).toBe('role not stated in the article');
  });

  it('flags unnamed sources, with the article’s reason when it gives one', () => {
    const nameless = source('s4', 'people familiar with the matter', 'unnamed', { quoteIds: [] });
    show({ report: report([...SOURCES, nameless], QUOTES) });
    const flag = (name: string) => host.querySelector(`[data-source-name="${name}"] .sl-unnamed-reason`)?.textContent;
    expect(flag('a senior official')).toBe('⚑ Unnamed: not authorised to speak publicly');
    expect(flag('people familiar with the matter')).toBe('⚑ Unnamed: the article gives no reason');
    expect(flag('Aviv Oreg')).toBeUndefined();
  });

  it('marks direct quotes as such and reported speech as paraphrase', () => {
    show();
    const text = (id: string) => host.querySelector(`[data-quote-id="${id}"] .sl-quote-text`)!.textContent;
    const kind = (id: string) => host.querySelector(`[data-quote-id="${id}"] .sl-quote-kind`)!.textContent;
    expect([text('q1'), kind('q1')]).toEqual(['“It would take years to regenerate another one”', 'Direct quote']);
    expect([text('q2'), kind('q2')]).toEqual(['the ministry would review the decision', 'Paraphrase']);
    expect(kind('q3')).toBe('Paraphrase, partly quoted');
  });

  it('calls back on a quote click; quotes not in the page are not buttons', () => {
    const props = show();
    click('[data-quote-id="q2"] button');
    expect(props.onQuoteSelect).toHaveBeenCalledWith('q2');
    expect(host.querySelector('[data-quote-id="q4"] button')).toBeNull();
    expect(host.querySelector('[data-quote-id="q4"]')!.textContent).toContain('Not found in the page');
  });

  it('activates a source from its name, which says when none of its quotes is in the page', () => {
    const props = show({ anchored: new Set(['q1', 'q3']) });
    click('[data-source-name="Aviv Oreg"] .sl-source-button');
    expect(props.onSourceActivate).toHaveBeenCalledWith('s1');
    const ministry = host.querySelector('[data-source-name="the Defence Ministry"] .sl-source-button')!;
    expect(ministry.getAttribute('aria-disabled')).toBe('true');
    expect(host.querySelector('[data-source-name="Aviv Oreg"] .sl-source-button')!.hasAttribute('aria-disabled')).toBe(false);
  });

  it('marks the selected source and the current quote', () => {
    show({ selectedSourceId: 's1', activeQuoteId: 'q4' });
    expect(host.querySelector('[aria-current="true"][data-source-name]')!.getAttribute('data-source-name')).toBe('Aviv Oreg');
    expect(host.querySelector('.sl-quote.sl-active')!.getAttribute('data-quote-id')).toBe('q4');
  });

  it('orders by share of voice on request, ties in reading order', () => {
    const tied = [...SOURCES, source('s4', 'Tied with ministry', 'person', { shareOfVoice: 0.21 })];
    const props = show({ report: report(tied, QUOTES), order: 'voice' });
    expect(entries(host).map((e) => e.getAttribute('data-source-id'))).toEqual(['s1', 's2', 's4', 's3']);
    expect(host.querySelector('[aria-pressed="true"]')!.textContent).toBe('By voice');
    click('.sl-segment-button[aria-pressed="false"]');
    expect(props.onOrderChange).toHaveBeenCalledWith('appearance');
  });

  it(`shows ${QUOTE_PREVIEW} statements of a talkative source, all on request or when the current one is further down`, () => {
    const quotes = Array.from({ length: 7 }, (_, i) => quote(`q${i}`, 's1', `statement number ${i}`));
    const talker = source('s1', 'Talker', 'person', { quoteIds: quotes.map((q) => q.id) });
    show({ report: report([talker], quotes), anchored: new Set(quotes.map((q) => q.id)) });
    expect(host.querySelectorAll('[data-quote-id]')).toHaveLength(QUOTE_PREVIEW);
    act(() => click('.sl-more'));
    expect(host.querySelectorAll('[data-quote-id]')).toHaveLength(7);
    expect(host.querySelector('.sl-more')!.getAttribute('aria-expanded')).toBe('true');
    render(null, host);
    show({ report: report([talker], quotes), anchored: new Set(quotes.map((q) => q.id)), activeQuoteId: 'q5' });
    expect(host.querySelector('.sl-quote.sl-active')!.getAttribute('data-quote-id')).toBe('q5');
  });

  it('keeps very long names and credentials whole, and lists 60 sources', () => {
    const long = 'Dr. Maximiliana Wilhelmina Alexandrovna Featherstonehaugh-Cholmondeley-Marjoribanks of the Institute';
    const credential = 'the former deputy director of the ministry of strategic affairs and senior research fellow at '.repeat(3).trim();
    const kinds: Array<'person' | 'organisation' | 'unnamed'> = ['person', 'organisation', 'unnamed'];
    const many = Array.from({ length: 60 }, (_, i) =>
      source(`s${i}`, i === 0 ? long : `Source number ${i}`, kinds[i % 3]!, { credentials: i === 0 ? [credential] : [] }));
    show({ report: report(many, []), colours: new Map(many.map((s, i) => [s.id, colourFor(i)])) });
    expect(entries(host)).toHaveLength(60);
    expect(entries(host)[0]!.querySelector('.sl-source-name')!.textContent).toBe(long);
    expect(entries(host)[0]!.querySelector('.sl-credentials')!.textContent).toBe(credential);
    expect(host.querySelector('.sl-summary')!.textContent).toBe('60 sources · 20 unnamed · 20 organisations · 0 quotes');
    const swatches = Array.from(host.querySelectorAll('.sl-swatch'), (s) => (s as HTMLElement).style.backgroundColor);
    expect(new Set(swatches).size).toBeGreaterThanOrEqual(12);
    expect(host.querySelectorAll('.sl-source-button[tabindex="0"]')).toHaveLength(1);
  });
});

describe('Sidebar: states', () => {
  it('shows an empty state when the article quotes no one', () => {
    show({ report: report([], []) });
    expect(host.textContent).toContain('No quoted sources found in this article');
    expect(entries(host)).toHaveLength(0);
    expect(host.querySelector('.sl-toolbar')).toBeNull();
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

  it('says it is working while the pipeline runs', () => {
    show({ state: 'working', report: null });
    expect(host.textContent).toContain('Reading the article');
    expect(entries(host)).toHaveLength(0);
  });

  it('renders as a slim tab when collapsed, with the bucket bar, and opens from it', () => {
    const props = show({ collapsed: true, markers: [{ quoteId: 'q2', sourceId: 's2', position: 0.5 }] });
    expect(host.querySelector('.sl-panel')).toBeNull();
    expect(host.querySelector('.sl-tab')!.getAttribute('aria-label')).toBe('Open the Sourcelight sidebar (3 sources)');
    click('.sl-tab');
    expect(props.onCollapsedChange).toHaveBeenCalledWith(false);
    click('[data-marker-quote="q2"]');
    expect(props.onQuoteSelect).toHaveBeenCalledWith('q2');
  });

  it('takes its theme, layout and width from props', () => {
    show({ theme: 'dark', layout: 'overlay', width: 420 });
    const root = host.querySelector('.sl-root')!;
    expect([root.getAttribute('data-theme'), root.getAttribute('data-layout')]).toEqual(['dark', 'overlay']);
    expect((host.querySelector('.sl-panel') as HTMLElement).style.width).toBe('420px');
  });
});

describe('Sidebar: the bucket bar', () => {
  it('draws a mark per quote at its height in the page, in its source’s colour, and jumps on click', () => {
    const props = show({
      markers: [{ quoteId: 'q1', sourceId: 's1', position: 0.1 }, { quoteId: 'q2', sourceId: 's2', position: 0.75 }],
      activeQuoteId: 'q2',
    });
    const marks = Array.from(host.querySelectorAll<HTMLElement>('.sl-marker'));
    expect(marks.map((m) => m.style.top)).toEqual(['10%', '75%']);
    expect(marks[0]!.style.backgroundColor).not.toBe(marks[1]!.style.backgroundColor);
    expect(marks[0]!.title).toBe('Aviv Oreg');
    expect(marks[1]!.classList.contains('sl-active')).toBe(true);
    expect(host.querySelector('.sl-bucket')!.getAttribute('aria-hidden')).toBe('true');
    marks[0]!.click();
    expect(props.onQuoteSelect).toHaveBeenCalledWith('q1');
  });

  it('redraws without the source list when only the marks moved, and with it when the selection changed', () => {
    const props = showSidebar(host);
    const cards = countDiffs(SourceCard);
    try {
      render(<Sidebar {...props} markers={[{ quoteId: 'q1', sourceId: 's1', position: 0.4 }]} announcement="Copied" width={400} />, host);
      expect(host.querySelectorAll('.sl-marker')).toHaveLength(1);
      expect(cards.count).toBe(0);
      render(<Sidebar {...props} selectedSourceId="s2" />, host);
      expect(cards.count).toBe(SOURCES.length);
      expect(entries(host)[1]!.classList.contains('sl-selected')).toBe(true);
    } finally {
      cards.stop();
    }
  });
});

/** Counts how often Preact diffs a component of type `type`, until `stop`. */
function countDiffs(type: unknown): { count: number; stop: () => void } {
  const previous = options.diffed;
  const counter = {
    count: 0,
    stop: () => {
      options.diffed = previous;
    },
  };
  options.diffed = (vnode) => {
    if (vnode.type === type) counter.count++;
    previous?.(vnode);
  };
  return counter;
}

describe('Sidebar accessibility (axe-core, structure rules; colour contrast needs layout: see the e2e test)', () => {
  it.each([
    ['ready', {}],
    ['ready, dark, a source selected', { theme: 'dark', selectedSourceId: 's2', activeQuoteId: 'q2' }],
    ['collapsed', { collapsed: true, markers: [{ quoteId: 'q1', sourceId: 's1', position: 0.3 }] }],
    ['skipped', { state: 'skipped', reason: 'not-article', report: null }],
    ['empty', { report: report([], []) }],
  ] as Array<[string, Partial<SidebarProps>]>)('has no violations when %s', async (_label, overrides) => {
    show(overrides);
    const results = await axe.run(host, { rules: { 'color-contrast': { enabled: false }, region: { enabled: false } } });
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }, AXE_TIMEOUT_MS);
});
