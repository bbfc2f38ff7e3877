/**
 * Query latency against a running server over loopback HTTP: three representative queries,
 * sent one after another, then by 50 concurrent clients. Bounded in requests and in time.
 */
import { Agent, request } from 'node:http';
import { percentile } from './stats.js';

export interface QueryCase {
  name: string;
  label: string;
  source: string;
}

/** What journalists ask first: statements about a country, a person's profile, a list page. */
export function representativeQueries(country: string, person: string): QueryCase[] {
  return [
    {
      name: 'statementsAbout',
      label: `statements about "${country}"`,
      source: `{ statements(first: 10, filter: { about: ${JSON.stringify(country)} }) { totalCount edges { node { kind text cue speaker { name } about { name } document { title } } } } }`,
    },
    {
      name: 'entity',
      label: `entity "${person}"`,
      source: `{ entity(name: ${JSON.stringify(person)}) { name aliases ... on Person { roles country { name } organizations { name } } } }`,
    },
    {
      name: 'people',
      label: 'people(first: 20)',
      source: '{ people(first: 20) { totalCount edges { node { name } } } }',
    },
  ];
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

/** POSTs a GraphQL query; resolves with the status and the body. */
export function post(agent: Agent, url: string, source: string): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify({ query: source });
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
