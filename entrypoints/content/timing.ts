/**
 * Runs one pipeline stage: times it as the performance measure `sourcelight:<stage>` (`npm run bench`
 * reads them from the page) and catches its failure, so one broken stage never breaks the others or
 * throws into the page.
 */
import { yieldToPage } from './schedule';

/** The stages, in pipeline order. */
export type StageName = 'gate' | 'detect' | 'read' | 'hide' | 'analyze' | 'highlight' | 'render';

function measure(name: StageName, start: string): void {
  try {
    performance.measure(`sourcelight:${name}`, start);
  } catch {
    // a page that replaced `performance` loses only the timing
  }
}

function begin(name: StageName): string {
  const start = `sourcelight:${name}:start`;
  try {
    performance.mark(start);
  } catch {
    // as above
  }
  return start;
}

function report(name: StageName, error: unknown): void {
  // debug level: visible to a developer who looks, silent in the reader's console
  console.debug(`[sourcelight] ${name} stage failed:`, error);
}

/** Leaves a named mark for `npm run bench` and the e2e tests (`sourcelight:<event>`): something that happened, untimed. */
export function note(event: string): void {
  try {
    performance.mark(`sourcelight:${event}`);
  } catch {
    // as above
  }
}

/** Runs a synchronous stage; returns `fallback` if it throws, and then adds the stage to `failed`. */
export function runStage<T>(name: StageName, stage: () => T, fallback: T, failed?: StageName[]): T {
  const start = begin(name);
  try {
    return stage();
  } catch (error) {
    report(name, error);
    failed?.push(name);
    return fallback;
  } finally {
    measure(name, start);
  }
}

/** Runs an asynchronous stage; resolves to `fallback` if it throws or rejects, and then adds the stage to `failed`. */
export async function runStageAsync<T>(name: StageName, stage: () => Promise<T>, fallback: T, failed?: StageName[]): Promise<T> {
  const start = begin(name);
  try {
    return await stage();
  } catch (error) {
    report(name, error);
    failed?.push(name);
    return fallback;
  } finally {
    measure(name, start);
  }
}

/** Runs `action` (an undo, a callback from the sidebar), catching and reporting any failure. */
export function safely(what: string, action: () => void): void {
  try {
    action();
  } catch (error) {
    console.debug(`[sourcelight] ${what} failed:`, error);
  }
}

/** Yields to the page between stages, so input and paint never wait for more than one stage (schedule.ts). */
export function pause(): Promise<void> {
  return yieldToPage();
}
