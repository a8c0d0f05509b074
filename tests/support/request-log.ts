/**
 * RequestLog: every request a Chromium context makes, with who started it, for the privacy test.
 *
 * Two sources, because no single one sees everything:
 * - Playwright's context 'request' event: pages, their frames, and service workers (the extension's
 *   background included), with the frame or worker that made each request.
 * - Chrome DevTools Protocol Network.requestWillBeSent on each page's own session: the *initiator* of
 *   each page request: the HTML parser, a script (with its JavaScript stack, async parents included),
 *   a preload, or the browser. A content script's fetch or an element it inserts carries a
 *   chrome-extension:// frame on that stack; the page's own loads do not.
 * Requests are classed by where they go: the test server (127.0.0.1), a non-network scheme (data:,
 * blob:, chrome-extension:), or off-host.
 */
import type { BrowserContext, CDPSession, Page, Request } from 'playwright-core';
import { isLocalUrl } from './network';

/** Where a request goes. */
export type Destination = 'loopback' | 'non-network' | 'off-host';

/** Who made a request. */
export type Maker = 'page' | 'extension';

/** One request. */
export interface LoggedRequest {
  url: string;
  destination: Destination;
  maker: Maker;
  /** Why it is attributed so: 'service-worker', 'extension-page', 'extension-stack', 'parser', 'page-script', … */
  why: string;
  /** The page (tab) or worker URL the request belongs to. */
  owner: string;
}

/** CDP's initiator of a request (the parts read here). */
interface Initiator {
  type: string;
  url?: string;
  stack?: StackTrace;
}
interface StackTrace {
  callFrames: Array<{ url: string }>;
  parent?: StackTrace;
}

/** Every script URL on an initiator's stack, async parents included. */
function stackUrls(initiator: Initiator | undefined): string[] {
  const urls: string[] = [];
  for (let stack = initiator?.stack; stack; stack = stack.parent) urls.push(...stack.callFrames.map((f) => f.url));
  if (initiator?.url) urls.push(initiator.url);
  return urls.filter(Boolean);
}

/** Where `url` goes. */
export function destinationOf(url: string): Destination {
  if (!/^(https?|wss?|ftp):/i.test(url)) return 'non-network';
  return isLocalUrl(url) ? 'loopback' : 'off-host';
}

const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;

/** What is kept of a request when it is made; attribution waits until the run is over. */
interface Seen {
  url: string;
  owner: string;
  worker: boolean;
  topNavigation: boolean;
}

/**
 * Records the requests of `context` from now on. Attribution happens when `requests` is read, after the
 * run: a page session's initiator event may arrive after Playwright's request event.
 */
export class RequestLog {
  private readonly seen: Seen[] = [];
  /** CDP initiators of page requests, by URL (every one seen for that URL). */
  private readonly initiators = new Map<string, Initiator[]>();
  private readonly sessions: CDPSession[] = [];

  constructor(private readonly context: BrowserContext) {
    context.on('request', (request) => this.record(request));
  }

  /** Opens a new tab whose requests' initiators are recorded too. */
  async newPage(): Promise<Page> {
    const page = await this.context.newPage();
    const cdp = await this.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (event: { request: { url: string }; initiator: Initiator }) => {
      const list = this.initiators.get(event.request.url) ?? [];
      list.push(event.initiator);
      this.initiators.set(event.request.url, list);
    });
    await cdp.send('Network.enable');
    this.sessions.push(cdp);
    return page;
  }

  /** Every request so far, attributed. */
  get requests(): LoggedRequest[] {
    return this.seen.map((s) => ({ url: s.url, owner: s.owner, destination: destinationOf(s.url), ...this.attribute(s) }));
  }

  /** Requests going off-host. */
  offHost(maker?: Maker): LoggedRequest[] {
    return this.requests.filter((r) => r.destination === 'off-host' && (!maker || r.maker === maker));
  }

  /** Counts by destination, by maker and destination, and by reason, for the report. */
  summary(): Record<string, number> {
    const requests = this.requests;
    const counts: Record<string, number> = { total: requests.length };
    const add = (key: string) => (counts[key] = (counts[key] ?? 0) + 1);
    for (const r of requests) {
      add(r.destination);
      add(`${r.maker} → ${r.destination}`);
      if (r.destination === 'off-host') add(`off-host by ${r.maker} (${r.why})`);
    }
    return counts;
  }

  /** Stops listening to the CDP sessions. */
  async detach(): Promise<void> {
    await Promise.all(this.sessions.splice(0).map((s) => s.detach().catch(() => undefined)));
  }

  private record(request: Request): void {
    const worker = request.serviceWorker();
    let owner = worker?.url() ?? '';
    let topNavigation = false;
    if (!worker) {
      try {
        owner = request.frame().url();
        topNavigation = request.isNavigationRequest() && request.frame().parentFrame() === null;
      } catch {
        owner = ''; // a frame Playwright no longer knows
      }
    }
    this.seen.push({ url: request.url(), owner, worker: Boolean(worker), topNavigation });
  }

  /**
   * Who made the request: the extension's worker and pages, or any request whose initiator stack runs
   * through extension code, are the extension's; everything else is the page's, with CDP's reason.
   */
  private attribute(seen: Seen): { maker: Maker; why: string } {
    if (seen.worker) return EXTENSION_URL.test(seen.owner) ? { maker: 'extension', why: 'service-worker' } : { maker: 'page', why: 'page-service-worker' };
    if (EXTENSION_URL.test(seen.owner)) return { maker: 'extension', why: 'extension-page' };
    const initiators = this.initiators.get(seen.url) ?? [];
    if (initiators.some((i) => stackUrls(i).some((u) => EXTENSION_URL.test(u)))) return { maker: 'extension', why: 'extension-stack' };
    if (seen.topNavigation) return { maker: 'page', why: 'navigation' };
    if (!initiators.length) return { maker: 'page', why: 'no-initiator' };
    const type = initiators[0]!.type;
    return { maker: 'page', why: type === 'script' ? 'page-script' : type };
  }
}
