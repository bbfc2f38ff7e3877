import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../src/extract/index.js';
import { PostgresStore } from '../src/graph/postgres-store.js';
import { DATABASE_UNAVAILABLE } from '../src/server/database-errors.js';
import { GOLD } from './helpers.js';
import { ADMIN_URL, createTestDatabase, dropTestDatabases, postgresAvailable } from './postgres.js';
import { BIN, graphql, serverSentEvents, startServer, subscribe, whosaid } from './processes.js';

const POSTGRES = await postgresAvailable();
afterAll(dropTestDatabases);

const GOLD_FILES = readdirSync(GOLD).filter((name) => name.endsWith('.txt')).sort();
const COPY_MARK = /\n<!-- copy \d+ -->\n$/;
const work = mkdtempSync(join(tmpdir(), 'whosaid-pg-faults-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * A TCP proxy in front of PostgreSQL: stopping it is an outage as a server sees one (open
 * connections cut, new ones refused) without touching the real database, which others use.
 */
class OutageProxy {
  private server: Server | null = null;
  private readonly sockets = new Set<Socket>();
  port = 0;

  async start(): Promise<void> {
    const target = new URL(ADMIN_URL);
    const server = createServer((client) => {
      const upstream = connect(Number(target.port || 5432), target.hostname);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    this.server = server;
  }

  /** Cuts every connection and refuses new ones. */
  async outage(): Promise<void> {
    const server = this.server!;
    this.server = null;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const socket of this.sockets) socket.destroy();
    await closed;
  }

  /** Through the proxy, to database `url` names. */
  url(url: string): string {
    const via = new URL(url);
    via.hostname = '127.0.0.1';
    via.port = String(this.port);
    return via.toString();
  }
}

async function until<T>(what: string, attempt: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt();
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe.skipIf(!POSTGRES)('PostgreSQL going away and coming back', () => {
  it('answers DATABASE_UNAVAILABLE while the database is unreachable, never crashes, and serves again by itself when it is back', { timeout: 120_000 }, async () => {
    const url = await createTestDatabase();
    const proxy = new OutageProxy();
    await proxy.start();
    const seeds = join(work, 'seeds');
    mkdirSync(seeds, { recursive: true });
    writeFileSync(join(seeds, 'seed.txt'), readFileSync(join(GOLD, '00-seed.txt'), 'utf8'));
    const server = await startServer(['--seeds', seeds, '--db', proxy.url(url)], { WHOSAID_TOKEN: 'secret' });
    const aborter = new AbortController();
    const question = '{ stats { documents } people(first: 2, orderBy: { field: MENTIONS }) { edges { node { name } } } }';
    try {
      const before = await graphql(server.url, question);
      expect(before.data.stats.documents).toBe(1);
      const stream = serverSentEvents(await subscribe(server.url, 'subscription { statementAdded { text document { title } } }', aborter.signal));
      expect((await stream.next()).value).toBeNull();

      await proxy.outage();
      const read = await graphql(server.url, question);
      expect(read.errors[0]).toMatchObject({ message: DATABASE_UNAVAILABLE, extensions: { code: 'DATABASE_UNAVAILABLE' } });
      // No internals: no driver message, address or stack.
      expect(JSON.stringify(read)).not.toMatch(/ECONN|127\.0\.0\.1|Connection terminated|at .*\.js|stack/);
      const written = await graphql(server.url, 'mutation($text: String!) { ingestDocument(input: { text: $text }) { created } }',
        { text: readFileSync(join(GOLD, GOLD_FILES[2]), 'utf8') }, 'Bearer secret');
      expect(written.errors[0].extensions.code).toBe('DATABASE_UNAVAILABLE');
      expect(server.running()).toBe(true);

      await proxy.start();
      const after = await until('the server to answer again', async () => {
        const answer = await graphql(server.url, question);
        return answer.errors ? undefined : answer;
      });
      expect(after).toEqual(before);

      // Another process writes once the database is back: the server's LISTEN connection came back too.
      const iran = readFileSync(join(GOLD, '01-diplomacy-iran-talks.txt'), 'utf8');
      const writer = await PostgresStore.open(url);
      const { added } = await writer.ingest({ text: iran, path: 'iran.txt' }, extract(iran));
      await writer.close();
      const titles: string[] = [];
      while (titles.length < added.statements) {
        const event = (await stream.next()).value;
        if (event) titles.push(event.data.statementAdded.document.title);
      }
      expect(new Set(titles).size).toBe(1);
      expect(server.running()).toBe(true);
    } finally {
      aborter.abort();
      await server.stop();
    }
  });

  it('a killed ingest leaves whole documents only, no lock behind, and the next run completes the folder', { timeout: 240_000 }, async () => {
    const url = await createTestDatabase();
    const corpus = join(work, 'corpus');
    mkdirSync(corpus, { recursive: true });
    // Enough copies that the ingest is still running when the watcher, polling, sees five stored.
    const copies = Array.from({ length: 12 }, (_, index) => index + 1);
    for (const copy of copies) {
      for (const name of GOLD_FILES) writeFileSync(join(corpus, `${copy}-${name}`), `${readFileSync(join(GOLD, name), 'utf8')}\n<!-- copy ${copy} -->\n`);
    }
    const total = copies.length * GOLD_FILES.length;

    const child = spawn(process.execPath, [BIN, 'ingest', corpus, '--db', url, '--jobs', '1'], { stdio: 'ignore' });
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const watcher = new pg.Client({ connectionString: url });
    await watcher.connect();
    const storedBeforeKill = await until('documents to be stored', async () => {
      const n = await watcher.query('SELECT count(*)::int AS n FROM documents').then((result) => result.rows[0].n as number, () => 0);
      return n >= 5 ? n : undefined;
    }, 180_000);
    child.kill('SIGKILL');
    await exited;
    await watcher.end();

    const store = await PostgresStore.open(url);
    try {
      const documents = (await store.listDocuments({ first: 1000, after: null })).items;
      expect(documents.length).toBeGreaterThanOrEqual(storedBeforeKill);
      expect(documents.length).toBeLessThan(total);
      const expected = new Map(GOLD_FILES.map((name) => {
        const text = readFileSync(join(GOLD, name), 'utf8');
        const facts = extract(`${text}\n<!-- copy 1 -->\n`);
        return [text, { mentions: facts.mentions.length, statements: facts.statements.length }];
      }));
      const ids = documents.map((row) => row.id);
      const [mentions, statements] = await Promise.all([store.mentionsOfDocuments(ids), store.statementsOfDocuments(ids)]);
      documents.forEach((row, index) => {
        expect({ path: row.path, mentions: mentions[index].length, statements: statements[index].length }).toEqual({ path: row.path, ...expected.get(row.text.replace(COPY_MARK, '')) });
      });
      expect((await store.stats()).documents).toBe(documents.length);
    } finally {
      await store.close();
    }

    // The killed writer's lock went with its connection: the next run is not blocked.
    const resumed = whosaid(['ingest', corpus, '--db', url, '--jobs', '1']);
    expect(resumed.status, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain(`: ${total} documents,`);
  });
});
