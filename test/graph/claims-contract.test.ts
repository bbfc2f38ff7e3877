import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { claimSortKey } from '../../src/graph/list-order.js';
import { MemoryStore } from '../../src/graph/memory-store.js';
import { SqliteStore } from '../../src/graph/sqlite-store.js';
import type { Store } from '../../src/graph/store.js';
import type { ClaimQuery, ClaimSortField, PageArgs } from '../../src/graph/types.js';
import { collectDocumentFiles, ingestFiles, ingestFolder } from '../../src/ingest/corpus.js';
import { PostgresStore } from '../../src/graph/postgres-store.js';
import { createTestDatabase, dropTestDatabases, postgresAvailable } from '../postgres.js';

const CLAIMS = fileURLToPath(new URL('../fixtures/claims', import.meta.url));
const ALL: PageArgs = { first: 100_000, after: null };
const folder = mkdtempSync(join(tmpdir(), 'whosaid-claims-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

let files = 0;
const POSTGRES = await postgresAvailable();
afterAll(dropTestDatabases);
const STORES: Array<[string, () => Store | Promise<Store>]> = [
  ['MemoryStore', () => new MemoryStore()],
  ['SqliteStore', () => SqliteStore.open(join(folder, `claims-${++files}.db`))],
  ...(POSTGRES ? [['PostgresStore', async () => PostgresStore.open(await createTestDatabase())] as [string, () => Promise<Store>]] : []),
];

/** Every claim with its statement ids in report order, ids included: what two stores must agree on. */
async function claimsOf(store: Store) {
  const claims = (await store.listClaims({}, ALL)).items;
  return Promise.all(claims.map(async (claim) => ({ ...claim, statementIds: (await store.listClaimStatements(claim.id, ALL)).items.map((row) => row.id) })));
}

/** Claims by what they hold (document path and offset of each report) and what they say: comparable across stores whose ids differ. */
async function claimsByContent(store: Store) {
  const documents = new Map((await store.listDocuments(ALL)).items.map((row) => [row.id, row.path ?? row.url]));
  const claims = await claimsOf(store);
  const statements = await store.statementsByIds(claims.flatMap((claim) => claim.statementIds));
  const where = new Map(statements.map((row) => [row!.id, `${documents.get(row!.documentId)}@${row!.start}`]));
  const speakers = await store.entitiesByIds(claims.map((claim) => claim.speakerId ?? 0));
  return claims.map(({ id: _id, speakerId: _speakerId, statementIds, ...summary }, index) => ({ ...summary, speaker: speakers[index]?.name ?? null, reports: statementIds.map((id) => where.get(id)!).sort() }))
    .sort((a, b) => a.reports[0].localeCompare(b.reports[0]));
}

/** Every page of a claim list, following the keyset cursor as the schema does. */
async function allPages(store: Store, query: ClaimQuery, field: ClaimSortField, direction: 'ASC' | 'DESC') {
  const ids: number[] = [];
  let page: PageArgs = { first: 4, after: null };
  for (;;) {
    const result = await store.listClaims(query, page, { field, direction });
    ids.push(...result.items.map((row) => row.id));
    if (!result.hasNextPage) return { ids, totalCount: result.totalCount };
    const last = result.items[result.items.length - 1];
    page = { first: 4, after: last.id, afterKey: claimSortKey(last, field) };
  }
}

async function lists(store: Store) {
  const [lindqvist] = await store.findEntities('Maria Lindqvist');
  const [northKorea] = await store.findEntities('North Korea');
  const reuters = (await store.listDocuments(ALL)).items.filter((row) => row.source === 'Reuters').map((row) => row.id);
  return {
    byReports: await allPages(store, {}, 'REPORTS', 'DESC'),
    byFirstReported: await allPages(store, {}, 'FIRST_REPORTED', 'ASC'),
    byLastReported: await allPages(store, { reportedBy: 'Reuters' }, 'LAST_REPORTED', 'DESC'),
    notByReuters: (await store.listClaims({ notReportedBy: 'Reuters' }, ALL)).items.map((row) => row.id),
    lindqvist: (await store.listClaims({ statements: { speakerIds: [lindqvist.id] } }, ALL)).items.map((row) => row.id),
    lindqvistInMarch: (await store.listClaims({ statements: { speakerIds: [lindqvist.id], from: '2025-03-10', kind: 'DIRECT' } }, ALL)).items.map((row) => row.id),
    slogan: (await store.listClaims({ statements: { text: '"one step back"' } }, ALL)).items.map((row) => row.id),
    aboutNorthKorea: await allPages(store, { statements: { aboutIds: [northKorea.id] } }, 'ID', 'DESC'),
    aboutNorthKoreaByReports: await allPages(store, { statements: { aboutIds: [northKorea.id] } }, 'REPORTS', 'DESC'),
    aboutNorthKoreaNotByAfp: await allPages(store, { statements: { aboutIds: [northKorea.id] }, notReportedBy: 'AFP' }, 'FIRST_REPORTED', 'ASC'),
    directInReuters: await allPages(store, { statements: { kind: 'DIRECT', documentIds: reuters } }, 'LAST_REPORTED', 'DESC'),
  };
}

it.each(STORES.slice(1))('the %s keeps exactly the claims the memory store keeps, and lists them alike', async (_name, open) => {
  const memory = new MemoryStore();
  const sqlite = await open();
  await ingestFolder(memory, CLAIMS, { jobs: 1 });
  await ingestFolder(sqlite, CLAIMS, { jobs: 1 });
  const claims = await claimsOf(memory);
  expect(await claimsOf(sqlite)).toEqual(claims);
  expect(claims.some((claim) => claim.reportCount >= 4 && claim.outlets.length >= 4)).toBe(true);
  const listed = await lists(memory);
  expect(await lists(sqlite)).toEqual(listed);
  expect(listed.byReports.ids).toHaveLength(listed.byReports.totalCount);
  // Two speakers, one slogan: two claims.
  expect(listed.slogan).toHaveLength(2);
  // Filters read through claim members page and count alike.
  expect(listed.aboutNorthKorea.totalCount).toBeGreaterThan(1);
  expect(listed.aboutNorthKorea.ids).toHaveLength(listed.aboutNorthKorea.totalCount);
  expect(listed.directInReuters.ids.length).toBeGreaterThan(1);
  await sqlite.close();
});

it('two SqliteStores on one file, storing documents in turn, keep the claims one store would', async () => {
  // Each connection keeps in memory where stored members may be (claim-days.ts): what the
  // other one wrote must be looked up all the same, or reports of one event would be split.
  const file = join(folder, `claims-${++files}.db`);
  const stores = [SqliteStore.open(file), SqliteStore.open(file)];
  const { files: paths } = await collectDocumentFiles([CLAIMS]);
  for (const [index, path] of paths.entries()) await ingestFiles(stores[index % 2], [path], { jobs: 1 });
  const memory = new MemoryStore();
  await ingestFiles(memory, paths, { jobs: 1 });
  const claims = await claimsOf(memory);
  expect(claims.filter((claim) => claim.reportCount >= 3).length).toBeGreaterThan(5);
  for (const store of stores) expect(await claimsOf(store)).toEqual(claims);
  for (const store of stores) await store.close();
});

describe.each(STORES)('claims in the %s', (_name, open) => {
  it('gives every statement the claim that lists it', async () => {
    const store = await open();
    await ingestFolder(store, CLAIMS, { jobs: 1 });
    const statements = (await store.listStatements({}, ALL)).items;
    const claims = await store.claimsOfStatements(statements.map((row) => row.id));
    for (const [index, claim] of claims.entries()) {
      expect((await store.listClaimStatements(claim!.id, ALL)).items.map((row) => row.id)).toContain(statements[index].id);
    }
    await store.close();
  });

  it('after deleting documents, holds the claims a fresh ingest of what remains would give', async () => {
    const store = await open();
    await ingestFolder(store, CLAIMS, { jobs: 1 });
    const documents = (await store.listDocuments(ALL)).items;
    // The first reports of several claims, a report in the middle of one, and a document with two speakers' slogans.
    for (const name of ['e01-reuters.txt', 'e03-bloomberg.txt', 'e08-guardian.txt', 'e10-efe.txt']) {
      await store.deleteDocument(documents.find((row) => row.path!.endsWith(name))!.id);
    }
    const fresh = new MemoryStore();
    for (const row of (await store.listDocuments(ALL)).items) {
      await fresh.ingest({ text: row.text, path: row.path, title: row.title, publishedAt: row.publishedAt, url: row.url, source: row.source }, extract(row.text));
    }
    expect(await claimsByContent(store)).toEqual(await claimsByContent(fresh));
    await store.close();
  });

  it('splits a claim whose reports only one document tied together, and removes a claim left with none', async () => {
    const store = await open();
    const article = (quote: string, source: string) => `Sweden vows to punish saboteurs\n2025-03-04\n\n"${quote}," Swedish Foreign Minister Maria Lindqvist said on Tuesday.\n`;
    const whole = 'We will not accept that critical infrastructure in the Baltic Sea is treated as a target, and those responsible will be held to account';
    const ingest = (path: string, quote: string, source: string) => { const text = article(quote, source); return store.ingest({ text, path, source }, extract(text)); };
    const first = await ingest('trim-1.txt', 'Those responsible will be held to account', 'AFP');
    await ingest('trim-2.txt', 'We will not accept that critical infrastructure in the Baltic Sea is treated as a target', 'Associated Press');
    const bridge = await ingest('whole.txt', whole, 'Reuters');
    const [claim] = (await store.listClaims({}, ALL)).items;
    expect((await store.listClaims({}, ALL)).totalCount).toBe(1);
    expect(claim).toMatchObject({ text: whole, reportCount: 3, outlets: ['AFP', 'Associated Press', 'Reuters'] });

    await store.deleteDocument(bridge.document.id);
    const parts = (await store.listClaims({}, ALL)).items;
    expect(parts.map((row) => [row.text, row.outlets])).toEqual([
      ['Those responsible will be held to account', ['AFP']],
      ['We will not accept that critical infrastructure in the Baltic Sea is treated as a target', ['Associated Press']],
    ]);
    // The part holding the oldest report keeps the claim's global ID.
    expect(parts[0].id).toBe(claim.id);
    await store.deleteDocument(first.document.id);
    expect((await store.claimsByIds([claim.id]))[0]).toBeNull();
    expect((await store.listClaims({}, ALL)).totalCount).toBe(1);
    await store.close();
  });

  it('never hands out a claim id twice, whether or not its claim had a row', async () => {
    const store = await open();
    const text = 'Sweden vows to punish saboteurs\n2025-03-04\n\n"Those responsible will be held to account," Swedish Foreign Minister Maria Lindqvist said on Tuesday.\n';
    const first = await store.ingest({ text, path: 'a.txt', source: 'AFP' }, extract(text));
    const [single] = (await store.listClaims({}, ALL)).items;
    expect(single.reportCount).toBe(1);
    await store.deleteDocument(first.document.id);
    await store.ingest({ text, path: 'b.txt', source: 'AFP' }, extract(text));
    const [again] = (await store.listClaims({}, ALL)).items;
    expect(again.id).toBeGreaterThan(single.id);
    expect((await store.claimsByIds([single.id, again.id]))[0]).toBeNull();
    await store.close();
  });
});
