/**
 * The setup every Firefox e2e file shares: Firefox ESR with the built extension (firefox.ts) and the
 * committed fixtures served on 127.0.0.1, started before the file's (or the describe block's) tests and
 * closed after them.
 */
import { afterAll, beforeAll } from 'vitest';
import { launchFirefoxWithExtension, type FirefoxWithExtension } from './firefox';
import { FIXTURES_DIR } from './paths';
import { serveDir, type StaticServer } from './server';

/** The running browser and the fixtures' base URL; read them inside tests (they exist once beforeAll ran). */
export interface FirefoxOnFixtures {
  readonly firefox: FirefoxWithExtension;
  /** Base URL of tests/fixtures, e.g. `http://127.0.0.1:43127`. */
  readonly url: string;
}

/** Registers the launch and the teardown in the current scope. */
export function useFirefoxOnFixtures(): FirefoxOnFixtures {
  let server: StaticServer | undefined;
  let firefox: FirefoxWithExtension | undefined;
  beforeAll(async () => {
    server = await serveDir(FIXTURES_DIR);
    firefox = await launchFirefoxWithExtension();
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('Firefox is not started yet: use it inside a test');
    return value;
  };
  return {
    get firefox() {
      return started(firefox);
    },
    get url() {
      return started(server).url;
    },
  };
}
