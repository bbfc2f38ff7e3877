import Database, { SqliteError, type Database as Connection, type Statement } from 'better-sqlite3';
import { nameKey } from '../extract/normalize.js';
import type { ExtractedDocument } from '../graph/facts.js';
import { documentFacts, documentFields, documentHash } from './document-facts.js';
import { SqliteClaims, toClaim, type ClaimRecord } from './sqlite-claims.js';
import {
  STATEMENT_COLUMNS, toDocument, toEntity, toMention, toRelationEvidence, toStatement,
  type DocumentRecord, type EntityRecord, type MentionRecord, type RelationRecord, type StatementRecord,
} from './sqlite-rows.js';
import { assignEntityIds, lookupKeys, rankByName, rebuildEntity, resolveDocument, type EntityContribution, type ResolutionIndex } from './resolve.js';
import { dateUpperBound } from './list-order.js';
import { FLUSH_SEARCH_QUEUE } from './sqlite-search-queue.js';
import { rankRelated } from './related.js';
import { byKey, groupBy } from './rows-by-key.js';
import { bestNameCandidates, entityMatchScore, parseSearchTerms, searchWords } from './search-terms.js';
import { asDatabaseFault, createFolderOf, DatabaseFault } from './sqlite-faults.js';
import { migrate, UnusableDatabaseError } from './sqlite-migrations.js';
import type { Store } from './store.js';
import {
  ZERO_COUNTS, type ClaimQuery, type ClaimSortField, type DeleteResult, type DocumentInput, type DocumentRow, type EntityKind, type EntityRow, type GraphCounts, type IngestResult,
  type DocumentQuery, type DocumentSortField, type EntityQuery, type EntitySortField, type GraphStats, type MentionRow, type Page, type PageArgs,
  type ClaimRow, type RelatedRow, type RelationEvidenceRow, type SearchHit, type Sort, type SortDirection, type StatementQuery, type StatementRow, type StatementSortField,
} from './types.js';

/** Weights of the full-text columns: a word in the title or the statement counts more than one in the body or sentence. */
const DOCUMENT_RANK = 'bm25(documents_fts, 4.0, 1.0)';
const STATEMENT_RANK = 'bm25(statements_fts, 2.0, 1.0)';

/**
 * The graph in an embedded SQLite file (better-sqlite3): the default store. Every write
 * runs in one IMMEDIATE transaction (document, entity resolution, mentions, statements,
 * full-text index), so a crash or a kill leaves the previous state or the new one, never a
 * part of a document. WAL mode lets a server read while an ingest process writes.
 */
export class SqliteStore implements Store {
  private readonly statements = new Map<string, Statement>();
  private readonly index: ResolutionIndex = {
    byCode: (code) => {
      const record = this.sql<EntityRecord>('SELECT * FROM entities WHERE code = ?').get(code);
      return record && toEntity(record);
    },
    byKey: (kind, key) =>
      this.sql<EntityRecord>('SELECT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? AND +e.kind = ? ORDER BY e.id').all(key, kind).map(toEntity),
  };

  /**
   * Whether writes fail here (a read-only file or folder): a server started with --token says
   * so at start, and each write fails with DATABASE_READ_ONLY rather than a bare error.
   */
  readonly readOnly: boolean;
  private readonly claims = new SqliteClaims(<Row>(source: string) => this.sql<Row>(source));

  private constructor(private readonly db: Connection, readonly file: string) {
    this.readOnly = !canWrite(db);
  }

  /**
   * Opens (creating it and its folder if needed) and migrates a database file; `:memory:`
   * gives a private in-memory database with the same behaviour, gone when closed.
   */
  static open(file: string): SqliteStore {
    if (file.trim() === '') throw new UnusableDatabaseError('the database path is empty: name a file (e.g. --db ./data/whosaid.db), or :memory:');
    if (file !== ':memory:') createFolderOf(file);
    let db: Connection | undefined;
    try {
      db = new Database(file);
      if (file !== ':memory:') db.pragma('journal_mode = WAL');
      // With WAL, NORMAL loses no committed transaction on a process crash (only, at worst, the last ones on a power cut).
      db.pragma('synchronous = NORMAL');
      // Checkpoint the WAL every 64 MiB rather than 4 MiB: each checkpoint syncs the file, and
      // bulk ingest spent ~15% of its write time in them. The file is cut back to 64 MiB after.
      db.pragma('wal_autocheckpoint = 16384');
      db.pragma(`journal_size_limit = ${64 * 1024 * 1024}`);
      db.pragma('foreign_keys = ON');
      // Another process writing (an ingest beside the server): wait for it rather than fail.
      db.pragma('busy_timeout = 10000');
      migrate(db, file);
      const store = new SqliteStore(db, file);
      if (!store.readOnly) store.backfillClaims();
      return store;
    } catch (error) {
      db?.close();
      if (error instanceof UnusableDatabaseError) throw error;
      if (error instanceof SqliteError && error.code === 'SQLITE_NOTADB') throw new UnusableDatabaseError(`${file} is not a SQLite database; pass a new file with --db`);
      const fault = asDatabaseFault(error, file);
      if (fault instanceof DatabaseFault && fault.code !== 'DATABASE_READ_ONLY') throw new UnusableDatabaseError(fault.message);
      throw new UnusableDatabaseError(`cannot open database ${file}: ${(error as Error).message}`);
    }
  }

  /**
   * Claims for the statements a database held before it had claims (migration 10 marks it):
   * documents in id order, as if ingested again. Once; another process may have done it.
   */
  private backfillClaims(): void {
    const pending = () => this.sql<{ n: number }>('SELECT count(*) AS n FROM claims_backfill').get()!.n > 0;
    if (!pending()) return;
    this.write(() => {
      if (!pending()) return;
      for (const { id } of this.sql<{ id: number }>('SELECT id FROM documents ORDER BY id').all()) {
        const document = toDocument(this.sql<DocumentRecord>('SELECT * FROM documents WHERE id = ?').get(id)!);
        const statements = this.sql<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE document_id = ? ORDER BY id`).all(id).map(toStatement);
        this.claims.added(statements, document.publishedAt, document.source);
      }
      this.sql('DELETE FROM claims_backfill').run();
    });
  }

  /** Prepared once per SQL text: the queries are few and repeated. */
  private sql<Row>(source: string): Statement<unknown[], Row> {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement as Statement<unknown[], Row>;
  }

  /** Every write: one IMMEDIATE transaction, whose rows are in the full-text indexes when it commits. */
  private write<T>(work: () => T): T {
    return this.db.transaction(() => {
      this.claims.begin();
      const result = work();
      for (const sql of FLUSH_SEARCH_QUEUE) this.sql(sql).run();
      return result;
    }).immediate();
  }

  async ingest(input: DocumentInput, facts: ExtractedDocument): Promise<IngestResult> {
    return this.write(() => this.ingestNow(input, facts));
  }

  async ingestMany(documents: ReadonlyArray<{ input: DocumentInput; facts: ExtractedDocument }>): Promise<IngestResult[]> {
    return this.write(() => documents.map(({ input, facts }) => this.ingestNow(input, facts)));
  }

  async deleteDocument(id: number): Promise<DeleteResult | null> {
    return this.write(() => {
      const record = this.sql<DocumentRecord>('SELECT * FROM documents WHERE id = ?').get(id);
      return record ? this.remove(toDocument(record)) : null;
    });
  }

  private ingestNow(input: DocumentInput, facts: ExtractedDocument): IngestResult {
    const hash = documentHash(input.text);
    const existing = this.sql<DocumentRecord>('SELECT * FROM documents WHERE hash = ?').get(hash);
    if (existing) return { document: toDocument(existing), created: false, added: ZERO_COUNTS, removed: ZERO_COUNTS, replacedDocumentId: null };
    const previous = input.path
      ? this.sql<DocumentRecord>('SELECT * FROM documents WHERE path = ?').get(input.path)
      : input.url ? this.sql<DocumentRecord>('SELECT * FROM documents WHERE url = ?').get(input.url) : undefined;

    const plan = resolveDocument(facts.entities, this.index);
    // New entities go in whole, but for relations to entities not created yet; `inserted`
    // keeps what each row holds, so writeEntity below updates only what is still missing.
    const inserted = new Map<number, EntityRow>();
    assignEntityIds(plan, (row) => {
      const first = { ...row, organizationIds: row.organizationIds.filter(isStoredId), countryId: row.countryId !== null && isStoredId(row.countryId) ? row.countryId : null };
      const { name, aliases, roles, organization_ids, country_id } = entityColumns(first);
      const id = Number(this.sql(`INSERT INTO entities (kind, code, name, aliases, roles, organization_ids, country_id, mention_count, statement_count)
        VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0)`).run(row.kind, row.code, name, aliases, roles, organization_ids, country_id).lastInsertRowid);
      inserted.set(id, { ...first, id });
      return id;
    });
    const { mentions, statements, relations } = documentFacts(input.text, facts, plan.ids);

    const fields = documentFields(input, facts, hash);
    const id = this.sql('INSERT INTO documents (hash, path, url, source, title, published_at, text) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(hash, fields.path, fields.url, fields.source, fields.title, fields.publishedAt, fields.text).lastInsertRowid;
    const document: DocumentRow = { id: Number(id), ...fields };

    for (const { row, stored } of plan.entities) this.writeEntity(row, stored ?? inserted.get(row.id)!, stored);
    plan.contributions.forEach(({ entityId, contribution }, position) => {
      this.sql('INSERT INTO contributions (entity_id, document_id, position, facts) VALUES (?, ?, ?, ?)').run(entityId, document.id, position, JSON.stringify(contribution));
    });
    for (const mention of mentions) {
      this.sql('INSERT INTO mentions (document_id, entity_id, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?)').run(document.id, mention.entityId, mention.text, mention.start, mention.end);
    }
    const statementRows: StatementRow[] = [];
    for (const statement of statements) {
      const statementId = this.sql(`INSERT INTO statements (document_id, kind, act, text, start_offset, end_offset, cue, speaker_id, speaker_mention, speaker_description, speaker_affiliation_id, date, sentence_text, sentence_start, sentence_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        document.id, statement.kind, statement.act, statement.text, statement.start, statement.end, statement.cue, statement.speakerId,
        statement.speakerMention && JSON.stringify(statement.speakerMention), statement.speakerDescription, statement.speakerAffiliationId, statement.date,
        statement.sentence.text, statement.sentence.start, statement.sentence.end,
      ).lastInsertRowid;
      statement.aboutIds.forEach((entityId, position) => this.sql('INSERT INTO statement_about (statement_id, position, entity_id) VALUES (?, ?, ?)').run(statementId, position, entityId));
      statementRows.push({ ...statement, id: Number(statementId), documentId: document.id });
    }
    this.claims.added(statementRows, document.publishedAt, document.source);
    for (const relation of relations) {
      this.sql('INSERT INTO relation_evidence (entity_id, document_id, relation, role, target_id, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(relation.entityId, document.id, relation.relation, relation.role, relation.targetId, relation.text, relation.start, relation.end);
    }
    this.adjustCounts(mentions, statements, +1);

    const added = { documents: 1, entities: plan.entities.filter((entity) => !entity.stored).length, mentions: mentions.length, statements: statements.length };
    const removed = previous ? this.remove(toDocument(previous)).removed : ZERO_COUNTS;
    return { document, created: true, added, removed, replacedDocumentId: previous?.id ?? null };
  }

  /** Deletes a document's facts, rebuilds the entities it touched from the other documents, drops those left with none. */
  private remove(document: DocumentRow): DeleteResult {
    const affected = this.sql<{ entity_id: number }>('SELECT DISTINCT entity_id FROM contributions WHERE document_id = ?').all(document.id).map((row) => row.entity_id);
    const [mentionRows, statementRows] = this.factsOfDocument(document.id);
    this.adjustCounts(mentionRows, statementRows, -1);
    const mentions = this.sql('DELETE FROM mentions WHERE document_id = ?').run(document.id).changes;
    this.claims.removing(document.id);
    this.sql('DELETE FROM statement_about WHERE statement_id IN (SELECT id FROM statements WHERE document_id = ?)').run(document.id);
    const statements = this.sql('DELETE FROM statements WHERE document_id = ?').run(document.id).changes;
    this.sql('DELETE FROM contributions WHERE document_id = ?').run(document.id);
    this.sql('DELETE FROM relation_evidence WHERE document_id = ?').run(document.id);
    this.sql('DELETE FROM documents WHERE id = ?').run(document.id);

    const orphans: number[] = [];
    for (const entityId of affected) {
      const remaining = this.sql<{ facts: string }>('SELECT facts FROM contributions WHERE entity_id = ? ORDER BY document_id, position').all(entityId);
      if (remaining.length === 0) {
        orphans.push(entityId);
        continue;
      }
      const stored = toEntity(this.sql<EntityRecord>('SELECT * FROM entities WHERE id = ?').get(entityId)!);
      const rebuilt = rebuildEntity(stored, remaining.map((row) => JSON.parse(row.facts) as EntityContribution));
      // A rebuilt entity can lose names, so its keys are written afresh.
      this.sql('DELETE FROM entity_keys WHERE entity_id = ?').run(entityId);
      this.writeEntity(rebuilt, stored, null);
    }
    // After the rebuilds, which drop every relation pointing at an orphan; orphans may still point at each other.
    for (const entityId of orphans) this.sql('UPDATE entities SET country_id = NULL WHERE id = ?').run(entityId);
    for (const entityId of orphans) {
      this.sql('DELETE FROM entity_keys WHERE entity_id = ?').run(entityId);
      this.sql('DELETE FROM entities WHERE id = ?').run(entityId);
    }
    return { document, removed: { documents: 1, entities: orphans.length, mentions, statements } };
  }

  /**
   * Stores an entity's state and the keys it is found by, writing only the columns that
   * differ from `before` and the keys `keysBefore` lacks: most documents change nothing, and
   * an unchanged name spares the full-text index (its trigger fires on the columns set).
   */
  private writeEntity(row: EntityRow, before: EntityRow, keysBefore: EntityRow | null): void {
    const columns = entityColumns(row);
    const previous = entityColumns(before);
    const changed = (Object.keys(columns) as Array<keyof EntityColumns>).filter((column) => columns[column] !== previous[column]);
    if (changed.length > 0) {
      this.sql(`UPDATE entities SET ${changed.map((column) => `${column} = ?`).join(', ')} WHERE id = ?`).run(...changed.map((column) => columns[column]), row.id);
    }
    const known = new Set(keysBefore ? lookupKeys(keysBefore) : []);
    for (const key of lookupKeys(row)) if (!known.has(key)) this.sql('INSERT OR IGNORE INTO entity_keys (key, entity_id) VALUES (?, ?)').run(key, row.id);
  }

  /** Adds (+1) or takes away (-1) facts from their entities' mention and statement counts. */
  private adjustCounts(mentions: ReadonlyArray<{ entityId: number }>, statements: ReadonlyArray<{ speakerId: number | null }>, sign: 1 | -1): void {
    const counts = new Map<number, { mentions: number; statements: number }>();
    const of = (id: number) => counts.get(id) ?? counts.set(id, { mentions: 0, statements: 0 }).get(id)!;
    for (const { entityId } of mentions) of(entityId).mentions += sign;
    for (const { speakerId } of statements) if (speakerId !== null) of(speakerId).statements += sign;
    for (const [id, count] of counts) {
      this.sql('UPDATE entities SET mention_count = mention_count + ?, statement_count = statement_count + ? WHERE id = ?').run(count.mentions, count.statements, id);
    }
  }

  private factsOfDocument(documentId: number): [Array<{ entityId: number }>, Array<{ speakerId: number | null }>] {
    return [
      this.sql<{ entityId: number }>('SELECT entity_id AS entityId FROM mentions WHERE document_id = ?').all(documentId),
      this.sql<{ speakerId: number | null }>('SELECT speaker_id AS speakerId FROM statements WHERE document_id = ?').all(documentId),
    ];
  }

  async documentsByIds(ids: readonly number[]) {
    return byKey(ids, this.sql<DocumentRecord>('SELECT * FROM documents WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)).map(toDocument), (row) => row.id);
  }

  async documentsByHashes(hashes: readonly string[]) {
    return byKey(hashes, this.sql<DocumentRecord>('SELECT * FROM documents WHERE hash IN (SELECT value FROM json_each(?))').all(JSON.stringify(hashes)).map(toDocument), (row) => row.hash);
  }

  async entitiesByIds(ids: readonly number[]) {
    return byKey(ids, this.sql<EntityRecord>('SELECT * FROM entities WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)).map(toEntity), (row) => row.id);
  }

  async relationEvidenceOf(entityIds: readonly number[], limit?: number): Promise<RelationEvidenceRow[][]> {
    if (limit !== undefined) {
      const first = this.sql<RelationRecord>('SELECT * FROM relation_evidence WHERE entity_id = ? ORDER BY document_id, start_offset, rowid LIMIT ?');
      return entityIds.map((id) => first.all(id, limit).map(toRelationEvidence));
    }
    const rows = this.sql<RelationRecord>('SELECT * FROM relation_evidence WHERE entity_id IN (SELECT value FROM json_each(?)) ORDER BY document_id, start_offset, rowid')
      .all(JSON.stringify(entityIds));
    return entityIds.map((id) => rows.filter((row) => row.entity_id === id).map(toRelationEvidence));
  }

  async statementsByIds(ids: readonly number[]) {
    return byKey(ids, this.sql<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)).map(toStatement), (row) => row.id);
  }

  async findEntities(name: string, kind?: EntityKind) {
    const rows = this.sql<EntityRecord>('SELECT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = @key AND (@kind IS NULL OR e.kind = @kind) ORDER BY e.id')
      .all({ key: nameKey(name), kind: kind ?? null }).map(toEntity);
    return rankByName(rows, name);
  }

  async listEntities(kind: EntityKind, page: PageArgs, query: EntityQuery = {}, sort: Sort<EntitySortField> = { field: 'ID', direction: 'ASC' }) {
    // SQLite reads a table through one index. A narrow filter (names, countries, organizations)
    // should lead, else the index of the sort order, so the page is read in order and stops
    // after `first` rows; a unary + keeps a term off the index. At 10k documents: people by
    // statements 14 → 0.03 ms, the people of an organization 5.5 → 0.02 ms.
    const narrow = query.nameWords !== undefined || query.countryIds !== undefined || query.organizationIds !== undefined;
    const where = new Where(narrow ? '+s.kind = ? AND +s.mention_count > 0' : 's.kind = ? AND +s.mention_count > 0', kind);
    // Unfiltered, the count reads the (kind, mention_count) index alone.
    const count = narrow ? undefined : { sql: 'SELECT count(*) AS n FROM entities s WHERE s.kind = ? AND s.mention_count > 0', parameters: [kind] };
    if (query.nameWords) where.add(query.nameWords.length ? 's.id IN (SELECT rowid FROM entities_fts WHERE entities_fts MATCH ?)' : '0', ...(query.nameWords.length ? [`{names} : (${toPrefixExpression(query.nameWords)})`] : []));
    if (query.countryIds) where.add('s.country_id IN (SELECT value FROM json_each(?))', JSON.stringify(query.countryIds));
    if (query.organizationIds) where.add('s.id IN (SELECT entity_id FROM entity_organizations WHERE organization_id IN (SELECT value FROM json_each(?)))', JSON.stringify(query.organizationIds));
    const key = { ID: 's.id', MENTIONS: 's.mention_count', STATEMENTS: 's.statement_count', NAME: 'lower(s.name)' }[sort.field];
    return this.page<EntityRecord, EntityRow>('s.*', 'entities s', where, page, toEntity, { key, direction: sort.direction }, count);
  }

  async listDocuments(page: PageArgs, query: DocumentQuery = {}, sort: Sort<DocumentSortField> = { field: 'ID', direction: 'ASC' }) {
    const where = new Where('1');
    if (query.from !== undefined) where.add(`coalesce(s.published_at, '') >= ?`, query.from);
    if (query.to !== undefined) where.add(`s.published_at IS NOT NULL AND s.published_at <= ?`, dateUpperBound(query.to));
    if (query.entityIds) where.add('s.id IN (SELECT document_id FROM mentions WHERE entity_id IN (SELECT value FROM json_each(?)))', JSON.stringify(query.entityIds));
    if (query.text !== undefined) {
      const match = toMatchExpression(query.text);
      where.add(match ? 's.id IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH ?)' : '0', ...(match ? [match] : []));
    }
    const key = sort.field === 'PUBLISHED' ? `coalesce(s.published_at, '')` : 's.id';
    return this.page<DocumentRecord, DocumentRow>('s.*', 'documents s', where, page, toDocument, { key, direction: sort.direction });
  }

  async listStatements(query: StatementQuery, page: PageArgs, sort: Sort<StatementSortField> = { field: 'ID', direction: 'ASC' }) {
    const { where, from, date } = this.statementFilter(query, sort.field === 'DATE');
    // "What was said about X" is the common question: count it on the about index alone, not
    // by visiting every matching statement row (9 ms → 1 ms at 10k documents).
    const onlyAbout = query.aboutIds && !query.speakerIds && !query.kind && !query.acts && !query.documentIds && query.text === undefined && query.from === undefined && query.to === undefined;
    const count = onlyAbout
      ? { sql: 'SELECT count(DISTINCT statement_id) AS n FROM statement_about WHERE entity_id IN (SELECT value FROM json_each(?))', parameters: [JSON.stringify(query.aboutIds)] }
      : undefined;
    return this.page<StatementRecord, StatementRow>(STATEMENT_COLUMNS, from, where, page, toStatement, { key: sort.field === 'DATE' ? date : 's.id', direction: sort.direction }, count);
  }

  /** Who spoke about whom and when, latest first, without the texts: what a network needs (Store.statementLinks). */
  async statementLinks(query: StatementQuery, limit: number) {
    const { where, date } = this.statementFilter(query);
    // Topics are gathered for the rows kept only, after the sort and the limit.
    const rows = this.sql<{ id: number; speaker_id: number | null; day: string; about_ids: string }>(
      `WITH picked AS (SELECT s.id, s.speaker_id, ${date} AS day FROM statements s JOIN documents d ON d.id = s.document_id WHERE ${where.sql} ORDER BY day DESC, s.id DESC LIMIT ?)
       SELECT p.*, (SELECT json_group_array(entity_id) FROM (SELECT entity_id FROM statement_about a WHERE a.statement_id = p.id ORDER BY position)) AS about_ids
       FROM picked p ORDER BY p.day DESC, p.id DESC`,
    ).all(...where.parameters, Number.isFinite(limit) ? limit : -1);
    return rows.map((row) => ({ id: row.id, speakerId: row.speaker_id, aboutIds: JSON.parse(row.about_ids) as number[], date: row.day }));
  }

  /** The statements (aliased s, their documents d when dates are read) a query selects, and the statementDate() expression. */
  private statementFilter(query: StatementQuery, byDate = false): { where: Where; from: string; date: string } {
    const where = new Where('1');
    if (query.speakerIds) where.add('s.speaker_id IN (SELECT value FROM json_each(?))', JSON.stringify(query.speakerIds));
    if (query.aboutIds) where.add('s.id IN (SELECT statement_id FROM statement_about WHERE entity_id IN (SELECT value FROM json_each(?)))', JSON.stringify(query.aboutIds));
    if (query.kind) where.add('s.kind = ?', query.kind);
    if (query.acts) where.add('s.act IN (SELECT value FROM json_each(?))', JSON.stringify(query.acts));
    if (query.documentIds) where.add('s.document_id IN (SELECT value FROM json_each(?))', JSON.stringify(query.documentIds));
    if (query.text !== undefined) {
      const match = toMatchExpression(query.text);
      where.add(match ? 's.id IN (SELECT rowid FROM statements_fts WHERE statements_fts MATCH ?)' : '0', ...(match ? [match] : []));
    }
    // statementDate(): when it was said, else the document's publication day.
    const date = `coalesce(s.date, substr(d.published_at, 1, 10), '')`;
    const dated = query.from !== undefined || query.to !== undefined || byDate;
    if (query.from !== undefined) where.add(`${date} != '' AND ${date} >= ?`, query.from);
    if (query.to !== undefined) where.add(`${date} != '' AND ${date} <= ?`, dateUpperBound(query.to));
    const from = dated ? 'statements s JOIN documents d ON d.id = s.document_id' : 'statements s';
    return { where, from, date };
  }

  async claimsByIds(ids: readonly number[]) {
    return byKey(ids, this.sql<ClaimRecord>('SELECT * FROM claims WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)).map(toClaim), (row) => row.id);
  }

  async claimsOfStatements(statementIds: readonly number[]) {
    const records = this.sql<ClaimRecord & { statement_id: number }>(`SELECT m.statement_id, c.* FROM claim_members m JOIN claims c ON c.id = m.claim_id
      WHERE m.statement_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(statementIds));
    const byStatement = new Map(records.map((record) => [record.statement_id, toClaim(record)]));
    return statementIds.map((id) => byStatement.get(id) ?? null);
  }

  async listClaims(query: ClaimQuery, page: PageArgs, sort: Sort<ClaimSortField> = { field: 'ID', direction: 'ASC' }) {
    const where = new Where('1');
    let from = 'claims s';
    const statements = query.statements;
    if (statements) {
      const onlySpeaker = Object.entries(statements).every(([field, value]) => field === 'speakerIds' || value === undefined);
      if (onlySpeaker && statements.speakerIds) {
        // Every report of a claim has its speaker: the claims' own index answers.
        where.add('s.speaker_id IN (SELECT value FROM json_each(?))', JSON.stringify(statements.speakerIds));
      } else {
        // From the matching statements to their claims, then each claim by id: testing every
        // claim against the statements took 50 ms for a country's claims at 10k documents.
        const filter = this.statementFilter(statements);
        from = `(SELECT DISTINCT cm.claim_id AS id FROM ${filter.from} JOIN claim_members cm ON cm.statement_id = s.id WHERE ${filter.where.sql}) w CROSS JOIN claims s ON s.id = w.id`;
        // The subquery comes first in the SQL text, so its parameters lead.
        where.parameters.push(...filter.where.parameters);
      }
    }
    if (query.reportedBy !== undefined) where.add('EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE value = ?)', query.reportedBy);
    if (query.notReportedBy !== undefined) where.add('NOT EXISTS (SELECT 1 FROM json_each(s.outlets) WHERE value = ?)', query.notReportedBy);
    const key = { ID: 's.id', REPORTS: 's.report_count', FIRST_REPORTED: 's.first_reported', LAST_REPORTED: 's.last_reported' }[sort.field];
    return this.page<ClaimRecord, ClaimRow>('s.*', from, where, page, toClaim, { key, direction: sort.direction });
  }

  async listClaimStatements(claimId: number, page: PageArgs) {
    return this.page<StatementRecord, StatementRow>(STATEMENT_COLUMNS, 'claim_members m JOIN statements s ON s.id = m.statement_id', new Where('m.claim_id = ?', claimId), page, toStatement,
      { key: 'm.reported', direction: 'ASC' });
  }

  async listMentions(entityIds: readonly number[], page: PageArgs) {
    return this.page<MentionRecord, MentionRow>('s.*', 'mentions s', new Where('s.entity_id IN (SELECT value FROM json_each(?))', JSON.stringify(entityIds)), page, toMention);
  }

  /**
   * A keyset page of the rows of `from` (tables, the listed one aliased `s`) that pass `where`,
   * in (key, id) order, and their total count.
   */
  private page<Record, Row>(columns: string, from: string, where: Where, page: PageArgs, convert: (record: Record) => Row,
    order: { key: string; direction: SortDirection } = { key: 's.id', direction: 'ASC' }, count?: { sql: string; parameters: unknown[] }): Page<Row> {
    const totalCount = count
      ? this.sql<{ n: number }>(count.sql).get(...count.parameters)!.n
      : this.sql<{ n: number }>(`SELECT count(*) AS n FROM ${from} WHERE ${where.sql}`).get(...where.parameters)!.n;
    const direction = order.direction === 'DESC' ? 'DESC' : 'ASC';
    const comparison = direction === 'DESC' ? '<' : '>';
    const keyset = page.after === null ? null : order.key === 's.id' ? { sql: `s.id ${comparison} ?`, parameters: [page.after] }
      : { sql: `(${order.key}, s.id) ${comparison} (?, ?)`, parameters: [page.afterKey ?? page.after, page.after] };
    const orderBy = order.key === 's.id' ? `s.id ${direction}` : `${order.key} ${direction}, s.id ${direction}`;
    const records = this.sql<Record>(`SELECT ${columns} FROM ${from} WHERE ${where.sql}${keyset ? ` AND ${keyset.sql}` : ''} ORDER BY ${orderBy} LIMIT ?`)
      .all(...where.parameters, ...(keyset?.parameters ?? []), page.first + 1);
    return { items: records.slice(0, page.first).map(convert), totalCount, hasNextPage: records.length > page.first };
  }

  async searchEntities(query: string, kinds: readonly EntityKind[], limit: number): Promise<Array<SearchHit<EntityRow>>> {
    const prefixes = searchWords(query);
    if (prefixes.length === 0 || kinds.length === 0) return [];
    // Candidates: the most mentioned entities whose names or roles have words with these beginnings,
    // and those the exact name finds. Scored on their names and roles alone; only the best are read whole.
    type Candidate = { id: number; name: string; aliases: string[]; roles: string[]; mentionCount: number };
    const candidates: Candidate[] = this.sql<{ id: number; name: string; aliases: string; roles: string; mention_count: number }>(`SELECT e.id, e.name, e.aliases, e.roles, e.mention_count
      FROM entities_fts f JOIN entities e ON e.id = f.rowid
      WHERE entities_fts MATCH ? AND e.mention_count > 0 AND e.kind IN (SELECT value FROM json_each(?)) ORDER BY e.mention_count DESC, e.id LIMIT ?`)
      .all(toPrefixExpression(prefixes), JSON.stringify(kinds), Math.max(limit, SEARCH_CANDIDATES))
      .map((record) => ({ id: record.id, name: record.name, aliases: JSON.parse(record.aliases) as string[], roles: JSON.parse(record.roles) as string[], mentionCount: record.mention_count }));
    const exact = (await this.findEntities(query)).filter((row) => kinds.includes(row.kind) && row.mentionCount > 0);
    const best = bestNameCandidates(candidates, exact, prefixes, limit);
    const rows = await this.entitiesByIds(best.map((hit) => hit.id));
    return best.map((hit, index) => ({ item: rows[index]!, score: hit.score }));
  }

  async relatedEntities(entityId: number, kinds: readonly EntityKind[], limit: number): Promise<RelatedRow[]> {
    const parameters = { x: entityId, kinds: JSON.stringify(kinds) };
    // The unary + keeps SQLite from reading entities through a kind index: the links of the
    // entity lead, then each linked entity is read by id (7.6 → 0.3 ms at 10k documents).
    const wanted = `e.id != @x AND +e.mention_count > 0 AND +e.kind IN (SELECT value FROM json_each(@kinds))`;
    // CROSS JOIN fixes the join order: from this entity's statements outwards (left to itself,
    // SQLite scanned every row of statement_about).
    const statementLinks = this.sql<{ entityId: number; statementId: number }>(`
      WITH mine (id) AS MATERIALIZED (SELECT id FROM statements WHERE speaker_id = @x UNION SELECT statement_id FROM statement_about WHERE entity_id = @x)
      SELECT s.speaker_id AS entityId, s.id AS statementId FROM mine CROSS JOIN statements s ON s.id = mine.id CROSS JOIN entities e ON e.id = s.speaker_id WHERE ${wanted}
      UNION SELECT a.entity_id, a.statement_id FROM mine CROSS JOIN statement_about a ON a.statement_id = mine.id CROSS JOIN entities e ON e.id = a.entity_id WHERE ${wanted}`).all(parameters);
    const documentLinks = this.sql<{ entityId: number; documentId: number }>(`
      SELECT DISTINCT m.entity_id AS entityId, m.document_id AS documentId FROM mentions m JOIN entities e ON e.id = m.entity_id
      WHERE m.document_id IN (SELECT document_id FROM mentions WHERE entity_id = @x) AND ${wanted}`).all(parameters);
    return rankRelated(statementLinks, documentLinks, limit);
  }

  async stats(): Promise<GraphStats> {
    return this.sql<GraphStats>(`SELECT (SELECT count(*) FROM documents) AS documents,
      (SELECT count(*) FROM entities WHERE kind = 'PERSON' AND mention_count > 0) AS people,
      (SELECT count(*) FROM entities WHERE kind = 'ORGANIZATION' AND mention_count > 0) AS organizations,
      (SELECT count(*) FROM entities WHERE kind = 'COUNTRY' AND mention_count > 0) AS countries,
      (SELECT count(*) FROM statements) AS statements, (SELECT count(*) FROM mentions) AS mentions`).get()!;
  }

  async mentionsOfDocuments(documentIds: readonly number[], limit?: number) {
    if (limit !== undefined) {
      const first = this.sql<MentionRecord>('SELECT * FROM mentions WHERE document_id = ? ORDER BY id LIMIT ?');
      return documentIds.map((id) => first.all(id, limit).map(toMention));
    }
    const records = this.sql<MentionRecord>('SELECT * FROM mentions WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY id').all(JSON.stringify(documentIds));
    return groupBy(documentIds, records.map(toMention), (row) => row.documentId);
  }

  async statementsOfDocuments(documentIds: readonly number[], limit?: number) {
    if (limit !== undefined) {
      const first = this.sql<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE document_id = ? ORDER BY id LIMIT ?`);
      return documentIds.map((id) => first.all(id, limit).map(toStatement));
    }
    const records = this.sql<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE document_id IN (SELECT value FROM json_each(?)) ORDER BY id`).all(JSON.stringify(documentIds));
    return groupBy(documentIds, records.map(toStatement), (row) => row.documentId);
  }

  async searchDocuments(query: string, limit: number): Promise<Array<SearchHit<DocumentRow>>> {
    const match = toMatchExpression(query);
    if (!match) return [];
    // Ranked in the index alone, then joined: the rows of the few best only are read (not of every match).
    return this.sql<DocumentRecord & { rank: number }>(`SELECT d.*, f.rank FROM (SELECT rowid, ${DOCUMENT_RANK} AS rank FROM documents_fts
      WHERE documents_fts MATCH ? ORDER BY rank LIMIT ?) f JOIN documents d ON d.id = f.rowid ORDER BY f.rank`).all(match, limit).map((record) => ({ item: toDocument(record), score: -record.rank }));
  }

  async searchStatements(query: string, limit: number): Promise<Array<SearchHit<StatementRow>>> {
    const match = toMatchExpression(query);
    if (!match) return [];
    return this.sql<StatementRecord & { rank: number }>(`SELECT ${STATEMENT_COLUMNS}, f.rank FROM (SELECT rowid, ${STATEMENT_RANK} AS rank FROM statements_fts
      WHERE statements_fts MATCH ? ORDER BY rank LIMIT ?) f JOIN statements s ON s.id = f.rowid ORDER BY f.rank`).all(match, limit).map((record) => ({ item: toStatement(record), score: -record.rank }));
  }

  async statementsAfter(afterId: number, limit: number) {
    return this.sql<StatementRecord>(`SELECT ${STATEMENT_COLUMNS} FROM statements s WHERE s.id > ? ORDER BY s.id LIMIT ?`).all(afterId, limit).map(toStatement);
  }

  async latestStatementId() {
    return this.sql<{ id: number }>('SELECT coalesce(max(id), 0) AS id FROM statements').get()!.id;
  }

  async counts(): Promise<GraphCounts> {
    return this.sql<GraphCounts>(`SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM entities) AS entities,
      (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM statements) AS statements`).get()!;
  }

  async close() {
    if (this.db.open) this.db.close();
  }
}

// Every method of the Store a client reaches: SQLite's faults of the file (damaged, read-only,
// full) become DatabaseFaults naming it, whichever method met them.
for (const name of Object.getOwnPropertyNames(SqliteStore.prototype) as Array<keyof SqliteStore>) {
  const method = SqliteStore.prototype[name];
  if (typeof method !== 'function' || method.constructor.name !== 'AsyncFunction') continue;
  Object.defineProperty(SqliteStore.prototype, name, {
    value: async function (this: SqliteStore, ...args: unknown[]) {
      try {
        return await (method as (...args: unknown[]) => Promise<unknown>).apply(this, args);
      } catch (error) {
        throw asDatabaseFault(error, this.file);
      }
    },
  });
}

/** Whether the database takes writes: a write rolled back at once, to learn it at start rather than on the first mutation. */
function canWrite(db: Connection): boolean {
  if (db.memory) return true;
  try {
    const version = db.pragma('user_version', { simple: true }) as number;
    db.exec(`BEGIN IMMEDIATE; PRAGMA user_version = ${version}; ROLLBACK`);
    return true;
  } catch {
    if (db.inTransaction) db.exec('ROLLBACK');
    return false;
  }
}

/** How many entities name search ranks at most (the most mentioned of those matching, plus exact names). */
const SEARCH_CANDIDATES = 500;

/** A WHERE clause built from conditions, with their parameters in order. */
class Where {
  readonly parameters: unknown[];
  constructor(public sql: string, ...parameters: unknown[]) {
    this.parameters = parameters;
  }

  add(condition: string, ...parameters: unknown[]): void {
    this.sql += ` AND (${condition})`;
    this.parameters.push(...parameters);
  }
}

/** Every word a quoted FTS5 prefix query (words are letters and digits only: searchWords). */
const toPrefixExpression = (words: readonly string[]): string => words.map((word) => `"${word}"*`).join(' AND ');

/** Every term a quoted FTS5 phrase: user text never reaches the MATCH syntax. */
function toMatchExpression(query: string): string | null {
  const terms = parseSearchTerms(query);
  return terms.length ? terms.map((words) => `"${words.join(' ')}"`).join(' AND ') : null;
}

/** An entity's columns as stored; the relation lists are JSON. */
type EntityColumns = ReturnType<typeof entityColumns>;

function entityColumns(row: EntityRow) {
  return {
    name: row.name,
    aliases: JSON.stringify(row.aliases),
    roles: JSON.stringify(row.roles),
    organization_ids: JSON.stringify(row.organizationIds),
    country_id: row.countryId,
  };
}

/** Ids the store gave; a plan's entities not created yet have negative ones. */
const isStoredId = (id: number) => id > 0;
