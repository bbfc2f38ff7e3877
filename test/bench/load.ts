// `npm run load`: 200 concurrent clients run the README and GraphiQL example queries against
// a real `whosaid serve` child process on loopback for 30 s, then print requests/s, latency
// p50/p99, errors and the server's memory (RSS) at start, after warm-up and at the end.
// Bounded: stops at --duration seconds or --max-requests, whichever comes first.
//   node --import tsx test/bench/load.ts [--clients 200] [--duration 30] [--warmup 5] [--max-requests 1000000]
import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_QUERY } from '../../src/server/server.js';

const { values } = parseArgs({ options: { clients: { type: 'string' }, duration: { type: 'string' }, warmup: { type: 'string' }, 'max-requests': { type: 'string' } } });
const CLIENTS = Number(values.clients ?? 200);
const DURATION_S = Number(values.duration ?? 30);
const WARMUP_S = Number(values.warmup ?? 5);
const MAX_REQUESTS = Number(values['max-requests'] ?? 1_000_000);

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const QUERIES = [DEFAULT_QUERY, ...[...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]).filter((query) => !/^\s*(mutation|subscription)\b/.test(query))];

/** The seeds and the gold articles, as the server's seeds folder. */
function corpus(): string {
  const folder = mkdtempSync(join(tmpdir(), 'whosaid-load-'));
  for (const from of [join(ROOT, 'seeds'), join(ROOT, 'test/fixtures/gold')]) {
    for (const name of readdirSync(from).filter((file) => file.endsWith('.txt'))) copyFileSync(join(from, name), join(folder, name));
  }
  return folder;
}

const rssMiB = (pid: number): number => {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)![1]) / 1024;
};

const percentile = (sorted: Float64Array, p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

async function main(): Promise<void> {
  const seeds = corpus();
  const child = spawn(process.execPath, [join(ROOT, 'src/whosaid.js'), 'serve', '--seeds', seeds, '--db', ':memory:', '--host', '127.0.0.1', '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /GraphiQL at (http:\/\/127\.0\.0\.1:\d+\/graphql)/.exec(output);
        if (match) resolve(match[1]);
      });
      child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    });
    const bodies = QUERIES.map((query) => JSON.stringify({ query }));
    for (const body of bodies) {
      const check = (await (await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { errors?: unknown };
      if (check.errors) throw new Error(`an example query fails before load: ${JSON.stringify(check.errors)}`);
    }
    const rssStart = rssMiB(child.pid!);
    console.log(`load: ${CLIENTS} clients, ${QUERIES.length} example queries, ${DURATION_S} s (warm-up ${WARMUP_S} s), at most ${MAX_REQUESTS} requests, server pid ${child.pid} at ${url}`);

    const latencies = new Float64Array(MAX_REQUESTS);
    let sent = 0;
    let done = 0;
    let errors = 0;
    let firstError = '';
    let measuredFrom = 0;
    let measuredDone = 0;
    const started = performance.now();
    const stopAt = started + DURATION_S * 1000;
    let rssWarm = 0;
    const samples: string[] = [];
    const sampler = setInterval(() => samples.push(`${Math.round((performance.now() - started) / 1000)}s ${rssMiB(child.pid!).toFixed(0)}`), 5000);
    const warm = setTimeout(() => {
      rssWarm = rssMiB(child.pid!);
      measuredFrom = performance.now();
      measuredDone = done;
    }, WARMUP_S * 1000);

    const client = async (id: number) => {
      for (let turn = id; performance.now() < stopAt && sent < MAX_REQUESTS; turn++) {
        const index = sent++;
        const t0 = performance.now();
        try {
          const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bodies[turn % bodies.length] });
          const body = (await response.json()) as { errors?: unknown };
          if (response.status !== 200 || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors ?? '').slice(0, 200)}`);
        } catch (error) {
          errors++;
          firstError ||= (error as Error).message;
        }
        latencies[index] = performance.now() - t0;
        done++;
      }
    };
    await Promise.all(Array.from({ length: CLIENTS }, (_, id) => client(id)));
    clearInterval(sampler);
    clearTimeout(warm);
    const ended = performance.now();
    const rssEnd = rssMiB(child.pid!);
    const sorted = latencies.slice(0, done).sort();
    const measuredSeconds = (ended - (measuredFrom || started)) / 1000;
    console.log(`requests      ${done} in ${((ended - started) / 1000).toFixed(1)} s; ${((done - measuredDone) / measuredSeconds).toFixed(0)} req/s after warm-up (${(done / ((ended - started) / 1000)).toFixed(0)} overall)`);
    console.log(`latency       p50 ${percentile(sorted, 50).toFixed(1)} ms, p99 ${percentile(sorted, 99).toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`);
    console.log(`errors        ${errors}${firstError ? ` (first: ${firstError})` : ''}`);
    console.log(`server RSS    start ${rssStart.toFixed(0)} MiB, after warm-up ${rssWarm.toFixed(0)} MiB, end ${rssEnd.toFixed(0)} MiB (growth after warm-up ${(rssEnd - rssWarm).toFixed(0)} MiB)`);
    console.log(`RSS samples   ${samples.join(', ')} (MiB)`);
    process.exitCode = errors ? 1 : 0;
  } finally {
    child.kill('SIGTERM');
  }
}

await main();
