/**
 * utils/analysis is pure: strings and plain objects in and out, so it runs in the content script, the
 * CLI and Node tests alike. It imports nothing that touches a DOM, the extension or the UI.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dir = path.join(process.cwd(), 'utils/analysis');
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('utils/analysis', () => {
  it('has files to check', () => expect(files.length).toBeGreaterThan(5));

  it.each(files)('%s imports only from utils/analysis and utils/types', (file) => {
    const source = readFileSync(path.join(dir, file), 'utf8');
    for (const [, spec] of source.matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)) {
      expect(spec, `${file} imports ${spec}`).toMatch(/^\.\/[\w-]+$|^\.\.\/types$/);
    }
    const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
    expect(code).not.toMatch(/\b(?:document|window|browser|chrome|navigator|globalThis)\s*\./);
  });
});
