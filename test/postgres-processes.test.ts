import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { MemoryStore } from '../src/graph/memory-store.js';
import { PostgresStore } from '../src/graph/postgres-store.js';
import type { Store } from '../src/graph/store.js';
import type { EntityKind } from '../src/graph/types.js';
import { GOLD } from './helpers.js';
import { createTestDatabase, dropTestDatabases, postgresAvailable } from './postgres.js';
import { BIN, graphql, serverSentEvents, startServer, subscribe } from './processes.js';

const POSTGRES = await postgresAvailable();
afterAll(dropTestDatabases);

const GOLD_FILES = readdirSync(GOLD).filter((name) => name.endsWith('.txt')).sort();
const work = mkdtempSync(join(tmpdir(), 'whosaid-pg-processes-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Copies `copies..` of every gold article into a folder (an HTML comment, ignored by extraction, makes each copy new content). */
function writeCorpus(folder: string, copies: number[]): void {
  mkdirSync(folder, { recursive: true });
  for (const copy of copies) {
    for (const name of GOLD_FILES) writeFileSync(join(folder, `${copy}-${name}`), `${readFileSync(join(GOLD, name), 'utf8')}\n<!-- copy ${copy} -->\n`);
  }
}

/** `whosaid ingest` as a child process; resolves with its exit code and output. */
function ingest(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [BIN, 'ingest', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (status) => resolve({ status, stdout, stderr })));
}

/** Entities as names, aliases and counts, sorted: what two graphs with different ids must agree on. */
async function describeGraph(store: Store) {
  const all = { first: 100_000, after: null };
  const entities = [];
  for (const kind of ['PERSON', 'ORGANIZATION', 'COUNTRY'] as EntityKind[]) entities.push(...(await store.listEntities(kind, all)).items);
  return {
    entities: entities.map((row) => `${row.kind} ${row.name} | ${[...row.aliases].sort()} | ${[...row.roles].sort()} | ${row.mentionCount} mentions, ${row.statementCount} statements`).sort(),
    counts: await store.counts(),
  };
}

/** The graph one process builds from the same documents, taken in the order the database committed them. */
async function replayed(store: Store) {
  const memory = new MemoryStore();
  for (const document of (await store.listDocuments({ first: 100_000, after: null })).items) {
    await memory.ingest({ text: document.text, path: document.path }, extract(document.text));
  }
  return describeGraph(memory);
}

describe.skipIf(!POSTGRES)('many ingest processes, one PostgreSQL database', () => {
  it('two processes on different folders at once build the graph one process builds: every document, no duplicate entity', { timeout: 240_000 }, async () => {
    const url = await createTestDatabase();
    writeCorpus(join(work, 'left'), [1, 2]);
    writeCorpus(join(work, 'right'), [3, 4]);
    const runs = await Promise.all([ingest([join(work, 'left'), '--db', url, '--jobs', '1']), ingest([join(work, 'right'), '--db', url, '--jobs', '1'])]);
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    for (const run of runs) expect(run.stdout).toContain(`documents   ${2 * GOLD_FILES.length} stored, 0 skipped`);

    const store = await PostgresStore.open(url);
    try {
      const graph = await describeGraph(store);
      expect(graph.counts.documents).toBe(4 * GOLD_FILES.length);
      expect(graph).toEqual(await replayed(store));
      const people = (await store.listEntities('PERSON', { first: 100_000, after: null })).items.map((row) => row.name);
      expect(people.length).toBeGreaterThan(20);
      expect(new Set(people).size).toBe(people.length);
    } finally {
      await store.close();
    }
  });

  it('leaves the tables analyzed for the query planner (autovacuum may be late, or off as on this machine)', { timeout: 120_000 }, async () => {
    const url = await createTestDatabase();
    writeCorpus(join(work, 'analyzed'), [1]);
    const run = await ingest([join(work, 'analyzed'), '--db', url, '--jobs', '1']);
    expect(run.status, run.stderr).toBe(0);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      // last_analyze is set by an explicit ANALYZE only (autovacuum's own goes to last_autoanalyze).
      const { rows } = await client.query<{ relname: string }>(`SELECT relname FROM pg_stat_user_tables WHERE last_analyze IS NOT NULL AND relname IN ('documents', 'entities', 'entity_keys', 'statements', 'claims')`);
      expect(rows.map((row) => row.relname).sort()).toEqual(['claims', 'documents', 'entities', 'entity_keys', 'statements']);
    } finally {
      await client.end();
    }
  });

  it('two processes on the same folder at once store each document once', { timeout: 240_000 }, async () => {
    const url = await createTestDatabase();
    writeCorpus(join(work, 'same'), [1, 2]);
    const runs = await Promise.all([ingest([join(work, 'same'), '--db', url, '--jobs', '1']), ingest([join(work, 'same'), '--db', url, '--jobs', '1'])]);
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const stored = runs.map((run) => Number(/documents {3}(\d+) stored/.exec(run.stdout)![1]));
    expect(stored[0] + stored[1]).toBe(2 * GOLD_FILES.length);

    const store = await PostgresStore.open(url);
    try {
      const graph = await describeGraph(store);
      expect(graph.counts.documents).toBe(2 * GOLD_FILES.length);
      expect(graph).toEqual(await replayed(store));
    } finally {
      await store.close();
    }
  });
});

describe.skipIf(!POSTGRES)('many servers, one PostgreSQL database', () => {
  it("answers on server B what server A's mutation stored, at once, and B's subscribers receive its statements", { timeout: 120_000 }, async () => {
    const url = await createTestDatabase();
    const empty = join(work, 'no-seeds');
    mkdirSync(empty, { recursive: true });
    const [a, b] = await Promise.all([
      startServer(['--seeds', empty, '--db', url], { WHOSAID_TOKEN: 'secret-a' }),
      startServer(['--seeds', empty, '--db', url]),
    ]);
    const aborter = new AbortController();
    try {
      const subscription = await subscribe(b.url, 'subscription { statementAdded { text speaker { name } document { path title } } }', aborter.signal);
      const stream = serverSentEvents(subscription);
      // Yoga pings first, then listens: write only after the ping.
      expect((await stream.next()).value).toBeNull();

      const text = readFileSync(join(GOLD, '00-seed.txt'), 'utf8');
      const ingested = await graphql(a.url, 'mutation($text: String!) { ingestDocument(input: { text: $text }) { created added { statements } document { title } } }', { text }, 'Bearer secret-a');
      expect(ingested.data.ingestDocument.created).toBe(true);
      const expected = ingested.data.ingestDocument.added.statements;
      expect(expected).toBeGreaterThan(5);

      const question = '{ statements(filter: { speaker: "Kirby" }) { totalCount } stats { documents statements } }';
      const [onA, onB] = await Promise.all([graphql(a.url, question), graphql(b.url, question)]);
      expect(onB.data).toEqual(onA.data);
      expect(onB.data.stats).toEqual({ documents: 1, statements: expected });

      // B never polls PostgreSQL: these arrive because A's commit notified it.
      const announced: string[] = [];
      while (announced.length < expected) {
        const event = (await stream.next()).value;
        if (event) {
          expect(event.data.statementAdded.document.title).toBe(ingested.data.ingestDocument.document.title);
          announced.push(event.data.statementAdded.text);
        }
      }
      expect(announced).toHaveLength(expected);
    } finally {
      aborter.abort();
      await Promise.all([a.stop(), b.stop()]);
    }
  });
});
