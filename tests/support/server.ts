/**
 * serveDir: a static file server on 127.0.0.1 with an ephemeral port (sirv over node:http), so test pages
 * load over http like real ones while nothing leaves the machine.
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

/** Serves `dir` on 127.0.0.1 at a free port; unknown paths get a plain 404. */
export async function serveDir(dir: string): Promise<StaticServer> {
  const files = sirv(dir, { dev: true, dotfiles: false });
  const server: Server = createServer((req, res) =>
    files(req, res, () => {
      res.statusCode = 404;
      res.end('not found');
    }),
  );
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
