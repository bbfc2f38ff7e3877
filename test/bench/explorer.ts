/**
 * Time to first network: what a reader waits between choosing an entity and seeing who talks
 * about whom around it. Two figures per entity: the page's own GraphQL request for the
 * network (over loopback HTTP), and, when Debian's Chromium is installed, the whole page in a
 * real browser (request, layout, WebGL drawing), from performance marks the page sets.
 */
import { existsSync } from 'node:fs';
import { Agent } from 'node:http';
import { NETWORK_QUERY } from '../../src/explorer/api.js';
import { post, queryOnce } from './queries.js';
import { median } from './stats.js';

const CHROMIUM = '/usr/bin/chromium';
const RUNS = 7;
/** Page loads in Chromium are slow to repeat on a busy machine: fewer of them. */
const PAGE_RUNS = 3;
const MAX_NODES = 60;

export interface FirstNetworkFigures {
  size: number;
  entity: string;
  nodes: number;
  edges: number;
  statementsRead: number;
  statementsMatched: number;
  /** The network request alone: median and slowest of RUNS. */
  requestMs: number;
  requestMaxMs: number;
  /** Choosing the entity to the network drawn, in Chromium (median and slowest of PAGE_RUNS); null without Chromium. */
  pageMs: number | null;
  pageMaxMs: number | null;
}

async function timeRequest(url: string, id: string): Promise<{ ms: number; network: { nodes: unknown[]; edges: unknown[]; statementsRead: number; statementsMatched: number } }> {
  const agent = new Agent({ keepAlive: false });
  const started = performance.now();
  const { status, body: text } = await post(agent, url, NETWORK_QUERY, { id, filter: {}, maxNodes: MAX_NODES });
  const ms = performance.now() - started;
  const parsed = JSON.parse(text);
  if (status !== 200 || parsed.errors) throw new Error(`network query failed (${status}): ${text.slice(0, 300)}`);
  return { ms, network: parsed.data.node.network };
}

async function timePages(base: string, ids: string[]): Promise<Map<string, number[]>> {
  const times = new Map(ids.map((id) => [id, [] as number[]]));
  if (!existsSync(CHROMIUM)) return times;
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    // The first visit bundles the page's script on the server: once per server, not a reader's wait.
    await page.goto(`${base}/`);
    for (let run = 0; run < PAGE_RUNS; run++) {
      for (const id of ids) {
        await page.goto('about:blank');
        await page.goto(`${base}/#entity=${encodeURIComponent(id)}`);
        await page.waitForFunction(() => performance.getEntriesByName('network-drawn').length > 0, null, { timeout: 30_000 });
        times.get(id)!.push(await page.evaluate(() => performance.getEntriesByName('network-drawn')[0].startTime - performance.getEntriesByName('entity-chosen')[0].startTime));
      }
    }
  } finally {
    await browser.close();
  }
  return times;
}

export async function measureFirstNetwork(url: string, size: number, names: string[]): Promise<FirstNetworkFigures[]> {
  const base = url.replace(/\/graphql$/, '');
  const entities: Array<{ name: string; id: string }> = [];
  for (const name of names) {
    const found = await queryOnce<{ entity: { id: string; name: string } | null }>(url, `{ entity(name: ${JSON.stringify(name)}) { id name } }`);
    if (found.entity) entities.push(found.entity);
  }
  const pages = await timePages(base, entities.map((entity) => entity.id));
  const figures: FirstNetworkFigures[] = [];
  for (const entity of entities) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await timeRequest(url, entity.id));
    const { network } = runs[0];
    const page = pages.get(entity.id)!;
    figures.push({
      size, entity: entity.name, nodes: network.nodes.length, edges: network.edges.length, statementsRead: network.statementsRead, statementsMatched: network.statementsMatched,
      requestMs: median(runs.map((run) => run.ms)), requestMaxMs: Math.max(...runs.map((run) => run.ms)),
      pageMs: page.length ? median(page) : null, pageMaxMs: page.length ? Math.max(...page) : null,
    });
  }
  return figures;
}
