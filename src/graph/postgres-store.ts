import pg from 'pg';
import { nameKey } from '../extract/normalize.js';
import type { ExtractedDocument } from './facts.js';
import { dateUpperBound } from './list-order.js';
import { databaseLabel } from './open-store.js';
import { openFailure, unavailable, StatementListener } from './postgres-connection.js';
import { migratePostgres } from './postgres-migrations.js';
import {
  DOCUMENT_COLUMNS, ENTITY_COLUMNS, MENTION_COLUMNS, NUMERIC_TYPES, STATEMENT_COLUMNS, toDocument, toEntity, toMention, toRelationEvidence, toStatement,
  type DocumentRecord, type EntityRecord, type MentionRecord, type RelationRecord, type StatementRecord,
} from './postgres-rows.js';
import { documentMatch, SqlBuilder, textMatch } from './postgres-sql.js';
import { PostgresClaimReads } from './postgres-claim-lists.js';
import { backfillClaims } from './postgres-claims.js';
import { documentForRemoval, ingestDocument, removeDocument } from './postgres-writes.js';
import { rankByName } from './resolve.js';
import { rankRelated } from './related.js';
import { byKey, groupBy } from './rows-by-key.js';
import { bestNameCandidates, SEARCH_CANDIDATES, searchWords } from './search-terms.js';
import type { Store } from './store.js';
import type {
  ClaimQuery, ClaimRow, ClaimSortField, DeleteResult, DocumentInput, DocumentQuery, DocumentRow, DocumentSortField, EntityKind, EntityQuery, EntityRow, EntitySortField, GraphCounts, GraphStats,
  IngestResult, MentionRow, Page, PageArgs, RelatedRow, RelationEvidenceRow, SearchHit, Sort, SortDirection, StatementQuery, StatementRow, StatementSortField,
} from './types.js';

/**
 * One writer at a time, whatever the process: every write transaction takes this
 * transaction-level advisory lock first, and PostgreSQL drops it at COMMIT or ROLLBACK (or
 * when a killed writer's connection closes). Why a lock rather than SERIALIZABLE with retry:
 * resolution (resolve.ts) reads the entities a document may join and then writes, and its
 * rules ("a lone surname joins only if exactly one person carries it") are no unique key,
 * so two writers resolving at once would each create "John Kirby". Under SERIALIZABLE nearly
 * every pair of batches conflicts (they touch the same countries), so most work would be
 * retried. Writes take milliseconds per document while extraction, the costly part, stays
 * parallel in every process; and ids become visible in the order they were given, which the
 * statement feed (statementsAfter) relies on.
 */
const WRITE_LOCK = 0x77686f73_02;

/** The channel writers notify at commit: servers announce new statements to their subscribers at once. */
export const STATEMENTS_CHANNEL = 'whosaid_statements';

export interface PostgresOptions {
  /** Connections kept per process (default 10). */
  poolSize?: number;
  /** How long to wait for a connection (a new one, or a free one of the pool) before a call fails as unavailable (default 15 s). */
  connectTimeoutMs?: number;
}

/**
 * The graph in PostgreSQL (15+), shared by many servers and ingest processes: the same
 * answers as the other stores (the contract tests run on all), with full text by tsvector,
 * writes serialized by an advisory lock, and LISTEN/NOTIFY for new statements. A call made
 * while the database is down fails with StoreUnavailableError; the pool reconnects by itself.
 */
export class PostgresStore implements Store {
  private listener: StatementListener | null = null;

  private readonly claims: PostgresClaimReads;

  private constructor(private readonly pool: pg.Pool, private readonly url: string) {
    this.claims = new PostgresClaimReads((sql, parameters) => this.query(sql, parameters));
  }

  /** Connects and migrates (creating the layout in an empty database); refuses another application's database. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: options.connectTimeoutMs ?? 15_000,
      idleTimeoutMillis: 30_000,
      types: NUMERIC_TYPES,
      application_name: 'whosaid',
    });
    // An idle connection the server closed (a restart) is an event, not a crash; the next call reconnects.
    pool.on('error', () => undefined);
    const where = `database ${databaseLabel(url)}`;
    try {
      const client = await pool.connect();
      try {
        await migratePostgres(client, where);
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw openFailure(error, where) ?? error;
    }
    const store = new PostgresStore(pool, url);
    // Claims of statements stored before claims existed (migration 2); once, another process may have done it.
    await store.write(backfillClaims);
    return store;
  }

  /** A read on any pooled connection; connection failures become StoreUnavailableError. */
  private async query<Row extends pg.QueryResultRow>(sql: string, parameters: unknown[] = []): Promise<Row[]> {
    try {
      return (await this.pool.query<Row>(sql, parameters)).rows;
    } catch (error) {
      throw unavailable(error) ?? error;
    }
  }

  /** Every write: one transaction holding WRITE_LOCK; subscribers anywhere are notified when it commits. */
  private async write<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw unavailable(error) ?? error;
    }
    let broken: Error | undefined;
    try {
      await client.query(`BEGIN; SELECT pg_advisory_xact_lock(${WRITE_LOCK})`);
      const result = await work(client);
      await client.query(`SELECT pg_notify('${STATEMENTS_CHANNEL}', ''); COMMIT`);
      return result;
    } catch (error) {
      const lost = unavailable(error);
      if (lost) broken = error as Error;
      else await client.query('ROLLBACK').catch(() => undefined);
      throw lost ?? error;
    } finally {
      // A connection that failed mid-transaction is thrown away, not handed to the next caller.
      client.release(broken);
    }
  }

  async ingest(input: DocumentInput, facts: ExtractedDocument): Promise<IngestResult> {
    return this.write((client) => ingestDocument(client, input, facts));
  }

  async ingestMany(documents: ReadonlyArray<{ input: DocumentInput; facts: ExtractedDocument }>): Promise<IngestResult[]> {
    return this.write(async (client) => {
      const results: IngestResult[] = [];
      for (const { input, facts } of documents) results.push(await ingestDocument(client, input, facts));
      return results;
    });
  }

  async deleteDocument(id: number): Promise<DeleteResult | null> {
    return this.write(async (client) => {
      const document = await documentForRemoval(client, id);
      return document ? removeDocument(client, document) : null;
    });
  }

  async documentsByIds(ids: readonly number[]) {
    const records = await this.query<DocumentRecord>(`SELECT ${DOCUMENT_COLUMNS} FROM documents s WHERE s.id = ANY($1::bigint[])`, [ids]);
    return byKey(ids, records.map(toDocument), (row) => row.id);
  }

  async documentsByHashes(hashes: readonly string[]) {
    const records = await this.query<DocumentRecord>(`SELECT ${DOCUMENT_COLUMNS} FROM documents s WHERE s.hash = ANY($1::text[])`, [hashes]);
    return byKey(hashes, records.map(toDocument), (row) => row.hash);
  }

  async entitiesByIds(ids: readonly number[]) {
    const records = await this.query<EntityRecord>(`SELECT ${ENTITY_COLUMNS} FROM entities s WHERE s.id = ANY($1::bigint[])`, [ids]);
    return byKey(ids, records.map(toEntity), (row) => row.id);
  }

  async relationEvidenceOf(entityIds: readonly number[]): Promise<RelationEvidenceRow[][]> {
    const records = await this.query<RelationRecord>('SELECT * FROM relation_evidence WHERE entity_id = ANY($1::bigint[]) ORDER BY document_id, start_offset, id', [entityIds]);
    return groupBy(entityIds, records.map(toRelationEvidence), (row) => row.entityId);
  }

  async statementsByIds(ids: readonly number[]) {
    const records = await this.query<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id = ANY($1::bigint[])`, [ids]);
    return byKey(ids, records.map(toStatement), (row) => row.id);
  }

  async findEntities(name: string, kind?: EntityKind) {
    const records = await this.query<EntityRecord>(`SELECT ${ENTITY_COLUMNS} FROM entity_keys k JOIN entities s ON s.id = k.entity_id
      WHERE k.key = $1 AND ($2::text IS NULL OR s.kind = $2) ORDER BY s.id`, [nameKey(name), kind ?? null]);
    return rankByName(records.map(toEntity), name);
  }

  async listEntities(kind: EntityKind, page: PageArgs, query: EntityQuery = {}, sort: Sort<EntitySortField> = { field: 'ID', direction: 'ASC' }) {
    const sql = new SqlBuilder();
    const where = [`s.kind = ${sql.value(kind)}`, 's.mention_count > 0'];
    if (query.nameWords) where.push(query.nameWords.length ? `s.names @@ to_tsquery('whosaid_names', ${sql.value(prefixQuery(query.nameWords))})` : 'false');
    if (query.countryIds) where.push(`s.country_id = ANY(${sql.value(query.countryIds)}::bigint[])`);
    if (query.organizationIds) where.push(`s.organization_ids && ${sql.value(query.organizationIds)}::bigint[]`);
    const key = { ID: 's.id', MENTIONS: 's.mention_count', STATEMENTS: 's.statement_count', NAME: `translate(s.name, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') COLLATE "C"` }[sort.field];
    return this.page<EntityRecord, EntityRow>(sql, ENTITY_COLUMNS, 'entities s', where, page, toEntity, { key, direction: sort.direction });
  }

  async listDocuments(page: PageArgs, query: DocumentQuery = {}, sort: Sort<DocumentSortField> = { field: 'ID', direction: 'ASC' }) {
    const sql = new SqlBuilder();
    const where: string[] = [];
    if (query.from !== undefined) where.push(`coalesce(s.published_at, '') COLLATE "C" >= ${sql.value(query.from)}`);
    if (query.to !== undefined) where.push(`s.published_at IS NOT NULL AND s.published_at COLLATE "C" <= ${sql.value(dateUpperBound(query.to))}`);
    if (query.entityIds) where.push(`s.id IN (SELECT document_id FROM mentions WHERE entity_id = ANY(${sql.value(query.entityIds)}::bigint[]))`);
    if (query.text !== undefined) where.push(textMatch(sql, 's.search', query.text));
    const key = sort.field === 'PUBLISHED' ? `coalesce(s.published_at, '') COLLATE "C"` : 's.id';
    return this.page<DocumentRecord, DocumentRow>(sql, DOCUMENT_COLUMNS, 'documents s', where, page, toDocument, { key, direction: sort.direction });
  }

  async listStatements(query: StatementQuery, page: PageArgs, sort: Sort<StatementSortField> = { field: 'ID', direction: 'ASC' }) {
    const sql = new SqlBuilder();
    const { where, from, date } = statementFilter(sql, query, sort.field === 'DATE');
    return this.page<StatementRecord, StatementRow>(sql, STATEMENT_COLUMNS, from, where, page, toStatement, { key: sort.field === 'DATE' ? date : 's.id', direction: sort.direction });
  }

  async claimsByIds(ids: readonly number[]) { return this.claims.claimsByIds(ids); }
  async claimsOfStatements(statementIds: readonly number[]) { return this.claims.claimsOfStatements(statementIds); }

  async listClaims(query: ClaimQuery, page: PageArgs, sort: Sort<ClaimSortField> = { field: 'ID', direction: 'ASC' }): Promise<Page<ClaimRow>> {
    return this.claims.listClaims(query, page, sort, (sql, statements) => statementFilter(sql, statements, false));
  }

  async listClaimStatements(claimId: number, page: PageArgs) {
    const sql = new SqlBuilder();
    return this.page<StatementRecord, StatementRow>(sql, STATEMENT_COLUMNS, 'claim_members m JOIN statements s ON s.id = m.statement_id',
      [`m.claim_id = ${sql.value(claimId)}`], page, toStatement, { key: 'm.reported', direction: 'ASC' });
  }

  async listMentions(entityIds: readonly number[], page: PageArgs) {
    const sql = new SqlBuilder();
    return this.page<MentionRecord, MentionRow>(sql, MENTION_COLUMNS, 'mentions s', [`s.entity_id = ANY(${sql.value(entityIds)}::bigint[])`], page, toMention);
  }

  /**
   * A keyset page of the rows of `from` (the listed table aliased `s`) that pass `where`, in
   * (key, id) order, and their total count: two queries on two connections, at once.
   */
  private async page<Record extends pg.QueryResultRow, Row>(sql: SqlBuilder, columns: string, from: string, where: string[], page: PageArgs, convert: (record: Record) => Row,
    order: { key: string; direction: SortDirection } = { key: 's.id', direction: 'ASC' }): Promise<Page<Row>> {
    const condition = where.length ? where.map((term) => `(${term})`).join(' AND ') : 'true';
    const countParameters = [...sql.parameters];
    const direction = order.direction === 'DESC' ? 'DESC' : 'ASC';
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyset = page.after === null ? 'true' : order.key === 's.id' ? `s.id ${comparison} ${sql.value(page.after)}`
      : `(${order.key}, s.id) ${comparison} (${sql.value(page.afterKey ?? page.after)}, ${sql.value(page.after)})`;
    const orderBy = order.key === 's.id' ? `s.id ${direction}` : `${order.key} ${direction}, s.id ${direction}`;
    const [counted, records] = await Promise.all([
      this.query<{ n: number }>(`SELECT count(*) AS n FROM ${from} WHERE ${condition}`, countParameters),
      this.query<Record>(`SELECT ${columns} FROM ${from} WHERE ${condition} AND ${keyset} ORDER BY ${orderBy} LIMIT ${sql.value(page.first + 1)}`, sql.parameters),
    ]);
    return { items: records.slice(0, page.first).map(convert), totalCount: counted[0].n, hasNextPage: records.length > page.first };
  }

  async searchEntities(query: string, kinds: readonly EntityKind[], limit: number): Promise<Array<SearchHit<EntityRow>>> {
    const prefixes = searchWords(query);
    if (prefixes.length === 0 || kinds.length === 0) return [];
    // Candidates: the most mentioned entities whose names have words with these beginnings, and
    // those the exact name finds. Scored on their names alone (entityMatchScore, as every store).
    const [candidates, exact] = await Promise.all([
      this.query<{ id: number; name: string; aliases: string[]; mention_count: number }>(`SELECT id, name, aliases, mention_count FROM entities
        WHERE names @@ to_tsquery('whosaid_names', $1) AND mention_count > 0 AND kind = ANY($2::text[]) ORDER BY mention_count DESC, id LIMIT $3`,
      [prefixQuery(prefixes), kinds, Math.max(limit, SEARCH_CANDIDATES)]),
      this.findEntities(query),
    ]);
    const best = bestNameCandidates(candidates.map((row) => ({ id: row.id, name: row.name, aliases: row.aliases, mentionCount: row.mention_count })),
      exact.filter((row) => kinds.includes(row.kind) && row.mentionCount > 0), prefixes, limit);
    const rows = await this.entitiesByIds(best.map((hit) => hit.id));
    return best.map((hit, index) => ({ item: rows[index]!, score: hit.score }));
  }

  async relatedEntities(entityId: number, kinds: readonly EntityKind[], limit: number): Promise<RelatedRow[]> {
    const wanted = 'e.id <> $1 AND e.mention_count > 0 AND e.kind = ANY($2::text[])';
    const [statementLinks, documentLinks] = await Promise.all([
      this.query<{ entityId: number; statementId: number }>(`
        WITH mine AS MATERIALIZED (SELECT id, speaker_id, about_ids FROM statements WHERE speaker_id = $1 OR about_ids @> ARRAY[$1::bigint]),
          links AS (SELECT speaker_id AS entity_id, id AS statement_id FROM mine WHERE speaker_id IS NOT NULL
            UNION SELECT unnest(about_ids), id FROM mine)
        SELECT l.entity_id AS "entityId", l.statement_id AS "statementId" FROM links l JOIN entities e ON e.id = l.entity_id WHERE ${wanted}`, [entityId, kinds]),
      this.query<{ entityId: number; documentId: number }>(`
        SELECT DISTINCT m.entity_id AS "entityId", m.document_id AS "documentId" FROM mentions m JOIN entities e ON e.id = m.entity_id
        WHERE m.document_id IN (SELECT document_id FROM mentions WHERE entity_id = $1) AND ${wanted}`, [entityId, kinds]),
    ]);
    return rankRelated(statementLinks, documentLinks, limit);
  }

  async stats(): Promise<GraphStats> {
    const [totals] = await this.query<GraphStats>('SELECT documents, people, organizations, countries, statements, mentions FROM graph_totals');
    return totals;
  }

  async mentionsOfDocuments(documentIds: readonly number[]) {
    const records = await this.query<MentionRecord>(`SELECT ${MENTION_COLUMNS} FROM mentions s WHERE s.document_id = ANY($1::bigint[]) ORDER BY s.id`, [documentIds]);
    return groupBy(documentIds, records.map(toMention), (row) => row.documentId);
  }

  async statementsOfDocuments(documentIds: readonly number[]) {
    const records = await this.query<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.document_id = ANY($1::bigint[]) ORDER BY s.id`, [documentIds]);
    return groupBy(documentIds, records.map(toStatement), (row) => row.documentId);
  }

  async searchDocuments(query: string, limit: number): Promise<Array<SearchHit<DocumentRow>>> {
    const sql = new SqlBuilder();
    const match = documentMatch(sql, query);
    if (!match) return [];
    const records = await this.query<DocumentRecord & { rank: number }>(`SELECT ${DOCUMENT_COLUMNS}, ts_rank(s.search, q.query) AS rank
      FROM documents s, (SELECT ${match} AS query) q WHERE s.search @@ q.query ORDER BY rank DESC, s.id LIMIT ${sql.value(limit)}`, sql.parameters);
    return records.map((record) => ({ item: toDocument(record), score: record.rank }));
  }

  async searchStatements(query: string, limit: number): Promise<Array<SearchHit<StatementRow>>> {
    const sql = new SqlBuilder();
    const match = documentMatch(sql, query);
    if (!match) return [];
    const records = await this.query<StatementRecord & { rank: number }>(`SELECT ${STATEMENT_COLUMNS}, ts_rank(s.search, q.query) AS rank
      FROM statements s, (SELECT ${match} AS query) q WHERE s.search @@ q.query ORDER BY rank DESC, s.id LIMIT ${sql.value(limit)}`, sql.parameters);
    return records.map((record) => ({ item: toStatement(record), score: record.rank }));
  }

  async statementsAfter(afterId: number, limit: number) {
    return (await this.query<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id > $1 ORDER BY s.id LIMIT $2`, [afterId, limit])).map(toStatement);
  }

  async latestStatementId() {
    return (await this.query<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM statements'))[0].id;
  }

  async counts(): Promise<GraphCounts> {
    return (await this.query<GraphCounts>('SELECT documents, entities, mentions, statements FROM graph_totals'))[0];
  }

  /**
   * Calls `listener` whenever any process commits a write (LISTEN/NOTIFY), and once after
   * each reconnection (notifications sent while disconnected are lost; the listener catches
   * up by reading what is new). Returns the function that stops listening.
   */
  onStatementsAdded(listener: () => void): () => void {
    this.listener ??= new StatementListener(this.url, STATEMENTS_CHANNEL);
    return this.listener.add(listener);
  }

  /**
   * ANALYZE after a bulk ingest: the example queries ran 2–3× slower on a freshly ingested
   * database whose tables had never been analyzed (organizations of a country at 3,000
   * documents: 94 → 34 ms p50 over HTTP once analyzed).
   */
  async refreshStatistics() {
    await this.query('ANALYZE');
  }

  async close() {
    await this.listener?.close();
    await this.pool.end().catch(() => undefined);
  }
}

/**
 * A statement query as SQL over `statements s` (joined to its document `d` when dates are
 * read): listStatements' filter, and listClaims' "claims with a statement that passes".
 */
function statementFilter(sql: SqlBuilder, query: StatementQuery, sortByDate: boolean): { where: string[]; from: string; date: string } {
  const where: string[] = [];
  if (query.speakerIds) where.push(`s.speaker_id = ANY(${sql.value(query.speakerIds)}::bigint[])`);
  if (query.aboutIds) where.push(`s.about_ids && ${sql.value(query.aboutIds)}::bigint[]`);
  if (query.kind) where.push(`s.kind = ${sql.value(query.kind)}`);
  if (query.acts) where.push(`s.act = ANY(${sql.value(query.acts)}::text[])`);
  if (query.negated !== undefined) where.push(`s.negated = ${sql.value(query.negated)}`);
  if (query.documentIds) where.push(`s.document_id = ANY(${sql.value(query.documentIds)}::bigint[])`);
  if (query.text !== undefined) where.push(textMatch(sql, 's.search', query.text));
  // statementDate(): when it was said, else the document's publication day.
  const date = `coalesce(s.date, substr(d.published_at, 1, 10), '') COLLATE "C"`;
  const dated = query.from !== undefined || query.to !== undefined || sortByDate;
  if (query.from !== undefined) where.push(`${date} <> '' AND ${date} >= ${sql.value(query.from)}`);
  if (query.to !== undefined) where.push(`${date} <> '' AND ${date} <= ${sql.value(dateUpperBound(query.to))}`);
  const from = dated ? 'statements s JOIN documents d ON d.id = s.document_id' : 'statements s';
  return { where, from, date };
}

/** Every word a prefix term of a tsquery (words are letters and digits only: searchWords). */
const prefixQuery = (words: readonly string[]): string => words.map((word) => `${word}:*`).join(' & ');
