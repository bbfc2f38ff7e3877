import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { MIGRATIONS } from '../../src/graph/sqlite-migrations.js';
import { SqliteStore } from '../../src/graph/sqlite-store.js';
import { GOLD } from '../helpers.js';

const folder = mkdtempSync(join(tmpdir(), 'whosaid-sqlite-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const article = (name: string) => {
  const text = readFileSync(join(GOLD, name), 'utf8');
  return { text, path: name, facts: extract(text) };
};
const SEED = article('00-seed.txt');
const IRAN = article('01-diplomacy-iran-talks.txt');
const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

describe('SqliteStore on a file', () => {
  it('keeps everything across a restart, and resolves new documents against what it kept', async () => {
    const file = join(folder, 'nested', 'restart.db');
    const first = SqliteStore.open(file);
    await first.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    const before = await first.counts();
    const kirby = (await first.findEntities('Kirby'))[0];
    await first.close();

    const second = SqliteStore.open(file);
    expect(await second.counts()).toEqual(before);
    expect((await second.findEntities('Kirby'))[0]).toEqual(kirby);
    expect((await second.ingest({ text: SEED.text, path: SEED.path }, SEED.facts)).created).toBe(false);
    const added = await second.ingest({ text: IRAN.text, path: IRAN.path }, IRAN.facts);
    const unitedStates = await second.findEntities('United States', 'COUNTRY');
    expect(unitedStates).toHaveLength(1);
    expect(added.added.entities).toBeLessThan(IRAN.facts.entities.length);
    await second.close();
  });

  it('writes a document whole or not at all: a failure midway leaves no trace', async () => {
    const store = SqliteStore.open(join(folder, 'atomic.db'));
    await store.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    const before = await store.counts();
    // Extraction facts that break only after the document, its entities and some mentions are written.
    const broken = { ...IRAN.facts, mentions: [...IRAN.facts.mentions, { ...IRAN.facts.mentions[0], entityKey: 'no-such-entity' }] };
    await expect(store.ingest({ text: IRAN.text, path: IRAN.path }, broken)).rejects.toThrow(/no-such-entity/);
    expect(await store.counts()).toEqual(before);
    expect(await store.searchDocuments('Vienna', 5)).toEqual([]);
    expect(await store.findEntities('Jafari-Nasab')).toEqual([]);
    await store.close();
  });
});

describe('SqliteStore full-text indexes', () => {
  it('index every row written and forget every row removed, whatever the order within a transaction', async () => {
    const file = join(folder, 'search.db');
    const store = SqliteStore.open(file);
    const edited = SEED.text.replace('Kirby', 'Kirby, who spoke from Honolulu,');
    // One transaction that adds a document and replaces it at once: its rows are queued, then removed unindexed.
    await store.ingestMany([
      { input: { text: SEED.text, path: 'a.txt' }, facts: SEED.facts },
      { input: { text: IRAN.text, path: 'b.txt' }, facts: IRAN.facts },
      { input: { text: edited, path: 'a.txt' }, facts: extract(edited) },
    ]);
    expect((await store.searchDocuments('Honolulu', 5)).map((hit) => hit.item.path)).toEqual(['a.txt']);
    expect((await store.searchDocuments('Vienna', 5)).map((hit) => hit.item.path)).toEqual(['b.txt']);
    const [iran] = await store.searchEntities('iran', ['COUNTRY'], 1);
    expect(iran.item.name).toBe('Iran');
    // Removing a document that was indexed in an earlier transaction, and the entities only it named.
    const [vienna] = await store.searchDocuments('Vienna', 1);
    await store.deleteDocument(vienna.item.id);
    expect(await store.searchDocuments('Vienna', 5)).toEqual([]);
    expect(await store.searchStatements('"maximum flexibility"', 5)).toEqual([]);
    expect(await store.searchEntities('jafari', ['PERSON'], 5)).toEqual([]);
    await store.close();

    // Writable: FTS5 runs its integrity check as a command, an INSERT.
    const db = new Database(file);
    expectSearchIndexesSound(db);
    db.close();
  });
});

/** FTS5's own check that each index holds exactly its rows, and nothing is left waiting to be indexed. */
function expectSearchIndexesSound(db: Database.Database): void {
  for (const table of ['documents_fts', 'statements_fts', 'entities_fts']) {
    expect(() => db.prepare(`INSERT INTO ${table} (${table}, rank) VALUES ('integrity-check', 1)`).run()).not.toThrow();
  }
  expect(db.prepare('SELECT count(*) AS n FROM search_queue').get()).toEqual({ n: 0 });
  const entities = db.prepare('SELECT count(*) AS n FROM entities').get();
  expect(db.prepare('SELECT count(*) AS n FROM entities_fts').get()).toEqual(entities);
}

describe('SqliteStore migrations', () => {
  it('upgrades a database of an older version, filling the full-text index from the rows it holds', async () => {
    const file = join(folder, 'version-1.db');
    const store = SqliteStore.open(file);
    await store.ingest({ text: IRAN.text, path: IRAN.path }, IRAN.facts);
    await store.close();
    // Make it the file version 1 wrote: no full-text tables yet.
    const db = new Database(file);
    db.exec(`DROP TABLE search_queue; DROP TRIGGER documents_search_insert; DROP TRIGGER documents_search_delete; DROP TABLE documents_fts;
             DROP TRIGGER statements_search_insert; DROP TRIGGER statements_search_delete; DROP TABLE statements_fts;
             DROP TRIGGER entity_organizations_insert; DROP TRIGGER entity_organizations_update; DROP TRIGGER entity_organizations_delete;
             DROP TABLE entity_organizations; DROP TRIGGER entities_search_insert; DROP TRIGGER entities_search_update; DROP TRIGGER entities_search_delete;
             DROP TABLE entities_fts; DROP INDEX entities_kind_mentions; DROP INDEX entities_kind_statements; DROP INDEX entities_kind_name;
             DROP INDEX entities_country; DROP INDEX mentions_document_entity; DROP INDEX documents_published; DROP INDEX entities_kind;
             ALTER TABLE statements DROP COLUMN speaker_affiliation_id; DROP INDEX statements_act; ALTER TABLE statements DROP COLUMN act; ALTER TABLE statements DROP COLUMN negated; DROP TABLE relation_evidence;
             DROP TABLE claim_members; DROP TABLE claims; DROP TABLE claims_backfill;`);
    db.pragma('user_version = 1');
    db.close();

    const upgraded = SqliteStore.open(file);
    expect((await upgraded.searchDocuments('"Vienna track"', 5)).map((hit) => hit.item.path)).toEqual([IRAN.path]);
    expect((await upgraded.searchStatements('maximum flexibility', 5)).length).toBeGreaterThan(0);
    // Version 8: statements stored before acts existed are reported speech.
    expect(new Set((await upgraded.listStatements({}, { first: 1000, after: null })).items.map((row) => row.act))).toEqual(new Set(['SPEECH']));
    // Version 9: every statement stored before claims existed is a report of a claim.
    const stored = (await upgraded.listStatements({}, { first: 1000, after: null })).items;
    expect((await upgraded.claimsOfStatements(stored.map((row) => row.id))).filter((claim) => claim === null)).toEqual([]);
    expect((await upgraded.listClaims({}, { first: 1000, after: null })).totalCount).toBeGreaterThan(0);
    // Version 3 filled the entity name index and the organization rows from the entities it found.
    const [hit] = await upgraded.searchEntities('ira', ['COUNTRY'], 1);
    expect(hit.item.name).toBe('Iran');
    const member = (await upgraded.listEntities('PERSON', { first: 100, after: null })).items.find((row) => row.organizationIds.length > 0)!;
    const members = await upgraded.listEntities('PERSON', { first: 100, after: null }, { organizationIds: [member.organizationIds[0]] });
    expect(members.items.map((row) => row.id)).toContain(member.id);
    // Version 8 indexed the roles of the people it found: a role finds its holder.
    const holder = (await upgraded.listEntities('PERSON', { first: 100, after: null })).items.find((row) => row.roles.length > 0)!;
    expect((await upgraded.searchEntities(holder.roles[0], ['PERSON'], 20)).map((hit) => hit.item.id)).toContain(holder.id);
    // Rows indexed by the old per-row triggers and rows queued by the new ones live side by side.
    await upgraded.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    await upgraded.ingest({ text: SEED.text + '\nA later paragraph.', path: IRAN.path }, SEED.facts);
    expect(await upgraded.searchDocuments('"Vienna track"', 5)).toEqual([]);
    expect((await upgraded.searchStatements('Kirby', 5)).length).toBeGreaterThan(0);
    await upgraded.close();
    const check = new Database(file);
    expect(check.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    // Version 13: statements are listed by act from an index, not by reading every row.
    const plan = check.prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM statements s WHERE s.act IN (SELECT value FROM json_each('["BELIEF"]'))`).all() as Array<{ detail: string }>;
    expect(plan.map((step) => step.detail).join(' | ')).toContain('INDEX statements_act');
    expectSearchIndexesSound(check);
    check.close();
  });

  it('keeps every claim and member when version 11 drops the members\' foreign key to their claims and version 12 the rows of single claims', async () => {
    const file = join(folder, 'version-10.db');
    const store = SqliteStore.open(file);
    await store.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    await store.ingest({ text: IRAN.text, path: IRAN.path }, IRAN.facts);
    const statementIds = (await store.listStatements({}, { first: 1000, after: null })).items.map((row) => row.id);
    const claims = await store.claimsOfStatements(statementIds);
    await store.close();
    // Make it the file version 10 wrote: a row for every claim (version 12 keeps none for a
    // claim of one report), and claim_id references claims.
    const db = new Database(file);
    db.exec('DROP INDEX claim_members_reported; DROP INDEX statements_act; ALTER TABLE statements DROP COLUMN negated');
    const insert = db.prepare('INSERT OR IGNORE INTO claims (id, speaker_id, kind, text, first_reported, last_reported, report_count, outlets) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    for (const claim of claims) insert.run(claim!.id, claim!.speakerId, claim!.kind, claim!.text, claim!.firstReported ?? '', claim!.lastReported ?? '', claim!.reportCount, JSON.stringify(claim!.outlets));
    const rows = (db.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n;
    db.exec(`ALTER TABLE claim_members RENAME TO members_11;
             ${MIGRATIONS.find((migration) => migration.version === 10)!.sql.match(/CREATE TABLE claim_members \([^;]*\);/)![0]}
             INSERT INTO claim_members SELECT * FROM members_11; DROP TABLE members_11;
             CREATE INDEX claim_members_claim ON claim_members (claim_id, reported);
             CREATE INDEX claim_members_near ON claim_members (speaker_id, day) WHERE speaker_id IS NOT NULL;`);
    const references = (check: Database.Database) => (check.pragma('foreign_key_list(claim_members)') as Array<{ table: string }>).map((key) => key.table).sort();
    expect(references(db)).toEqual(['claims', 'statements']);
    db.pragma('user_version = 10');
    db.close();

    const upgraded = SqliteStore.open(file);
    expect(await upgraded.claimsOfStatements(statementIds)).toEqual(claims);
    expect(claims.every((claim) => claim !== null)).toBe(true);
    const single = claims.find((claim) => claim!.reportCount === 1)!;
    expect(await upgraded.claimsByIds([single.id])).toEqual([single]);
    expect(await upgraded.listClaims({}, { first: 1000, after: null })).toMatchObject({ totalCount: new Set(claims.map((claim) => claim!.id)).size });
    await upgraded.close();
    const check = new Database(file);
    expect(references(check)).toEqual(['statements']);
    expect(check.prepare('SELECT name FROM sqlite_schema WHERE tbl_name = \'claim_members\' AND type = \'index\' ORDER BY name').all()).toEqual([
      { name: 'claim_members_claim' }, { name: 'claim_members_near' }, { name: 'claim_members_reported' },
    ]);
    // Version 12 dropped the rows of claims of one report, and kept the others.
    const multi = (check.prepare('SELECT count(*) AS n FROM (SELECT claim_id FROM claim_members GROUP BY claim_id HAVING count(*) > 1)').get() as { n: number }).n;
    expect((check.prepare('SELECT count(*) AS n FROM claims').get() as { n: number }).n).toBe(multi);
    expect(multi).toBeLessThan(rows);
    check.close();
  });

  it('refuses a database written by a newer whosaid, and says what to do', async () => {
    const file = join(folder, 'newer.db');
    await SqliteStore.open(file).close();
    const db = new Database(file);
    db.pragma(`user_version = ${LATEST_VERSION + 1}`);
    db.close();
    expect(() => SqliteStore.open(file)).toThrow(
      `${file} was written by a newer whosaid (database version ${LATEST_VERSION + 1}; this one knows up to ${LATEST_VERSION}); upgrade whosaid, or pass another file with --db`,
    );
  });

  it("refuses another application's SQLite database rather than migrate it", () => {
    const file = join(folder, 'foreign.db');
    const db = new Database(file);
    db.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY)');
    db.close();
    expect(() => SqliteStore.open(file)).toThrow(`${file} is a SQLite database of another application, not whosaid's; pass a new file with --db`);
  });

  it('refuses a file that is not a database', () => {
    const file = join(folder, 'notes.db');
    writeFileSync(file, 'these are my notes, not a database '.repeat(200));
    expect(() => SqliteStore.open(file)).toThrow(`${file} is not a SQLite database; pass a new file with --db`);
  });
});
