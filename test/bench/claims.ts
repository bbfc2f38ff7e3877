/**
 * What claims cost: `npm run bench:claims -- [--size N] [--baseline DIR]`.
 *
 * Generates the benchmark corpus (corpus.ts), extracts it once, then stores the same facts
 * as `whosaid ingest` does (SQLite file, 32 documents a transaction) and times it; with
 * `--baseline DIR` (the src/ folder of a whosaid without claims, e.g. `git archive 3085238
 * src | tar -x -C /tmp/base`), stores them also with that version's store, alternating
 * runs, so both share one machine state: the difference is what outlets and claims add.
 * It also stores them with today's store with its claims switched off (a bench-only hook on
 * that one store object, no option users could set): the difference is what claims alone
 * add, without the other changes since that baseline (entities found by roles, outlets).
 * Then serves the graph over loopback HTTP and measures the `claims` queries one client
 * after another (p50, p99).
 */
import { createServer as createHttpServer } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readOutlet } from '../../src/extract/outlet.js';
import type { ExtractedDocument } from '../../src/graph/facts.js';
import type { SqliteClaims } from '../../src/graph/sqlite-claims.js';
import { SqliteStore } from '../../src/graph/sqlite-store.js';
import type { Store } from '../../src/graph/store.js';
import { createExtractor } from '../../src/ingest/extraction-pool.js';
import { createServer } from '../../src/server/server.js';
import { generateCorpus } from './corpus.js';
import { measureLatency, queryOnce } from './queries.js';

const { values } = parseArgs({ options: { size: { type: 'string', default: '10000' }, baseline: { type: 'string' }, runs: { type: 'string', default: '2' } } });
const size = Number(values.size);
const runs = Number(values.runs);
const folder = mkdtempSync(join(tmpdir(), 'whosaid-bench-claims-'));
const log = (message: string) => process.stderr.write(`[claims bench] ${message}\n`);

type Opener = (file: string) => Store;
const stores: Array<[string, Opener]> = [['claims off', (file) => withoutClaims(SqliteStore.open(file))], ['with claims', (file) => SqliteStore.open(file)]];
if (values.baseline) {
  const baseline = (await import(resolve(values.baseline, 'graph/sqlite-store.ts'))) as { SqliteStore: { open(file: string): Store } };
  stores.unshift(['baseline', (file) => baseline.SqliteStore.open(file)]);
}

try {
  const corpus = generateCorpus(size);
  log(`${size} documents generated; extracting on 2 threads`);
  const extractor = createExtractor(2);
  let started = performance.now();
  const facts: ExtractedDocument[] = await Promise.all(corpus.documents.map((document) => extractor.extract(document.text)));
  await extractor.close();
  const extractSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  for (const document of corpus.documents) readOutlet(document.text, 0);
  const outletSeconds = (performance.now() - started) / 1000;
  log(`extracted in ${extractSeconds.toFixed(1)} s (2 threads); the outlet stage alone: ${outletSeconds.toFixed(2)} s on one thread`);

  /** Stores every document as `whosaid ingest` does: whole documents, 32 a transaction. */
  const store = async (open: Opener, file: string) => {
    const target = open(file);
    const begun = performance.now();
    for (let at = 0; at < corpus.documents.length; at += 32) {
      await target.ingestMany(corpus.documents.slice(at, at + 32).map((document, offset) => ({ input: { text: document.text, path: document.path }, facts: facts[at + offset] })));
    }
    const seconds = (performance.now() - begun) / 1000;
    await target.close();
    return seconds;
  };
  const times = new Map<string, number[]>(stores.map(([name]) => [name, []]));
  let database = '';
  for (let run = 0; run < runs; run++) {
    for (const [name, open] of stores) {
      const file = join(folder, `${name.replace(/\s/g, '-')}-${run}.db`);
      times.get(name)!.push(await store(open, file));
      if (name === 'with claims') database = file;
    }
  }
  for (const [name, list] of times) log(`store ${name}: ${list.map((seconds) => seconds.toFixed(1)).join(', ')} s (best ${Math.min(...list).toFixed(1)} s)`);
  const best = (name: string) => Math.min(...times.get(name)!);
  if (values.baseline) {
    const added = best('with claims') - best('baseline');
    // Ingest time = extraction on every core + storing; outlets run inside extraction.
    const baselineIngest = extractSeconds + best('baseline');
    log(`claims and outlets add ${added.toFixed(1)} s to storing, ${((100 * (added + outletSeconds / 2)) / baselineIngest).toFixed(1)}% of the whole ingest (${baselineIngest.toFixed(1)} s without them)`);
  }
  const claimsAlone = best('with claims') - best('claims off');
  const ingestWithoutClaims = extractSeconds + best('claims off');
  log(`claims alone (against this store with claims off) add ${claimsAlone.toFixed(1)} s to storing, ${((100 * claimsAlone) / ingestWithoutClaims).toFixed(1)}% of the whole ingest (${ingestWithoutClaims.toFixed(1)} s without them)`);

  const graph = SqliteStore.open(database);
  const server = createHttpServer(createServer({ store: graph }));
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const person = corpus.topPerson;
  // References measured in the same run: on a busy machine, the ratio says more than the milliseconds.
  const queries: Record<string, string> = {
    'reference: statements': '{ statements(first: 20) { totalCount edges { node { text speaker { name } document { source } } } } }',
    'reference: most quoted people': '{ people(first: 10, orderBy: { field: STATEMENTS }) { edges { node { name statementCount } } } }',
    'claims by reports': '{ claims(first: 20, orderBy: { field: REPORTS }) { totalCount edges { node { text reportCount outlets speaker { name } } } } }',
    'claims by first reported, reports first': '{ claims(first: 20, orderBy: { field: FIRST_REPORTED }) { edges { node { text firstReported statements(first: 3) { edges { node { document { source publishedAt } } } } } } } }',
    'claims of a speaker': `{ claims(first: 20, filter: { speaker: ${JSON.stringify(person)} }, orderBy: { field: LAST_REPORTED }) { totalCount edges { node { text } } } }`,
    'claims about a country': `{ claims(first: 20, filter: { about: ${JSON.stringify(corpus.topCountry)} }) { totalCount edges { node { text } } } }`,
    'an entity\'s claims not by an outlet': `{ entity(name: ${JSON.stringify(person)}) { claims(first: 20, filter: { notReportedBy: "Reuters" }) { totalCount edges { node { text outlets } } } } }`,
    'statement → claim': '{ statements(first: 20) { edges { node { claim { reportCount outlets } } } } }',
  };
  for (const [name, source] of Object.entries(queries)) {
    await queryOnce(url, source);
    const latency = await measureLatency(url, source, 1, { requests: 200, maxMs: 6_000 });
    log(`${name}: p50 ${latency.p50.toFixed(2)} ms, p99 ${latency.p99.toFixed(2)} ms (${latency.requests} requests, ${latency.failures} failed)`);
  }
  server.close();
  await graph.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}

/**
 * Today's store, claims switched off: its writes neither match nor store claims (the tables
 * stay empty), all else as it is. Reaches into the store's private claims writer on purpose:
 * a bench-only hook, so that no option to store without claims exists for users.
 */
function withoutClaims(store: SqliteStore): SqliteStore {
  const claims = (store as unknown as { claims: SqliteClaims }).claims;
  claims.added = () => {};
  claims.removing = () => {};
  return store;
}
