/**
 * The `analyze` command: runs Sourcelight's engine on a saved page or a URL and prints its sources.
 *
 *   npm run --silent analyze -- [--json] <file.html | http(s) URL> [--url <original page URL>]
 *
 * Errors are one line on stderr and a non-zero exit, never a stack trace.
 */
import { readFile } from 'node:fs/promises';
import type { ContractReport } from '../analysis/export';
import { analyzeHtml, NoArticleError } from './pipeline';

const USAGE = 'usage: analyze [--json] <file.html | http(s) URL> [--url <original page URL>]';

/** A failure the user caused or can fix: printed as one line. */
class CliError extends Error {}

interface Options {
  json: boolean;
  target: string;
  url: string | null;
}

function parseArgs(argv: string[]): Options {
  let json = false;
  let url: string | null = null;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') json = true;
    else if (arg === '--url') {
      url = argv[++i] ?? null;
      if (!url) throw new CliError('--url needs a value');
    } else if (arg === '--help' || arg === '-h') throw new CliError(USAGE);
    else if (arg.startsWith('--')) throw new CliError(`unknown option ${arg}; ${USAGE}`);
    else rest.push(arg);
  }
  if (rest.length !== 1) throw new CliError(USAGE);
  return { json, target: rest[0]!, url };
}

/** Reads the page's HTML from a file or an http(s) URL. */
async function loadHtml(target: string): Promise<string> {
  if (/^https?:\/\//i.test(target)) {
    let response: Response;
    try {
      response = await fetch(target, { redirect: 'follow', signal: AbortSignal.timeout(30_000) });
    } catch (error) {
      throw new CliError(`cannot fetch ${target}: ${(error as Error).cause ?? (error as Error).message}`);
    }
    if (!response.ok) throw new CliError(`cannot fetch ${target}: HTTP ${response.status}`);
    return response.text();
  }
  try {
    return await readFile(target, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(code === 'ENOENT' ? `no such file: ${target}` : `cannot read ${target}: ${code ?? error}`);
  }
}

/** The readable table printed without --json. */
function formatTable(report: ContractReport): string {
  const lines = [
    report.title ?? '(untitled)',
    `${report.article.words} words · ${report.sources.length} sources · ${report.ads.hidden} ad blocks`,
    '',
  ];
  const width = Math.min(32, Math.max(6, ...report.sources.map((s) => s.name.length)));
  for (const s of report.sources) {
    const name = s.name.length > width ? `${s.name.slice(0, width - 1)}…` : s.name.padEnd(width);
    lines.push(`${name}  ${s.kind.padEnd(12)} ${String(s.statements).padStart(2)} quote(s)  ${s.credentials.join('; ')}`);
  }
  if (!report.sources.length) lines.push('No quoted sources found.');
  return lines.join('\n');
}

async function main(argv: string[]): Promise<void> {
  const options = parseArgs(argv);
  const html = await loadHtml(options.target);
  const url = options.url ?? (/^https?:/i.test(options.target) ? options.target : null);
  const report = analyzeHtml(html, url);
  process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : `${formatTable(report)}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const message = error instanceof CliError || error instanceof NoArticleError ? error.message : `internal error: ${(error as Error)?.message ?? error}`;
  process.stderr.write(`analyze: ${message.split('\n')[0]}\n`);
  process.exitCode = 1;
});
