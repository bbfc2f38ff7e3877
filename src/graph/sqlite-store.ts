import Database, { SqliteError, type Database as Connection, type Statement } from 'better-sqlite3';
import type { ExtractedDocument } from '../graph/facts.js';
import { SqliteClaims } from './sqlite-claims.js';
import { STATEMENT_COLUMNS, toDocument, toStatement, type DocumentRecord, type StatementRecord } from './sqlite-rows.js';
import { FLUSH_SEARCH_QUEUE } from './sqlite-search-queue.js';
import { asDatabaseFault, createFolderOf, DatabaseFault } from './sqlite-faults.js';
import { SqliteClaimReads } from './sqlite-claim-lists.js';
import { SqliteLists } from './sqlite-lists.js';
import { migrate, UnusableDatabaseError } from './sqlite-migrations.js';
import { SqliteReads } from './sqlite-reads.js';
import { SqliteSearch } from './sqlite-search.js';
import type { PreparedSql } from './sqlite-sql.js';
import { SqliteWrites } from './sqlite-writes.js';
import type { Store } from './store.js';
import type {
  ClaimQuery, ClaimSortField, DeleteResult, DocumentInput, DocumentQuery, DocumentSortField, EntityKind, EntityQuery, EntitySortField, IngestResult, PageArgs, Sort,
  StatementQuery, StatementSortField,
} from './types.js';

/**
 * The graph in an embedded SQLite file (better-sqlite3): the default store. Every write
 * runs in one IMMEDIATE transaction (document, entity resolution, mentions, statements,
 * full-text index), so a crash or a kill leaves the previous state or the new one, never a
 * part of a document. WAL mode lets a server read while an ingest process writes. Its queries
 * live beside it: sqlite-writes.ts, sqlite-reads.ts, sqlite-lists.ts, sqlite-search.ts.
 */
export class SqliteStore implements Store {
  private readonly statements = new Map<string, Statement>();
  /** this.sql as the query modules below take it: they share its prepared statements. */
  private readonly prepared: PreparedSql = <Row>(source: string) => this.sql<Row>(source);

  /**
   * Whether writes fail here (a read-only file or folder): a server started with --token says
   * so at start, and each write fails with DATABASE_READ_ONLY rather than a bare error.
   */
  readonly readOnly: boolean;
  private readonly claims = new SqliteClaims(this.prepared);
  private readonly writes = new SqliteWrites(this.prepared, this.claims);
  private readonly reads = new SqliteReads(this.prepared);
  private readonly claimReads = new SqliteClaimReads(this.prepared);
  private readonly lists = new SqliteLists(this.prepared, this.claimReads);
  private readonly search = new SqliteSearch(this.prepared, this.reads);

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
    // Whether it commits or not, what the claim reads keep of the claims is read again.
    this.claimReads.written();
    return this.db.transaction(() => {
      this.claims.begin();
      const result = work();
      this.claims.end();
      for (const sql of FLUSH_SEARCH_QUEUE) this.sql(sql).run();
      return result;
    }).immediate();
  }

  async ingest(input: DocumentInput, facts: ExtractedDocument): Promise<IngestResult> {
    return this.write(() => this.writes.ingest(input, facts));
  }

  async ingestMany(documents: ReadonlyArray<{ input: DocumentInput; facts: ExtractedDocument }>): Promise<IngestResult[]> {
    return this.write(() => documents.map(({ input, facts }) => this.writes.ingest(input, facts)));
  }

  async deleteDocument(id: number): Promise<DeleteResult | null> {
    return this.write(() => this.writes.deleteDocument(id));
  }

  async documentsByIds(ids: readonly number[]) { return this.reads.documentsByIds(ids); }
  async documentsByHashes(hashes: readonly string[]) { return this.reads.documentsByHashes(hashes); }
  async entitiesByIds(ids: readonly number[]) { return this.reads.entitiesByIds(ids); }
  async relationEvidenceOf(entityIds: readonly number[], limit?: number) { return this.reads.relationEvidenceOf(entityIds, limit); }
  async statementsByIds(ids: readonly number[]) { return this.reads.statementsByIds(ids); }
  async findEntities(name: string, kind?: EntityKind) { return this.reads.findEntities(name, kind); }
  async claimsByIds(ids: readonly number[]) { return this.claimReads.claimsByIds(ids); }
  async claimsOfStatements(statementIds: readonly number[]) { return this.claimReads.claimsOfStatements(statementIds); }
  async relatedEntities(entityId: number, kinds: readonly EntityKind[], limit: number) { return this.reads.relatedEntities(entityId, kinds, limit); }
  async mentionsOfDocuments(documentIds: readonly number[], limit?: number) { return this.reads.mentionsOfDocuments(documentIds, limit); }
  async statementsOfDocuments(documentIds: readonly number[], limit?: number) { return this.reads.statementsOfDocuments(documentIds, limit); }
  async statementsAfter(afterId: number, limit: number) { return this.reads.statementsAfter(afterId, limit); }
  async latestStatementId() { return this.reads.latestStatementId(); }
  async stats() { return this.reads.stats(); }
  async counts() { return this.reads.counts(); }

  async listEntities(kind: EntityKind, page: PageArgs, query?: EntityQuery, sort?: Sort<EntitySortField>) { return this.lists.listEntities(kind, page, query, sort); }
  async listDocuments(page: PageArgs, query?: DocumentQuery, sort?: Sort<DocumentSortField>) { return this.lists.listDocuments(page, query, sort); }
  async listStatements(query: StatementQuery, page: PageArgs, sort?: Sort<StatementSortField>) { return this.lists.listStatements(query, page, sort); }
  async statementLinks(query: StatementQuery, limit: number) { return this.lists.statementLinks(query, limit); }
  async listClaims(query: ClaimQuery, page: PageArgs, sort?: Sort<ClaimSortField>) { return this.lists.listClaims(query, page, sort); }
  async listClaimStatements(claimId: number, page: PageArgs) { return this.lists.listClaimStatements(claimId, page); }
  async listMentions(entityIds: readonly number[], page: PageArgs) { return this.lists.listMentions(entityIds, page); }

  async searchEntities(query: string, kinds: readonly EntityKind[], limit: number) { return this.search.searchEntities(query, kinds, limit); }
  async searchDocuments(query: string, limit: number) { return this.search.searchDocuments(query, limit); }
  async searchStatements(query: string, limit: number) { return this.search.searchStatements(query, limit); }

  /** Nothing: the queries are written for the indexes SQLite is given, not for statistics (an ANALYZE could move those plans). */
  async refreshStatistics() {}

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
