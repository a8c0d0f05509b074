/**
 * The built Chromium extension on real saved news pages (shared/corpus, served from 127.0.0.1 as
 * captured: the pages' own scripts run, their off-host requests are refused). Expectations come from
 * each page's gold files, never from this file. One browser for the whole file.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromiumWithExtension, type ChromiumWithExtension } from '../support/chromium';
import { corpusDir, readExpectedParagraphs, readGoldSources } from '../support/gold';
import {
  inspectSidebar, namesSurname, openAndWait, readHighlights, readSidebarSources, renderedText, surname,
  type PipelineState,
} from '../support/page';
import { CORPUS_DIR } from '../support/paths';
import { serveDir, type StaticServer } from '../support/server';

/** Four publishers, four page shapes (BBC, Washington Post, New York Times, Deccan Herald). */
const SLUGS = ['bbc-obama-gun-laws', 'wapo-tunisia-museum-attack', 'nytimes-sudan-sanctions', 'deccanherald-us-china-tariffs'];
/** Share of the gold's named people the sidebar must show (by surname). */
const MIN_PEOPLE_RECALL = 0.5;

let server: StaticServer;
let chromium: ChromiumWithExtension;

beforeAll(async () => {
  server = await serveDir(CORPUS_DIR);
  chromium = await launchChromiumWithExtension();
});

afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

describe.each(SLUGS)('corpus page %s in Chromium', (slug) => {
  const dir = corpusDir(slug);
  const surnames = [...new Set(readGoldSources(dir).filter((s) => s.kind === 'person').map((s) => surname(s.name)))];
  let page: Page;
  let errors: string[];
  let state: PipelineState;

  beforeAll(async () => {
    ({ page, errors, state } = await openAndWait(chromium.context, `${server.url}/${slug}/page.html`));
  });

  afterAll(async () => {
    await page?.close();
  });

  it('finishes as an article with one sidebar in an open shadow root', async () => {
    expect(state.status).toBe('ready');
    expect(await inspectSidebar(page)).toEqual({ count: 1, openShadowRoot: true });
  });

  it(`names at least ${MIN_PEOPLE_RECALL * 100}% of the people the gold quotes`, async () => {
    expect(surnames.length, 'gold names at least one person').toBeGreaterThan(0);
    const names = (await readSidebarSources(page)).map((s) => s.name);
    const found = surnames.filter((wanted) => names.some((name) => namesSurname(name, wanted)));
    expect(found.length, `found ${JSON.stringify(found)} of ${JSON.stringify(surnames)} in ${JSON.stringify(names)}`)
      .toBeGreaterThanOrEqual(Math.ceil(surnames.length * MIN_PEOPLE_RECALL));
  });

  it('highlights quotes', async () => {
    expect(state.highlighted ?? 0).toBeGreaterThan(0);
    const highlights = await readHighlights(page);
    expect(highlights.ranges + highlights.marks, JSON.stringify(highlights)).toBeGreaterThan(0);
  });

  it('keeps every paragraph of the article visible', async () => {
    // Without the extension every gold paragraph of these pages is in the rendered text.
    const text = await renderedText(page);
    expect(readExpectedParagraphs(dir).filter((p) => !text.includes(p)).map((p) => p.slice(0, 80))).toEqual([]);
  });

  it('throws nothing from the extension into the page', () => {
    // The pages' own scripts may fail without their network; only errors from extension code count.
    expect(errors.filter((e) => /(chrome|moz)-extension:\/\//.test(e))).toEqual([]);
  });
});
