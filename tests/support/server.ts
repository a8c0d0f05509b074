/**
 * serveDir: a static file server on 127.0.0.1 with an ephemeral port (sirv over node:http), so test pages
 * load over http like real ones while nothing leaves the machine; pages generated at test time can be
 * mounted beside the files.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

/** A running static server. */
export interface StaticServer {
  /** Base URL without a trailing slash, e.g. `http://127.0.0.1:43127`. */
  url: string;
  /** Stops the server and drops open connections. */
  close: () => Promise<void>;
}

/** A page made at test time (too big to commit): HTML, unless `type` says otherwise. */
export type GeneratedPage = string | { type: string; body: string };

/**
 * Serves `dir` on 127.0.0.1 at a free port; unknown paths get a plain 404. `pages` (path → builder) are
 * answered first, each built once on first request.
 */
export async function serveDir(dir: string, pages: Record<string, () => GeneratedPage> = {}): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, dotfiles: false });
  const built = new Map<string, { type: string; body: string }>();
  const server: Server = createServer((req, res) => {
    const route = (req.url ?? '/').split('?')[0]!;
    const build = Object.hasOwn(pages, route) ? pages[route] : undefined;
    if (build) {
      let page = built.get(route);
      if (!page) {
        const made = build();
        page = typeof made === 'string' ? { type: 'text/html; charset=utf-8', body: made } : made;
        built.set(route, page);
      }
      res.writeHead(200, { 'content-type': page.type });
      res.end(page.body);
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
