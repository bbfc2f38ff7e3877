import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MemoryStore } from '../../src/graph/memory-store.js';
import { readLinks } from '../../src/graph/network.js';
import { SqliteStore } from '../../src/graph/sqlite-store.js';
import { ingestFolder } from '../../src/ingest/corpus.js';
import { GOLD } from '../helpers.js';

/** SQLite's statementLinks fast path must read what the listStatements fallback (the memory store) reads. */
describe('statement links: the fast path and the fallback agree', () => {
  const memory = new MemoryStore();
  let sqlite: SqliteStore;
  beforeAll(async () => {
    sqlite = SqliteStore.open(join(mkdtempSync(join(tmpdir(), 'whosaid-links-')), 'gold.db'));
    await ingestFolder(memory, GOLD);
    await ingestFolder(sqlite, GOLD);
  }, 120_000);

  const byName = async (name: string) => [(await memory.findEntities(name))[0].id, (await sqlite.findEntities(name))[0].id];

  it('the latest statements about an entity, capped, with their speakers, topics and dates', async () => {
    const [inMemory, inSqlite] = await byName('North Korea');
    expect(inMemory).toBe(inSqlite);
    expect(typeof sqlite.statementLinks).toBe('function');
    const fast = await readLinks(sqlite, { aboutIds: [inSqlite] }, 5);
    const fallback = await readLinks(memory, { aboutIds: [inMemory] }, 5);
    expect(fast.rows).toHaveLength(5);
    expect(fast).toEqual(fallback);
  });

  it('every statement when uncapped, filtered by date', async () => {
    const query = { from: '2024-05-25' };
    const sort = (rows: Array<{ id: number }>) => [...rows].sort((a, b) => a.id - b.id);
    const [fast, fallback] = [await readLinks(sqlite, query), await readLinks(memory, query)];
    expect(fast.matched).toBe(fallback.matched);
    expect(sort(fast.rows)).toEqual(sort(fallback.rows));
    for (const row of fast.rows) expect(row.date >= '2024-05-25').toBe(true);
  });
});
