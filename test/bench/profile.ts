/**
 * Reads a V8 .cpuprofile (the format of `node --cpu-prof` and Chrome DevTools) and ranks
 * where the time went: self time by function and by file, as shares of the busy time.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

interface ProfileNode {
  id: number;
  hitCount?: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
}

export interface HotSpot {
  name: string;
  /** Share of the non-idle samples spent in the function itself (not in its callees). */
  share: number;
}

export interface ProfileSummary {
  path: string;
  functions: HotSpot[];
  files: HotSpot[];
}

const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
const IDLE = new Set(['(idle)', '(program)']);

/** "file:///work/main/src/extract/mentions.ts" → "src/extract/mentions.ts"; packages by their name. */
function shortFile(url: string): string {
  if (!url) return '(native)';
  const path = url.startsWith('file://') ? fileURLToPath(url) : url;
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
  if (inPackage) return `${inPackage[1]}/${inPackage[2]}`;
  return path.startsWith(PROJECT_ROOT) ? path.slice(PROJECT_ROOT.length) : path;
}

function rank(counts: Map<string, number>, total: number, top: number): HotSpot[] {
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, hits]) => ({ name, share: hits / total }));
}

export function summarizeProfile(path: string, top = 12): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    const { functionName, url, lineNumber } = node.callFrame;
    if (!hits || IDLE.has(functionName)) continue;
    total += hits;
    const file = shortFile(url);
    // Sources loaded through tsx report line 0: their file is all that can be told.
    const where = lineNumber > 0 ? `${file}:${lineNumber + 1}` : file;
    const name = url ? `${functionName || '(anonymous)'}  ${where}` : functionName || '(native)';
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
    byFile.set(file, (byFile.get(file) ?? 0) + hits);
  }
  return { path, functions: rank(byFunction, total, top), files: rank(byFile, total, top) };
}
