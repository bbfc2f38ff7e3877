import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { POSTGRES_MIGRATIONS } from '../../src/graph/postgres-migrations.js';
import { PostgresStore } from '../../src/graph/postgres-store.js';
import { GOLD } from '../helpers.js';
import { createTestDatabase, dropTestDatabases, postgresAvailable } from '../postgres.js';

const POSTGRES = await postgresAvailable();
afterAll(dropTestDatabases);

const article = (name: string) => {
  const text = readFileSync(join(GOLD, name), 'utf8');
  return { text, path: name, facts: extract(text) };
};
const SEED = article('00-seed.txt');
const IRAN = article('01-diplomacy-iran-talks.txt');
const LATEST_VERSION = POSTGRES_MIGRATIONS[POSTGRES_MIGRATIONS.length - 1].version;
const label = (url: string) => `database ${url}`;

async function sql(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe.skipIf(!POSTGRES)('PostgresStore on a real server', () => {
  it('keeps everything across a reconnect, and resolves new documents against what it kept', async () => {
    const url = await createTestDatabase();
    const first = await PostgresStore.open(url);
    await first.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    const before = await first.counts();
    const kirby = (await first.findEntities('Kirby'))[0];
    await first.close();

    const second = await PostgresStore.open(url);
    expect(await second.counts()).toEqual(before);
    expect((await second.findEntities('Kirby'))[0]).toEqual(kirby);
    expect((await second.ingest({ text: SEED.text, path: SEED.path }, SEED.facts)).created).toBe(false);
    const added = await second.ingest({ text: IRAN.text, path: IRAN.path }, IRAN.facts);
    expect(await second.findEntities('United States', 'COUNTRY')).toHaveLength(1);
    expect(added.added.entities).toBeLessThan(IRAN.facts.entities.length);
    await second.close();
  });

  it('writes a document whole or not at all: a failure midway leaves no trace', async () => {
    const store = await PostgresStore.open(await createTestDatabase());
    await store.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    const before = await store.counts();
    const broken = { ...IRAN.facts, mentions: [...IRAN.facts.mentions, { ...IRAN.facts.mentions[0], entityKey: 'no-such-entity' }] };
    await expect(store.ingest({ text: IRAN.text, path: IRAN.path }, broken)).rejects.toThrow(/no-such-entity/);
    // A batch stores all its documents or none.
    await expect(store.ingestMany([{ input: { text: IRAN.text, path: IRAN.path }, facts: IRAN.facts }, { input: { text: `${IRAN.text}!`, path: 'x' }, facts: broken }])).rejects.toThrow();
    expect(await store.counts()).toEqual(before);
    expect(await store.stats()).toMatchObject({ documents: before.documents, statements: before.statements, mentions: before.mentions });
    expect(await store.searchDocuments('Vienna', 5)).toEqual([]);
    expect(await store.findEntities('Jafari-Nasab')).toEqual([]);
    await store.close();
  });

  it('keeps its totals (stats) equal to what the tables hold, through ingests, replacements and deletes', async () => {
    const url = await createTestDatabase();
    const store = await PostgresStore.open(url);
    await store.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    const { document } = await store.ingest({ text: IRAN.text, path: IRAN.path }, IRAN.facts);
    await store.ingest({ text: `${SEED.text}\nMore.`, path: SEED.path }, SEED.facts);
    await store.deleteDocument(document.id);
    const [counted] = await sql(url, `SELECT (SELECT count(*) FROM documents)::int AS documents, (SELECT count(*) FROM statements)::int AS statements,
      (SELECT count(*) FROM mentions)::int AS mentions, (SELECT count(*) FROM entities)::int AS entities,
      (SELECT count(*) FROM entities WHERE kind = 'PERSON' AND mention_count > 0)::int AS people,
      (SELECT count(*) FROM entities WHERE kind = 'ORGANIZATION' AND mention_count > 0)::int AS organizations,
      (SELECT count(*) FROM entities WHERE kind = 'COUNTRY' AND mention_count > 0)::int AS countries`);
    const { entities, ...listed } = counted;
    expect(await store.stats()).toEqual(listed);
    expect((await store.counts()).entities).toBe(entities);
    expect(counted.documents).toBe(1);
    await store.close();
  });
});

describe.skipIf(!POSTGRES)('PostgresStore migrations', () => {
  it('lays out an empty database, marks it with its version, and opens it again as it is', async () => {
    const url = await createTestDatabase();
    await (await PostgresStore.open(url)).close();
    expect(await sql(url, 'SELECT application, version FROM whosaid_schema')).toEqual([{ application: 'whosaid', version: LATEST_VERSION }]);
    await (await PostgresStore.open(url)).close();
    expect(await sql(url, 'SELECT count(*)::int AS n FROM whosaid_schema')).toEqual([{ n: 1 }]);
  });

  it('upgrades a database of an older version, step by step', async () => {
    const url = await createTestDatabase();
    // Version 0: marked as whosaid's by a release that had laid out nothing yet.
    await sql(url, "CREATE TABLE whosaid_schema (application text NOT NULL, version integer NOT NULL); INSERT INTO whosaid_schema VALUES ('whosaid', 0)");
    const store = await PostgresStore.open(url);
    await store.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    expect((await store.counts()).documents).toBe(1);
    await store.close();
    expect(await sql(url, 'SELECT version FROM whosaid_schema')).toEqual([{ version: LATEST_VERSION }]);
  });

  it('keeps every claim when version 3 drops the rows of claims of one report', async () => {
    const url = await createTestDatabase();
    const store = await PostgresStore.open(url);
    await store.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    await store.ingest({ text: IRAN.text, path: IRAN.path }, IRAN.facts);
    const statementIds = (await store.listStatements({}, { first: 1000, after: null })).items.map((row) => row.id);
    const claims = await store.claimsOfStatements(statementIds);
    await store.close();
    // Make it the database version 2 wrote: a row for every claim.
    const values = [...new Map(claims.map((claim) => [claim!.id, claim!])).values()].map((claim) =>
      `(${claim.id}, ${claim.speakerId ?? 'NULL'}, '${claim.kind}', ${pg.escapeLiteral(claim.text)}, '${claim.firstReported ?? ''}', '${claim.lastReported ?? ''}', ${claim.reportCount}, ARRAY[${claim.outlets.map((outlet) => pg.escapeLiteral(outlet)).join(', ')}]::text[])`);
    await sql(url, `INSERT INTO claims (id, speaker_id, kind, text, first_reported, last_reported, report_count, outlets) VALUES ${values.join(', ')} ON CONFLICT (id) DO NOTHING;
      DROP INDEX claim_members_reported; ALTER TABLE statements DROP COLUMN negated; UPDATE whosaid_schema SET version = 2`);
    const rows = (await sql(url, 'SELECT count(*)::int AS n FROM claims'))[0].n as number;

    const upgraded = await PostgresStore.open(url);
    expect(await upgraded.claimsOfStatements(statementIds)).toEqual(claims);
    const multi = (await sql(url, 'SELECT count(*)::int AS n FROM (SELECT claim_id FROM claim_members GROUP BY claim_id HAVING count(*) > 1) x'))[0].n as number;
    expect(await sql(url, 'SELECT count(*)::int AS n FROM claims')).toEqual([{ n: multi }]);
    expect(multi).toBeLessThan(rows);
    await upgraded.close();
    expect(await sql(url, 'SELECT version FROM whosaid_schema')).toEqual([{ version: LATEST_VERSION }]);
  });

  it('lets two processes opening an empty database together lay it out once', async () => {
    const url = await createTestDatabase();
    const stores = await Promise.all([PostgresStore.open(url), PostgresStore.open(url), PostgresStore.open(url)]);
    await Promise.all(stores.map((store) => store.close()));
    expect(await sql(url, 'SELECT version FROM whosaid_schema')).toEqual([{ version: LATEST_VERSION }]);
  });

  it('refuses a database written by a newer whosaid, and says what to do', async () => {
    const url = await createTestDatabase();
    await (await PostgresStore.open(url)).close();
    await sql(url, `UPDATE whosaid_schema SET version = ${LATEST_VERSION + 1}`);
    await expect(PostgresStore.open(url)).rejects.toThrow(
      `${label(url)} was written by a newer whosaid (database version ${LATEST_VERSION + 1}; this one knows up to ${LATEST_VERSION}); upgrade whosaid, or pass another database with --db`,
    );
  });

  it("refuses another application's database, and touches nothing in it", async () => {
    const url = await createTestDatabase();
    await sql(url, 'CREATE TABLE invoices (id serial PRIMARY KEY, total numeric)');
    await expect(PostgresStore.open(url)).rejects.toThrow(
      `${label(url)} holds tables of another application, not whosaid's; create an empty database for whosaid (createdb whosaid) and pass it with --db`,
    );
    expect(await sql(url, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")).toEqual([{ tablename: 'invoices' }]);
  });

  it('says when the server cannot be reached or the database does not exist', async () => {
    await expect(PostgresStore.open('postgres://postgres@127.0.0.1:1/whosaid', { connectTimeoutMs: 1000 })).rejects.toThrow(
      'cannot reach database postgres://postgres@127.0.0.1:1/whosaid (ECONNREFUSED); is PostgreSQL running there? check the host and port in the URL',
    );
    const missing = new URL(await createTestDatabase());
    missing.pathname = '/whosaid_test_no_such_database';
    await expect(PostgresStore.open(missing.toString())).rejects.toThrow(`${label(missing.toString())} does not exist; create it`);
  });
});
