/**
 * The repo's own rules for the files the DOM tier owns (refined-github's habit of testing conventions):
 * components never call browser.* or import WXT, page writers in utils/dom never import UI or extension
 * APIs, and every DOM writer's header says how to undo it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = process.cwd();

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => pattern.test(f))
    .map((f) => path.join(dir, f));
}

const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
/** The code of a file without its comments (which may well say "never calls browser.*"). */
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('components', () => {
  it.each(files('components', /\.tsx?$/))('%s is props in, callbacks out: no browser.*, no WXT', (file) => {
    const source = code(file);
    expect(source).not.toMatch(/\bbrowser\.|\bchrome\./);
    expect(source).not.toMatch(/from ['"](wxt|webextension-polyfill)/);
  });
});

describe('utils/dom', () => {
  it.each(files('utils/dom', /\.ts$/))('%s imports no UI and no extension API', (file) => {
    expect(code(file)).not.toMatch(/from ['"](preact|wxt|webextension-polyfill)|\bbrowser\./);
  });

  it.each(['ads.ts', 'highlight.ts', 'mark-wrap.ts', 'page-status.ts'])('writer utils/dom/%s says what it changes and how to undo it', (file) => {
    const header = read(path.join('utils/dom', file)).split('*/')[0]!;
    expect(header).toMatch(/What (it|\w+) changes/i);
    expect(header).toMatch(/How to undo/i);
  });
});
