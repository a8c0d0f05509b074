/**
 * What the e2e tests read off a page the extension ran on, through the page-visible contract only:
 * <html data-sourcelight="ready|skipped"> with data-sourcelight-* counts, the <sourcelight-sidebar>
 * element with an open shadow root whose source entries carry data-source-name / data-source-kind,
 * and the highlights (CSS Custom Highlight API entries named sourcelight-*, or <sourcelight-mark>).
 */
import type { BrowserContext, Page } from 'playwright-core';

/** The pipeline's final state and counts, from the attributes on <html>. */
export interface PipelineState {
  status: string | null;
  sources: number | null;
  quotes: number | null;
  hidden: number | null;
  highlighted: number | null;
}

/** One entry of the sidebar's source list. */
export interface SidebarSource {
  name: string;
  kind: string | null;
}

/** Collapses whitespace, so text compares the same however the page wraps it. */
export function normaliseText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** Collects uncaught errors thrown on the page (any world), with their stacks. */
export function watchPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`${error.message}\n${error.stack ?? ''}`));
  return errors;
}

/**
 * Waits until <html data-sourcelight> is "ready" or "skipped" and returns the state. Throws with the
 * attribute's last value when the pipeline never finishes (content script missing, stuck or crashed).
 */
export async function waitForPipeline(page: Page, timeout = 30_000): Promise<PipelineState> {
  try {
    await page.waitForFunction(
      () => ['ready', 'skipped'].includes(document.documentElement.getAttribute('data-sourcelight') ?? ''),
      null,
      { timeout, polling: 100 },
    );
  } catch {
    const value = await page.evaluate(() => document.documentElement.getAttribute('data-sourcelight'));
    throw new Error(`<html data-sourcelight> is ${JSON.stringify(value)} after ${timeout} ms on ${page.url()}: `
      + 'the content script did not run or did not finish');
  }
  return readPipelineState(page);
}

/** A page opened on a URL with the extension, once its pipeline finished. */
export interface OpenedPage {
  page: Page;
  /** Uncaught errors on the page so far and from now on (see {@link watchPageErrors}). */
  errors: string[];
  /** The pipeline's state when it finished. */
  state: PipelineState;
}

/** Opens `url` in a new tab, watching for page errors, and waits for the pipeline to finish. */
export async function openAndWait(context: BrowserContext, url: string): Promise<OpenedPage> {
  const page = await context.newPage();
  const errors = watchPageErrors(page);
  // The content script runs at document_idle; the pages' own slow subresources need not load.
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return { page, errors, state: await waitForPipeline(page) };
}

/** Reads data-sourcelight and its counts from <html>; a count the page does not set reads null. */
export async function readPipelineState(page: Page): Promise<PipelineState> {
  // No named helpers inside evaluate(): tsx's keepNames would reference a __name the page lacks.
  const raw = await page.evaluate(() =>
    ['', '-sources', '-quotes', '-hidden', '-highlighted'].map((suffix) =>
      document.documentElement.getAttribute(`data-sourcelight${suffix}`)),
  );
  const count = (value: string | null | undefined) =>
    value == null || value.trim() === '' || Number.isNaN(Number(value)) ? null : Number(value);
  return { status: raw[0] ?? null, sources: count(raw[1]), quotes: count(raw[2]), hidden: count(raw[3]), highlighted: count(raw[4]) };
}

/** How the sidebar is mounted: how many <sourcelight-sidebar>, and whether the first has an open shadow root. */
export async function inspectSidebar(page: Page): Promise<{ count: number; openShadowRoot: boolean }> {
  return page.evaluate(() => {
    const hosts = document.querySelectorAll('sourcelight-sidebar');
    return { count: hosts.length, openShadowRoot: Boolean(hosts[0]?.shadowRoot) };
  });
}

/** The sources the sidebar lists: every [data-source-name] in its shadow root, in order. */
export async function readSidebarSources(page: Page): Promise<SidebarSource[]> {
  return page.evaluate(() => {
    const root = document.querySelector('sourcelight-sidebar')?.shadowRoot;
    if (!root) return [];
    return Array.from(root.querySelectorAll('[data-source-name]'), (el) => ({
      name: el.getAttribute('data-source-name') ?? '',
      kind: el.getAttribute('data-source-kind'),
    }));
  });
}

/** The highlights on the page: CSS Custom Highlight entries named sourcelight-* and <sourcelight-mark> elements. */
export async function readHighlights(page: Page): Promise<{ registry: string[]; ranges: number; marks: number }> {
  return page.evaluate(() => {
    const registry: string[] = [];
    let ranges = 0;
    const highlights = (CSS as unknown as { highlights?: Map<string, Set<unknown>> }).highlights;
    highlights?.forEach((highlight, name) => {
      if (!name.startsWith('sourcelight')) return;
      registry.push(name);
      ranges += highlight.size;
    });
    return { registry, ranges, marks: document.querySelectorAll('sourcelight-mark').length };
  });
}

/** The page's rendered text (innerText: what a reader sees, hidden elements left out), whitespace collapsed. */
export async function renderedText(page: Page): Promise<string> {
  return normaliseText(await page.evaluate(() => document.body.innerText));
}

/** A name's words, lower-cased, punctuation around them dropped ("Ron Dermer," → ["ron", "dermer"]). */
function nameWords(name: string): string[] {
  return name.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? [];
}

/** The last word of a name, lower-cased ("Kobi Michael" → "michael"): how gold names are compared. */
export function surname(name: string): string {
  return nameWords(name).at(-1) ?? '';
}

/** True when `shown` (a sidebar name) has `wanted` (a lower-cased surname) as one of its words. */
export function namesSurname(shown: string, wanted: string): boolean {
  return nameWords(shown).includes(wanted);
}
