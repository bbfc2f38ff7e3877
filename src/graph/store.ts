import type { ExtractedDocument } from '../extract/types.js';
import type {
  DeleteResult, DocumentInput, DocumentRow, EntityKind, EntityRow, GraphCounts, IngestResult, MentionRow, Page, PageArgs, SearchHit,
  StatementQuery, StatementRow,
} from './types.js';

/**
 * What the schema and the ingest pipeline need from the graph. Every method is async and
 * batched by ids or paged, so one GraphQL request costs a bounded number of calls whatever
 * the store (memory, SQLite, a server database) does underneath. Nothing here names a
 * storage technology: a PostgreSQL store implements the same methods.
 */
export interface Store {
  /**
   * Adds a document and its facts atomically, resolving entities against the whole corpus
   * (src/graph/resolve.ts). The same text again writes nothing (`created: false`); a
   * different text with the same `path` (or, for API documents, the same `url`) replaces the
   * stored version in the same step, so readers see the old version or the new, never both
   * or neither.
   */
  ingest(input: DocumentInput, facts: ExtractedDocument): Promise<IngestResult>;

  /**
   * Removes a document with its mentions and statements, atomically. Entities it was the
   * last evidence for disappear; the others are rebuilt from the documents that remain.
   * Null when there is no such document.
   */
  deleteDocument(id: number): Promise<DeleteResult | null>;

  documentsByIds(ids: readonly number[]): Promise<Array<DocumentRow | null>>;
  /** Per sha256 of a text (see documentHash): lets an ingest skip extraction of what is already stored. */
  documentsByHashes(hashes: readonly string[]): Promise<Array<DocumentRow | null>>;
  entitiesByIds(ids: readonly number[]): Promise<Array<EntityRow | null>>;
  statementsByIds(ids: readonly number[]): Promise<Array<StatementRow | null>>;

  /** Entities whose name or any alias equals `name` (case-, accent- and period-insensitive), best first. */
  findEntities(name: string, kind?: EntityKind): Promise<EntityRow[]>;

  listEntities(kind: EntityKind, page: PageArgs): Promise<Page<EntityRow>>;
  listDocuments(page: PageArgs): Promise<Page<DocumentRow>>;
  listStatements(query: StatementQuery, page: PageArgs): Promise<Page<StatementRow>>;

  /** Per document id, in the same order. */
  mentionsOfDocuments(documentIds: readonly number[]): Promise<MentionRow[][]>;
  statementsOfDocuments(documentIds: readonly number[]): Promise<StatementRow[][]>;

  /** Full-text search over titles and texts (words and "quoted phrases", all required), best first. */
  searchDocuments(query: string, limit: number): Promise<Array<SearchHit<DocumentRow>>>;
  /** Full-text search over statement contents and their sentences, best first. */
  searchStatements(query: string, limit: number): Promise<Array<SearchHit<StatementRow>>>;

  /** Size of the whole graph. */
  counts(): Promise<GraphCounts>;

  close(): Promise<void>;
}
