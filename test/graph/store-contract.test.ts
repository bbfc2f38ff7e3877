import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import type { ExtractedDocument } from '../../src/graph/facts.js';
import { MemoryStore } from '../../src/graph/memory-store.js';
import { PostgresStore } from '../../src/graph/postgres-store.js';
import { SqliteStore } from '../../src/graph/sqlite-store.js';
import type { Store } from '../../src/graph/store.js';
import { documentSortKey, entitySortKey, statementSortKey } from '../../src/graph/list-order.js';
import type { EntityKind, EntityRow } from '../../src/graph/types.js';
import { GOLD } from '../helpers.js';
import { createTestDatabase, dropTestDatabases, postgresAvailable } from '../postgres.js';

/** The gold articles with their facts, extracted once for every store. */
const ARTICLES = readdirSync(GOLD)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .map((name) => {
    const text = readFileSync(join(GOLD, name), 'utf8');
    return { path: `gold/${name}`, text, facts: extract(text) };
  });
const SEED = ARTICLES[0];
const ALL = { first: 100_000, after: null };

const folder = mkdtempSync(join(tmpdir(), 'whosaid-contract-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));
afterAll(dropTestDatabases);

const POSTGRES = await postgresAvailable();
let sqliteFiles = 0;
/** Every store, each call a new empty one: a SQLite file, a PostgreSQL database of this run. */
const STORES: Array<[string, () => Store | Promise<Store>]> = [
  ['MemoryStore', () => new MemoryStore()],
  ['SqliteStore', () => SqliteStore.open(join(folder, `store-${++sqliteFiles}.db`))],
  ...(POSTGRES ? [['PostgresStore', async () => PostgresStore.open(await createTestDatabase())] as [string, () => Promise<Store>]] : []),
];

async function ingestAll(store: Store, articles = ARTICLES) {
  for (const article of articles) await store.ingest({ text: article.text, path: article.path }, article.facts);
}

/** The whole graph as plain data, ids included: what two stores must agree on. */
async function snapshot(store: Store) {
  const entities = async (kind: EntityKind) => (await store.listEntities(kind, ALL)).items;
  const documents = (await store.listDocuments(ALL)).items;
  return {
    people: await entities('PERSON'),
    organizations: await entities('ORGANIZATION'),
    countries: await entities('COUNTRY'),
    documents,
    mentions: await store.mentionsOfDocuments(documents.map((row) => row.id)),
    statements: (await store.listStatements({}, ALL)).items,
    counts: await store.counts(),
  };
}

/** Every page of a list, following the keyset cursor the way the schema does. */
async function allPages<T extends { id: number }>(list: (page: { first: number; after: number | null; afterKey?: string | number | null }) => Promise<{ items: T[]; hasNextPage: boolean; totalCount: number }>, keyOf: (row: T) => string | number, size = 7) {
  const rows: T[] = [];
  let after: T | null = null;
  for (;;) {
    const page = await list({ first: size, after: after?.id ?? null, afterKey: after ? keyOf(after) : null });
    rows.push(...page.items);
    if (!page.hasNextPage) return { rows, totalCount: page.totalCount };
    after = page.items[page.items.length - 1];
  }
}

/** What exploration reads (filters, orders, pages, search, neighbours, stats): two stores must answer alike. */
async function exploration(store: Store) {
  const [unitedStates] = await store.findEntities('United States');
  // After the seed is deleted, Kirby is gone: the most quoted person stands in.
  const kirby = (await store.findEntities('Kirby'))[0] ?? (await store.listEntities('PERSON', { first: 1, after: null }, {}, { field: 'STATEMENTS', direction: 'DESC' })).items[0];
  const documents = (await store.listDocuments(ALL)).items;
  const dateOf = new Map(documents.map((row) => [row.id, row.publishedAt]));
  return {
    byMentions: await allPages((page) => store.listEntities('PERSON', page, {}, { field: 'MENTIONS', direction: 'DESC' }), (row) => entitySortKey(row, 'MENTIONS')),
    byName: await allPages((page) => store.listEntities('ORGANIZATION', page, {}, { field: 'NAME', direction: 'ASC' }), (row) => entitySortKey(row, 'NAME')),
    americans: (await store.listEntities('PERSON', ALL, { countryIds: [unitedStates.id] }, { field: 'STATEMENTS', direction: 'DESC' })).items.map((row) => row.name),
    named: (await store.listEntities('PERSON', ALL, { nameWords: ['jo'] })).items.map((row) => row.name),
    ofOrganizations: (await store.listEntities('PERSON', ALL, { organizationIds: kirby.organizationIds })).items.map((row) => row.name),
    statementsByDate: await allPages((page) => store.listStatements({ aboutIds: [unitedStates.id] }, page, { field: 'DATE', direction: 'DESC' }), (row) => statementSortKey(row, 'DATE', dateOf.get(row.documentId) ?? null)),
    statementsInMay: (await store.listStatements({ from: '2024-05', to: '2024-05', kind: 'DIRECT' }, ALL)).items.map((row) => row.id),
    statementsText: (await store.listStatements({ text: 'North Korea', documentIds: [documents[0].id] }, ALL)).items.map((row) => row.id),
    documentsByDate: await allPages((page) => store.listDocuments(page, { from: '2024' }, { field: 'PUBLISHED', direction: 'ASC' }), (row) => documentSortKey(row, 'PUBLISHED')),
    documentsOf: (await store.listDocuments(ALL, { entityIds: [unitedStates.id], text: 'said' })).items.map((row) => row.id),
    mentions: await allPages((page) => store.listMentions([kirby.id], page), (row) => row.id),
    search: (await store.searchEntities('kirb', ['PERSON', 'ORGANIZATION', 'COUNTRY'], 5)).map((hit) => [hit.item.name, hit.score]),
    searchAccents: (await store.searchEntities('SAO', ['PERSON', 'ORGANIZATION', 'COUNTRY'], 5)).map((hit) => [hit.item.name, hit.score]),
    related: await store.relatedEntities(kirby.id, ['PERSON', 'ORGANIZATION', 'COUNTRY'], 10),
    relatedCountries: await store.relatedEntities(unitedStates.id, ['COUNTRY'], 5),
    stats: await store.stats(),
  };
}

/** Entities as names, for comparing graphs whose ids differ. */
const describeEntities = (graph: Awaited<ReturnType<typeof snapshot>>) =>
  [...graph.people, ...graph.organizations, ...graph.countries]
    .map((row) => `${row.kind} ${row.name} | ${[...row.aliases].sort()} | ${[...row.roles].sort()} | ${row.mentionCount} mentions, ${row.statementCount} statements`)
    .sort();

it.each(STORES.slice(1))('%s builds exactly the graph the reference memory store builds', async (_name, open) => {
  const memory = new MemoryStore();
  const sqlite = await open();
  await ingestAll(memory);
  await ingestAll(sqlite);
  expect(await snapshot(sqlite)).toEqual(await snapshot(memory));
  const explored = await exploration(memory);
  expect(await exploration(sqlite)).toEqual(explored);
  expect(explored.byMentions.rows).toHaveLength(explored.byMentions.totalCount);
  expect(new Set(explored.byMentions.rows.map((row) => row.id)).size).toBe(explored.byMentions.totalCount);
  expect(explored.search[0][0]).toBe('John Kirby');
  expect(explored.related.length).toBeGreaterThan(0);
  expect(explored.statementsByDate.rows.length).toBeGreaterThan(5);
  await sqlite.deleteDocument(1);
  await memory.deleteDocument(1);
  expect(await snapshot(sqlite)).toEqual(await snapshot(memory));
  expect(await exploration(sqlite)).toEqual(await exploration(memory));
  await sqlite.close();
});

describe.each(STORES)('%s', (_name, open) => {
  let store: Store;
  beforeAll(async () => {
    store = await open();
    await ingestAll(store);
  });
  afterAll(() => store.close());

  it('stores the same text once: ingesting it again writes nothing', async () => {
    const before = await store.counts();
    const again = await store.ingest({ text: SEED.text, path: SEED.path }, SEED.facts);
    expect(again.created).toBe(false);
    expect(again.added).toEqual({ documents: 0, entities: 0, mentions: 0, statements: 0 });
    expect(await store.counts()).toEqual(before);
    expect((await store.documentsByHashes([again.document.hash]))[0]?.id).toBe(again.document.id);
  });

  it('keeps each statement\'s act and filters by any of several acts', async () => {
    const text = 'Acts of attribution\n\nThe mayor praised the new bridge. A city survey found that most residents use it daily.';
    const facts = extract(text);
    const acts = ['APPRAISAL', 'EVIDENCE'] as const;
    const statements = acts.map((act, i) => ({ ...facts.statements[0] ?? { kind: 'INDIRECT' as const, cue: null, cueSpan: null, speakerKey: null, speakerMention: null, speakerDescription: null, speakerAffiliation: null, about: [], date: null },
      act, start: i * 10, end: i * 10 + 5, text: text.slice(i * 10, i * 10 + 5), sentence: { start: 0, end: text.length } }));
    const { document } = await store.ingest({ text, path: 'acts.txt' }, { ...facts, statements });
    const list = async (query: Parameters<Store['listStatements']>[0]) => (await store.listStatements({ documentIds: [document.id], ...query }, ALL)).items.map((row) => row.act);
    expect(await list({})).toEqual(['APPRAISAL', 'EVIDENCE']);
    expect(await list({ acts: ['EVIDENCE'] })).toEqual(['EVIDENCE']);
    expect(await list({ acts: ['SPEECH', 'APPRAISAL'] })).toEqual(['APPRAISAL']);
    expect(await list({ acts: [] })).toEqual([]);
    await store.deleteDocument(document.id);
  });

  it('keeps whether each statement is negated, and filters by it', async () => {
    const text = 'Negated acts\n\nMayor Ada Lind did not mention Tom Holt in her ferry speech. Tom Holt praised the ferry plan.';
    const facts = extract(text);
    expect(facts.statements.map((statement) => statement.negated)).toEqual([true, false]);
    const { document } = await store.ingest({ text, path: 'negated.txt' }, facts);
    const list = async (query: Parameters<Store['listStatements']>[0]) => (await store.listStatements({ documentIds: [document.id], ...query }, ALL)).items.map((row) => [row.cue, row.negated]);
    expect(await list({})).toEqual([['did not mention', true], ['praised', false]]);
    expect(await list({ negated: true })).toEqual([['did not mention', true]]);
    expect(await list({ negated: false })).toEqual([['praised', false]]);
    await store.deleteDocument(document.id);
  });

  it('lists what was stored after a statement id, in order, page by page, whatever was deleted in between', async () => {
    const fresh = await open();
    try {
      expect(await fresh.latestStatementId()).toBe(0);
      expect(await fresh.statementsAfter(0, 10)).toEqual([]);
      await ingestAll(fresh, ARTICLES.slice(0, 2));
      const mark = await fresh.latestStatementId();
      const first = await fresh.ingest({ text: ARTICLES[2].text, path: ARTICLES[2].path }, ARTICLES[2].facts);
      const second = await fresh.ingest({ text: ARTICLES[3].text, path: ARTICLES[3].path }, ARTICLES[3].facts);
      await fresh.deleteDocument(first.document.id);
      const [expected] = await fresh.statementsOfDocuments([second.document.id]);
      // Read as a feed does: pages of 4 from the mark, each page after the last id seen.
      const read = [];
      for (let after = mark; ; ) {
        const page = await fresh.statementsAfter(after, 4);
        read.push(...page);
        if (page.length < 4) break;
        after = page[page.length - 1].id;
      }
      expect(read).toEqual(expected);
      expect(await fresh.latestStatementId()).toBe(expected[expected.length - 1].id);
    } finally {
      await fresh.close();
    }
  });

  it('builds the same graph from a bulk ingest as from one document at a time', async () => {
    const bulk = await open();
    const results = await bulk.ingestMany(ARTICLES.map((article) => ({ input: { text: article.text, path: article.path }, facts: article.facts })));
    expect(results.map((result) => result.created)).toEqual(ARTICLES.map(() => true));
    expect(describeEntities(await snapshot(bulk))).toEqual(describeEntities(await snapshot(store)));
    await bulk.close();
  });

  it('keeps where each relation is stated, and forgets it with its document', async () => {
    const people = (await store.listEntities('PERSON', ALL)).items;
    const evidence = (await store.relationEvidenceOf(people.map((row) => row.id))).flat();
    expect(evidence.length).toBeGreaterThan(people.length);
    const texts = new Map(ARTICLES.map((article) => [article.path, article.text]));
    const documents = await store.documentsByIds([...new Set(evidence.map((row) => row.documentId))]);
    for (const row of evidence) {
      const document = documents.find((candidate) => candidate?.id === row.documentId)!;
      expect(texts.get(document.path!)!.slice(row.start, row.end)).toBe(row.text);
    }

    const other = await open();
    await ingestAll(other);
    const [first] = (await other.listDocuments(ALL)).items;
    await other.deleteDocument(first.id);
    const remaining = (await other.listEntities('PERSON', ALL)).items;
    const left = (await other.relationEvidenceOf(remaining.map((row) => row.id))).flat();
    expect(left.length).toBeGreaterThan(0);
    expect(left.some((row) => row.documentId === first.id)).toBe(false);
    await other.close();
  });

  it('resolves entities across documents and finds them by alias', async () => {
    const [kirby] = await store.findEntities('kirby');
    expect(kirby.name).toBe('John Kirby');
    const [northKorea] = await store.findEntities('DPRK', 'COUNTRY');
    expect(northKorea).toMatchObject({ name: 'North Korea', code: 'KP' });
  });

  it('finds statements and documents by full text, whatever the user types', async () => {
    const statements = await store.searchStatements('wholesale assistance', 5);
    expect(statements[0].item.text).toContain('wholesale assistance');
    const documents = await store.searchDocuments('"Vienna track"', 5);
    expect(documents.map((hit) => hit.item.path)).toEqual(['gold/01-diplomacy-iran-talks.txt']);
    expect(documents[0].score).toBeGreaterThan(0);
    for (const odd of ['"unbalanced', 'a-b:c* OR (x', 'NEAR(', '""', '   ', '-']) {
      await expect(store.searchStatements(odd, 5)).resolves.toBeInstanceOf(Array);
      await expect(store.searchDocuments(odd, 5)).resolves.toBeInstanceOf(Array);
    }
  });

  it('replaces a changed file at the same path, in one step', async () => {
    const original = ARTICLES[2];
    const stored = (await store.listDocuments(ALL)).items.find((row) => row.path === original.path)!;
    const changed = `${original.text}\nThe minister said nothing more.\n`;
    const result = await store.ingest({ text: changed, path: original.path }, extract(changed));
    expect(result).toMatchObject({ created: true, replacedDocumentId: stored.id });
    expect(result.removed).toMatchObject({ documents: 1, statements: original.facts.statements.length, mentions: original.facts.mentions.length });
    expect(await store.documentsByIds([stored.id])).toEqual([null]);
    const atPath = (await store.listDocuments(ALL)).items.filter((row) => row.path === original.path);
    expect(atPath.map((row) => row.id)).toEqual([result.document.id]);
    expect((await store.statementsOfDocuments([stored.id]))[0]).toEqual([]);
  });

  it('replaces an API document sent again with the same url', async () => {
    const url = 'https://news.example/kirby';
    const first = await store.ingest({ text: `${SEED.text}\nUpdated.`, url, source: 'Example News' }, SEED.facts);
    const second = await store.ingest({ text: `${SEED.text}\nUpdated twice.`, url, source: 'Example News' }, SEED.facts);
    expect(second.replacedDocumentId).toBe(first.document.id);
    expect(second.document).toMatchObject({ url, source: 'Example News', path: null });
    await store.deleteDocument(second.document.id);
  });

  it('deletes a document with its mentions and statements; entities with no evidence left disappear', async () => {
    const seed = (await store.listDocuments(ALL)).items.find((row) => row.path === SEED.path)!;
    const [statements] = await store.statementsOfDocuments([seed.id]);
    const onlyInSeed = (await store.findEntities('Sergei Shoigu'))[0];
    const unitedStates = (await store.findEntities('United States'))[0];

    const result = await store.deleteDocument(seed.id);
    expect(result?.removed).toMatchObject({ documents: 1, mentions: SEED.facts.mentions.length, statements: statements.length });
    expect(result!.removed.entities).toBeGreaterThan(0);
    expect(await store.deleteDocument(seed.id)).toBeNull();
    expect(await store.documentsByIds([seed.id])).toEqual([null]);
    expect((await store.mentionsOfDocuments([seed.id]))[0]).toEqual([]);
    expect(await store.statementsByIds(statements.map((row) => row.id))).toEqual(statements.map(() => null));
    expect(await store.findEntities('Sergei Shoigu')).toEqual([]);
    expect(await store.entitiesByIds([onlyInSeed.id])).toEqual([null]);
    expect(await store.searchStatements('wholesale assistance', 5)).toEqual([]);
    const [stillThere] = await store.entitiesByIds([unitedStates.id]);
    expect(stillThere!.mentionCount).toBeLessThan(unitedStates.mentionCount);
  });

  it('leaves no fact pointing at a deleted entity, and the graph a fresh ingest of what remains would give', async () => {
    const graph = await snapshot(store);
    const ids = new Set([...graph.people, ...graph.organizations, ...graph.countries].map((row) => row.id));
    const referenced = [
      ...graph.mentions.flat().map((row) => row.entityId),
      ...graph.statements.flatMap((row) => [...row.aboutIds, ...(row.speakerId === null ? [] : [row.speakerId])]),
      ...[...graph.people, ...graph.organizations].flatMap((row: EntityRow) => [...row.organizationIds, ...(row.countryId === null ? [] : [row.countryId])]),
    ];
    const found = await store.entitiesByIds([...new Set(referenced)]);
    expect(found.filter((row) => row === null)).toEqual([]);
    expect(ids.size).toBeGreaterThan(0);

    const fresh = new MemoryStore();
    for (const document of graph.documents) await fresh.ingest({ text: document.text, path: document.path }, extract(document.text) as ExtractedDocument);
    expect(describeEntities(graph)).toEqual(describeEntities(await snapshot(fresh)));
  });
});
