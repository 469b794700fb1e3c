// Summarises a V8 CPU profile (.cpuprofile, as `node --cpu-prof` writes it): where the server's
// time went, by package and by function, as self time over the whole profile.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

type CallFrame = { functionName: string; url: string; lineNumber: number };
type CpuProfile = { nodes: { id: number; callFrame: CallFrame }[]; samples: number[]; timeDeltas: number[] };

export type ProfileSummary = { totalMs: number; packages: [string, number][]; functions: [string, number][] };

/** The package a frame's code belongs to: an npm package, the app's build, Node itself, or the VM (idle, GC). */
function packageOf(frame: CallFrame): string {
  const installed = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(frame.url);
  if (installed) return installed[1];
  if (frame.url.includes('/.next/')) return 'app build (.next)';
  if (frame.url.startsWith('node:')) return 'node internals';
  return frame.url ? 'other' : frame.functionName || '(vm)';
}

function functionOf(frame: CallFrame): string {
  const where = frame.url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/\.next\//, '.next/');
  return `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
}

function top(times: Map<string, number>, count: number): [string, number][] {
  return [...times].sort((a, b) => b[1] - a[1]).slice(0, count);
}

export function summariseProfile(profile: CpuProfile, count = 15): ProfileSummary {
  const frames = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const packages = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, index) => {
    const micros = profile.timeDeltas[index] ?? 0;
    const frame = frames.get(id);
    if (!frame) return;
    total += micros;
    packages.set(packageOf(frame), (packages.get(packageOf(frame)) ?? 0) + micros);
    functions.set(functionOf(frame), (functions.get(functionOf(frame)) ?? 0) + micros);
  });
  const share = ([name, micros]: [string, number]): [string, number] => [name, total > 0 ? micros / total : 0];
  return { totalMs: total / 1000, packages: top(packages, count).map(share), functions: top(functions, count * 2).map(share) };
}

/** The summary of every profile in `folder`, as printable text. */
export function describeProfiles(folder: string): string {
  const files = readdirSync(folder).filter((name) => name.endsWith('.cpuprofile'));
  return files
    .map((name) => {
      const summary = summariseProfile(JSON.parse(readFileSync(join(folder, name), 'utf8')) as CpuProfile);
      const rows = (entries: [string, number][]) => entries.map(([label, part]) => `  ${(100 * part).toFixed(1).padStart(5)} %  ${label}`).join('\n');
      return `Profile ${join(folder, name)} (${(summary.totalMs / 1000).toFixed(1)} s sampled), self time by package:\n${rows(summary.packages)}\nby function:\n${rows(summary.functions)}`;
    })
    .join('\n\n');
}
