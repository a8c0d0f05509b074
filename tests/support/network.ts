/**
 * The network rule for every browser the tests start: pages may load from 127.0.0.1 (the test server)
 * and nothing else. Off-host requests are refused and recorded, so a test can show the extension
 * itself made none.
 */

/** True for URLs that stay on this machine, and for non-network schemes (data:, blob:, extension URLs). */
export function isLocalUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (!/^(https?|wss?|ftp):$/.test(url.protocol)) return true;
  return url.hostname === '127.0.0.1' || url.hostname === 'localhost' || url.hostname === '[::1]';
}

/**
 * A proxy that does not exist: browsers never proxy loopback, so with this set every off-host request
 * fails at once even if it slips past request interception (browser-internal traffic, IP literals).
 */
export const DEAD_PROXY = { host: '127.0.0.1', port: 9 } as const;
