/**
 * CPU profiles for the benchmarks: runs a function under V8's sampling profiler (node:inspector), saves
 * the .cpuprofile under .output/bench (open it in Chrome DevTools) and sums self time per function, so
 * a slow stage comes with the functions that make it slow.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths';

/** Where benchmark results and profiles go. */
export const BENCH_DIR = path.join(REPO_ROOT, '.output/bench');

/** One function's share of a profile. */
export interface HotFunction {
  name: string;
  /** The script, relative to the repo; "(native)" for V8 internals. */
  where: string;
  selfMs: number;
  share: number;
}

/** A V8 CPU profile, as much of it as is read here. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }>;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time per function of a V8 CPU profile, largest first. With `keep`, each sample is charged to the
 * deepest frame whose script `keep` accepts (so DOM calls and regex work count for the code that made
 * them) and samples with no such frame are left out; without it, to the leaf frame.
 */
export function topFunctions(profile: CpuProfile, limit = 15, keep?: (url: string) => boolean): HotFunction[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const charged = (id: number) => {
    if (!keep) return byId.get(id);
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const node = byId.get(at);
      if (node && keep(node.callFrame.url)) return node;
    }
    return undefined;
  };
  const self = new Map<string, { name: string; where: string; us: number }>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    // The first delta runs from Profiler.start to the first sample: setup, not work.
    const us = i === 0 ? 0 : profile.timeDeltas[i] ?? 0;
    total += us;
    const frame = charged(id)?.callFrame;
    if (!frame) return;
    const where = frame.url.replace(/^file:\/\//, '').replace(`${REPO_ROOT}/`, '').replace(/^chrome-extension:\/\/[a-p]+\//, '') || '(native)';
    const key = `${frame.functionName}@${where}:${keep ? frame.lineNumber : ''}`;
    const entry = self.get(key) ?? { name: frame.functionName || '(anonymous)', where, us: 0 };
    entry.us += us;
    self.set(key, entry);
  });
  return [...self.values()]
    .sort((a, b) => b.us - a.us)
    .slice(0, limit)
    .map((f) => ({ name: f.name, where: f.where, selfMs: f.us / 1000, share: total ? f.us / total : 0 }));
}

/** Runs `work` under the profiler; saves `<name>.cpuprofile` in .output/bench; returns its top functions. */
export async function profileTopFunctions(work: () => void, name: string): Promise<HotFunction[]> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 100 });
    await session.post('Profiler.start');
    work();
    const { profile } = (await session.post('Profiler.stop')) as { profile: CpuProfile };
    await mkdir(BENCH_DIR, { recursive: true });
    await writeFile(path.join(BENCH_DIR, `${name}.cpuprofile`), JSON.stringify(profile));
    return topFunctions(profile);
  } finally {
    session.disconnect();
  }
}
