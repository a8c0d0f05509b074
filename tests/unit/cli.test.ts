/**
 * The analyze command as a user runs it: the JSON contract on the seed fixture, the readable table,
 * and one-line errors with a non-zero exit for bad input.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const analyze = (...args: string[]) =>
  run('npx', ['tsx', 'utils/cli/analyze.ts', ...args], { cwd: process.cwd(), encoding: 'utf8' })
    .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }))
    .catch((e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }));

describe.concurrent('analyze CLI', () => {
  it('prints exactly one JSON object in the contract shape', async () => {
    const { code, stdout } = await analyze('--json', 'tests/fixtures/seed.html', '--url', 'https://example.test/story');
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report).toMatchObject({ url: 'https://example.test/story', article: { text: expect.any(String), words: expect.any(Number) }, ads: { hidden: expect.any(Number) } });
    expect(report.ads.hidden).toBeGreaterThan(0);
    for (const s of report.sources) {
      expect(s).toMatchObject({ id: expect.any(String), name: expect.any(String), kind: expect.stringMatching(/^(person|organisation|unnamed)$/), credentials: expect.any(Array) });
      for (const q of s.quotes) expect(['direct', 'indirect', 'mixed']).toContain(q.type);
    }
    const byName = Object.fromEntries(report.sources.map((s: { name: string; credentials: string[] }) => [s.name, s.credentials]));
    expect(byName['Avigdor Lieberman']).toEqual(['Defence Minister']);
    expect(byName['Ron Dermer']).toEqual(["Israel's ambassador to Washington"]);
    expect(byName['Amnon Sofrin']).toEqual(["former head of Mossad's intelligence directorate"]);
  }, 30_000);

  it('prints a readable table without --json', async () => {
    const { code, stdout } = await analyze('tests/fixtures/seed.html');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Kobi Michael\s+person/);
  }, 30_000);

  it.each([
    [['does-not-exist.html'], /^analyze: no such file: does-not-exist\.html\n$/],
    [['tests/fixtures/home.html'], /^analyze: no article found on this page\n$/],
    [['--frobnicate', 'x.html'], /^analyze: unknown option --frobnicate/],
    [[], /^analyze: usage: /],
    [['http://127.0.0.1:9/nothing-listens-here'], /^analyze: cannot fetch http:\/\/127\.0\.0\.1:9\/nothing-listens-here/],
  ])('fails in one line for %j', async (args, message) => {
    const { code, stdout, stderr } = await analyze(...args);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  }, 30_000);
});
