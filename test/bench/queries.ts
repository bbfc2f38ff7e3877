/**
 * Query latency against a running server over loopback HTTP: the README's example queries,
 * each sent one after another, then by 50 concurrent clients. Bounded in requests and in time.
 */
import { Agent, request } from 'node:http';
import { EXAMPLE_TABS } from '../../src/server/server.js';
import { percentile } from './stats.js';

export interface QueryCase {
  name: string;
  label: string;
  source: string;
}

/**
 * The README's example queries (GraphiQL's tabs), as written there, with the seed's names
 * swapped for names the generated corpus holds: the country most written about, its most
 * written person (and the start of the surname, for search as you type).
 */
export function exampleQueries(country: string, person: string): QueryCase[] {
  const surname = person.split(' ').at(-1)!;
  const swaps: Array<[string, string]> = [
    ['"North Korea"', JSON.stringify(country)],
    ['"United States"', JSON.stringify(country)],
    ['"Kirby"', JSON.stringify(person)],
    ['"kirb"', JSON.stringify(surname.slice(0, 4).toLowerCase())],
  ];
  return EXAMPLE_TABS.map(({ query: tab }) => {
    const source = swaps.reduce((text, [from, to]) => text.replaceAll(from, to), tab);
    const name = /^query (\w+)/m.exec(source)![1];
    const swapped = swaps.filter(([from]) => tab.includes(from)).map(([, to]) => to);
    return { name, label: swapped.length ? `${name} ${swapped.join(' ')}` : name, source };
  });
}

export interface LatencyRun {
  requests: number;
  /** Responses that were not 200 or carried GraphQL errors. */
  failures: number;
  p50: number;
  p99: number;
  /** Requests per second over the whole phase. */
  throughput: number;
}

export interface LoadLimits {
  requests: number;
  maxMs: number;
}

/** POSTs a GraphQL query (with its variables, if any); resolves with the status and the body. */
export function post(agent: Agent, url: string, source: string, variables?: Record<string, unknown>): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify({ query: source, variables });
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

/** The parsed data of one query, failing loudly if the server answered with errors. */
export async function queryOnce<T>(url: string, source: string): Promise<T> {
  const agent = new Agent({ keepAlive: false });
  const { status, body } = await post(agent, url, source);
  const parsed = JSON.parse(body) as { data?: T; errors?: Array<{ message: string }> };
  if (status !== 200 || parsed.errors || !parsed.data) throw new Error(`query failed (${status}): ${body.slice(0, 300)}`);
  return parsed.data;
}

/**
 * `clients` loops, each sending its next request as soon as the previous answer is read,
 * until `limits.requests` were sent in all or `limits.maxMs` passed. One client = sequential.
 */
export async function measureLatency(url: string, source: string, clients: number, limits: LoadLimits): Promise<LatencyRun> {
  const agent = new Agent({ keepAlive: true, maxSockets: clients });
  const latencies: number[] = [];
  let sent = 0;
  let failures = 0;
  const start = performance.now();
  const deadline = start + limits.maxMs;

  const client = async () => {
    while (sent < limits.requests && performance.now() < deadline) {
      sent++;
      const begin = performance.now();
      const { status, body } = await post(agent, url, source);
      latencies.push(performance.now() - begin);
      if (status !== 200 || body.startsWith('{"errors"')) failures++;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - start) / 1000;
  agent.destroy();
  return { requests: latencies.length, failures, p50: percentile(latencies, 50), p99: percentile(latencies, 99), throughput: latencies.length / elapsed };
}
