/**
 * The reading view's own conventions: its page writers say what they change and how to undo it, its
 * components and pages never call browser.*, and only entrypoints wire (refined-github's habit of testing
 * conventions; the repo-wide rules are in conventions.test.ts).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const read = (file: string) => readFileSync(path.join(process.cwd(), file), 'utf8');
const code = (file: string) => read(file).replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

describe('reading-view page writers', () => {
  it.each(['utils/dom/reflow.ts', 'utils/dom/clipboard.ts', 'utils/dom/highlight.ts'])('%s says what it changes and how to undo it', (file) => {
    const header = read(file).split('*/')[0]!;
    expect(header).toMatch(/What (it|\w+) changes/i);
    expect(header).toMatch(/How to undo/i);
  });

  it.each(['utils/dom/hit-test.ts', 'utils/dom/bucket.ts'])('%s only reads the page', (file) => {
    expect(read(file).split('*/')[0]).toMatch(/Reads only/);
    expect(code(file)).not.toMatch(/\.(appendChild|setAttribute|remove|insertBefore)\(/);
  });
});

describe('the popup and options pages', () => {
  it.each(['components/PopupApp.tsx', 'components/OptionsApp.tsx', 'components/HighlightCard.tsx'])('%s is props in, callbacks out', (file) => {
    expect(code(file)).not.toMatch(/\bbrowser\.|\bchrome\.|from ['"]wxt/);
  });

  it.each(['entrypoints/popup/main.tsx', 'entrypoints/options/main.tsx'])('%s wires a component to the extension', (file) => {
    expect(code(file)).toMatch(/from ['"]wxt\/browser['"]/);
    expect(code(file)).toMatch(/from ['"]\.\.\/\.\.\/components\//);
  });
});
