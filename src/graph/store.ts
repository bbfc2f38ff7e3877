import type { ExtractedDocument } from '../extract/types.js';
import type {
  DocumentInput, DocumentRow, EntityKind, EntityRow, IngestResult, MentionRow, Page, PageArgs, StatementQuery, StatementRow,
} from './types.js';

/**
 * What the schema needs from the graph. Every method is batched by ids or paged, so one
 * GraphQL request costs a bounded number of calls whatever the store (memory, SQLite, a
 * server database) does underneath.
 */
export interface Store {
  /** Adds a document and its facts in one step, resolving entities against the whole corpus. */
  ingest(input: DocumentInput, facts: ExtractedDocument): Promise<IngestResult>;

  documentsByIds(ids: readonly number[]): Promise<Array<DocumentRow | null>>;
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

  close(): Promise<void>;
}
