/**
 * The size budget of issue 6: every content script a page loads stays within 150 KB minified, as built
 * (`npm test` and `npm run test:e2e` build first, so it lives with the tests of the built extension). Filter data the early content script fetches lazily is not a script and is
 * not counted. `npm run bench` prints the sizes with gzip.
 */
import { describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_BUDGET_BYTES, measureBundle } from '../bench/bundle';

/** Minified code has very long lines; a readable build averages well under this many characters per line. */
const MIN_CHARS_PER_LINE = 400;

describe('content-script bundle (.output/chrome-mv3)', () => {
  const bundle = measureBundle();

  it('injects at least one content script', () => {
    expect(bundle.contentScripts.length).toBeGreaterThan(0);
  });

  it.each(bundle.contentScripts.map((f) => [f.file, f] as const))('%s stays within 150 KB minified', (_file, size) => {
    expect(size.bytes, `${(size.bytes / 1024).toFixed(1)} KB`).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET_BYTES);
  });

  it.each(bundle.contentScripts.map((f) => [f.file, f] as const))('%s is minified', (_file, size) => {
    expect(size.bytes / size.lines).toBeGreaterThan(MIN_CHARS_PER_LINE);
  });
});
