import type { Profiler } from 'node:inspector';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

export interface ProfileLine {
  where: string;
  selfMs: number;
}

/** Runs `work` under V8's sampling profiler (this process only: PHP and MariaDB are not in it). */
export async function profile<T>(work: () => Promise<T>, intervalUs = 200): Promise<{ result: T; profile: Profiler.Profile }> {
  const session = new Session();
  session.connect();
  try {
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: intervalUs });
    await session.post('Profiler.start');
    const result = await work();
    const { profile: taken } = await session.post('Profiler.stop');
    return { result, profile: taken };
  } finally {
    session.disconnect();
  }
}

/** Self time per node, from the samples' time deltas (more exact than hit counts × interval). */
function selfTimes(taken: Profiler.Profile): Map<number, number> {
  const self = new Map<number, number>();
  const samples = taken.samples ?? [];
  const deltas = taken.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const id = samples[i] ?? 0;
    // The delta before sample i+1 is the time spent in sample i.
    self.set(id, (self.get(id) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  return self;
}

/** Where a frame's code lives, coarsely: our folders, a package, Node itself, or V8's pseudo-frames. */
export function area(url: string, functionName: string): string {
  if (url === '') return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`;
  if (url.startsWith('node:')) return 'node: internals';
  const file = url.replace(/^file:\/\//, '');
  const packageMatch = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file);
  if (packageMatch !== null) return `package ${packageMatch[1]}`;
  const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
  return path.relative(repo, file).split(path.sep).slice(0, 3).join('/');
}

/** Self time summed by area and by function, most first. Native frames count for the nearest JavaScript caller's area. */
export function summarize(taken: Profiler.Profile, limit: number): { byArea: ProfileLine[]; byFunction: ProfileLine[]; totalMs: number } {
  const self = selfTimes(taken);
  const parent = new Map<number, number>();
  for (const node of taken.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(taken.nodes.map((node) => [node.id, node]));
  const callerArea = (id: number): string | undefined => {
    for (let at = parent.get(id); at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)?.callFrame;
      if (frame !== undefined && frame.url !== '') return area(frame.url, frame.functionName);
    }
    return undefined;
  };
  const byArea = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let totalMs = 0;
  for (const node of taken.nodes) {
    const ms = self.get(node.id) ?? 0;
    if (ms === 0) continue;
    totalMs += ms;
    const { url, functionName, lineNumber } = node.callFrame;
    const pseudo = url === '' && functionName.startsWith('(');
    const caller = url === '' && !pseudo ? callerArea(node.id) : undefined;
    const where = caller === undefined ? area(url, functionName) : `${caller} (native calls)`;
    byArea.set(where, (byArea.get(where) ?? 0) + ms);
    const name = `${functionName || 'anonymous'} ${url === '' ? `(native, from ${caller ?? '?'})` : `${path.basename(url)}:${lineNumber + 1}`}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
  }
  const top = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([where, selfMs]) => ({ where, selfMs }));
  return { byArea: top(byArea), byFunction: top(byFunction), totalMs };
}
