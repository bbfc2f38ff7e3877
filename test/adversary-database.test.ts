import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestFolder } from '../src/ingest/corpus.js';
import { SqliteStore } from '../src/graph/sqlite-store.js';
import { createServer } from '../src/server/server.js';
import { query, SEEDS } from './helpers.js';

/*
 * Issue 17, finding 10 (database faults) and the CLI's count of finding 11: each fault names
 * the file and says what to do, and a client gets a code, not "Unexpected error.".
 */

const BIN = fileURLToPath(new URL('../src/whosaid.js', import.meta.url));
const folder = () => mkdtempSync(join(tmpdir(), 'whosaid-faults-'));
const whosaid = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: 90_000 });

describe('10. database faults', () => {
  it('fails fast on --db under /proc (it spun forever) and on an empty --db (it served a temporary database)', () => {
    const proc = whosaid('ingest', SEEDS, '--db', '/proc/nope/x.db');
    expect(proc.error).toBeUndefined();
    expect(proc.status).toBe(1);
    expect(proc.stderr).toMatch(/^whosaid: cannot create database \/proc\/nope\/x\.db: cannot create the folder \/proc\/nope \(ENOENT\); pass a path in a folder you can write with --db\n/);
    const empty = whosaid('ingest', SEEDS, '--db', '');
    expect(empty.status).toBe(2);
    expect(empty.stderr).toBe('whosaid: --db: the path is empty; name a database file (e.g. --db ./data/whosaid.db), a PostgreSQL URL, or :memory:\n');
  }, 200_000);

  it('says a path under a file is under a file (it said EEXIST)', () => {
    const file = join(folder(), 'notes.txt');
    writeFileSync(file, 'not a folder');
    expect(() => SqliteStore.open(join(file, 'x.db'))).toThrow(`cannot create database ${join(file, 'x.db')}: ${file} is a file, not a folder; pass a path in a folder with --db`);
  });

  it('names a damaged file and what to do (it said "database disk image is malformed")', async () => {
    const file = join(folder(), 'damaged.db');
    const store = SqliteStore.open(file);
    await ingestFolder(store, SEEDS, { jobs: 1 });
    await store.close();
    // Garbage over every page but the first (the header and schema stay readable).
    const pageSize = 4096;
    const descriptor = openSync(file, 'r+');
    for (let offset = pageSize; offset < statSync(file).size; offset += pageSize) writeSync(descriptor, Buffer.alloc(pageSize, 0xa5), 0, pageSize, offset);
    closeSync(descriptor);
    let message = '';
    try {
      const damaged = SqliteStore.open(file);
      try {
        await damaged.listDocuments({ first: 5, after: null });
        await damaged.stats();
      } finally {
        await damaged.close();
      }
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(new RegExp(`database ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} is damaged \\(.+\\): restore it from a backup, or move it aside and ingest your articles again into a new file \\(whosaid ingest FOLDER --db NEW\\.db\\)`));
  });

  it('gives a mutation on a database that refuses writes the code DATABASE_READ_ONLY, and says so in the log, not the reply', async () => {
    const store = SqliteStore.open(join(folder(), 'read-only.db'));
    // What a read-only file does to every write, for a process that (as root) could write anyway.
    (store as unknown as { db: { pragma(source: string): unknown } }).db.pragma('query_only = ON');
    const yoga = createServer({ store, token: 'secret', extractor: { extract: async () => ({ title: null, publishedAt: null, bodyStart: 0, entities: [], mentions: [], statements: [], warnings: [] }), close: async () => {} } });
    const { body } = await query(yoga, 'mutation { ingestDocument(input: { text: "A short article." }) { created } }', undefined, 'secret');
    expect(body.errors).toEqual([expect.objectContaining({
      message: "The server's database is read-only: nothing can be written; its operator is told why in the server's log.",
      extensions: { code: 'DATABASE_READ_ONLY' },
    })]);
    expect(JSON.stringify(body)).not.toContain('read-only.db');
    await store.close();
  });
});

describe('11. the CLI counts entities as the API lists them', () => {
  it('leaves out a country named only as the target of a relation', async () => {
    const articles = folder();
    // The Pentagon is the United States' (a relation), but the text never names the country.
    writeFileSync(join(articles, 'pentagon.txt'), 'Budget talks resume\n2025-02-03\n\nA Pentagon spokesperson said on Monday that the review would finish in March.\n');
    const file = join(folder(), 'count.db');
    const run = whosaid('ingest', articles, '--db', file, '--jobs', '1');
    expect(run.status, run.stderr).toBe(0);
    const store = SqliteStore.open(file);
    const stats = await store.stats();
    const listed = stats.people + stats.organizations + stats.countries;
    // The store keeps the country, the lists do not show it.
    expect((await store.counts()).entities).toBe(listed + 1);
    expect(run.stdout).toContain(`${listed} entities`);
    await store.close();
  }, 120_000);
});
