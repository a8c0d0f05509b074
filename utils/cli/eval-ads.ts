/**
 * `npm run eval:ads`: how well the built extension hides ads, in real Chromium, on every page of the
 * dev corpus and on the seed fixture (each served under its original address; see ads-measure.ts).
 * Prints one line per page and the totals:
 *
 *   coverage   elements EasyList would hide that have no rendered box (target ≥ 98 %)
 *   DCL        of those in the page at DOMContentLoaded, how many were already hidden then
 *   kept       elements the article guard kept visible although a rule matches them
 *   lost       words of expected.txt visible without the extension but not with it (must be 0)
 *   hidden     <html data-sourcelight-hidden>, the count the sidebar shows
 *
 * Exits non-zero when any article word is lost, a seed placeholder shows, or coverage is under target.
 *   npm run eval:ads [-- --json] [--verbose]
 */
import { adPages, measureAdPage, openAdBrowsers, type AdFigures } from './ads-measure';

/** The coverage the issue asks for. */
const TARGET = 0.98;
const pct = (a: number, b: number) => (b ? `${((100 * a) / b).toFixed(1)}%` : '   -');

function row(f: AdFigures): string {
  const dcl = f.atDomContentLoaded;
  return [
    f.page.slice(0, 38).padEnd(38),
    `${f.covered}/${f.easylist}`.padStart(9), pct(f.covered, f.easylist).padStart(7),
    `${dcl.slots - dcl.visible}/${dcl.slots}`.padStart(9), String(f.kept).padStart(5),
    `${f.lostWords}/${f.articleWords}`.padStart(10), String(f.hiddenCount ?? '-').padStart(7),
    f.placeholders ? `placeholders hidden ${f.placeholders.total - f.placeholders.visible}/${f.placeholders.total}` : '',
  ].join(' ');
}

async function main(argv: string[]): Promise<void> {
  const browsers = await openAdBrowsers();
  const results: AdFigures[] = [];
  const started = Date.now();
  try {
    if (!argv.includes('--json')) console.log(['page'.padEnd(38), ' EasyList', 'cover', '      DCL', ' kept', '      lost', ' hidden'].join(' '));
    for (const page of adPages()) {
      const f = await measureAdPage(browsers, page);
      results.push(f);
      if (!argv.includes('--json')) {
        console.log(row(f));
        if (argv.includes('--verbose') && f.uncovered.length) console.log('    shown:', f.uncovered.join(' | '));
        if (f.lostWords) console.log('    LOST:', f.lostSample.join(' '));
      }
    }
  } finally {
    await browsers.close();
  }
  const sum = (pick: (f: AdFigures) => number) => results.reduce((a, f) => a + pick(f), 0);
  const total = {
    easylist: sum((f) => f.easylist), covered: sum((f) => f.covered), kept: sum((f) => f.kept),
    dclSlots: sum((f) => f.atDomContentLoaded.slots), dclVisible: sum((f) => f.atDomContentLoaded.visible),
    lostWords: sum((f) => f.lostWords), articleWords: sum((f) => f.articleWords), seconds: (Date.now() - started) / 1000,
  };
  const lowest = Math.min(...results.filter((f) => f.easylist).map((f) => f.covered / f.easylist));
  const placeholders = results.find((f) => f.placeholders)?.placeholders;
  if (argv.includes('--json')) console.log(JSON.stringify({ pages: results, total }, null, 1));
  else {
    console.log(['TOTAL'.padEnd(38), `${total.covered}/${total.easylist}`.padStart(9), pct(total.covered, total.easylist).padStart(7),
      `${total.dclSlots - total.dclVisible}/${total.dclSlots}`.padStart(9), String(total.kept).padStart(5),
      `${total.lostWords}/${total.articleWords}`.padStart(10)].join(' '));
    const times = results.map((f) => f.filtersMs).filter((t): t is number => t !== null).sort((a, b) => a - b);
    console.log(`lowest page coverage ${(100 * lowest).toFixed(1)}% (target ${100 * TARGET}%); ${results.length} pages in ${total.seconds.toFixed(0)} s`);
    if (times.length) console.log(`early script, document_start → rules applied: median ${times[times.length >> 1]!.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms`);
  }
  if (total.lostWords > 0 || lowest < TARGET || (placeholders && placeholders.visible > 0)) process.exitCode = 1;
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`eval:ads: ${(error as Error)?.stack ?? error}\n`);
  process.exitCode = 1;
});
