import type { ExtractedDocument } from '../graph/facts.js';
import type {
  ClaimQuery, ClaimRow, ClaimSortField, DeleteResult, DocumentInput, DocumentQuery, DocumentRow, DocumentSortField, EntityKind, EntityQuery, EntityRow, EntitySortField, GraphCounts,
  GraphStats, IngestResult, StatementLink, MentionRow, Page, PageArgs, RelatedRow, RelationEvidenceRow, SearchHit, Sort, StatementQuery, StatementRow, StatementSortField,
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
   * Adds several documents in order, as `ingest` would one after the other. A store with
   * transactions writes them in one (whole documents only; that is what makes bulk ingest
   * fast) and, if one fails, stores none; callers then retry one at a time, and documents
   * already stored come back as `created: false`.
   */
  ingestMany(documents: ReadonlyArray<{ input: DocumentInput; facts: ExtractedDocument }>): Promise<IngestResult[]>;

  /**
   * Removes a document with its mentions and statements, atomically. Entities it was the
   * last evidence for disappear; the others are rebuilt from the documents that remain.
   * Null when there is no such document.
   */
  deleteDocument(id: number): Promise<DeleteResult | null>;

  documentsByIds(ids: readonly number[]): Promise<Array<DocumentRow | null>>;

  /**
   * Per entity id, in the same order: where the documents state its roles, organizations and
   * country; at most `limit` of each (the first, in document order) when given.
   */
  relationEvidenceOf(entityIds: readonly number[], limit?: number): Promise<RelationEvidenceRow[][]>;
  /** Per sha256 of a text (see documentHash): lets an ingest skip extraction of what is already stored. */
  documentsByHashes(hashes: readonly string[]): Promise<Array<DocumentRow | null>>;
  entitiesByIds(ids: readonly number[]): Promise<Array<EntityRow | null>>;
  statementsByIds(ids: readonly number[]): Promise<Array<StatementRow | null>>;

  /** Entities whose name or any alias equals `name` (case-, accent- and period-insensitive), best first. */
  findEntities(name: string, kind?: EntityKind): Promise<EntityRow[]>;

  /**
   * Lists are keyset-paged in `sort` order (default: id ascending), ties broken by id in the
   * same direction; `page.afterKey` is the sort key of the row `page.after` names (see sortKey
   * helpers in list-order.ts). Entities are listed while a document mentions them.
   */
  listEntities(kind: EntityKind, page: PageArgs, query?: EntityQuery, sort?: Sort<EntitySortField>): Promise<Page<EntityRow>>;
  listDocuments(page: PageArgs, query?: DocumentQuery, sort?: Sort<DocumentSortField>): Promise<Page<DocumentRow>>;
  listStatements(query: StatementQuery, page: PageArgs, sort?: Sort<StatementSortField>): Promise<Page<StatementRow>>;
  /** Mentions of any of these entities, in id (document, then text) order. */
  listMentions(entityIds: readonly number[], page: PageArgs): Promise<Page<MentionRow>>;

  /**
   * Entities whose names match as you type: every word begins a word of the name or of an
   * alias, case- and accent-insensitive ("kirb" → John Kirby, "Lula" → Luiz Inácio Lula da
   * Silva). Ranked by entityMatchScore (search-terms.ts), best first.
   */
  searchEntities(query: string, kinds: readonly EntityKind[], limit: number): Promise<Array<SearchHit<EntityRow>>>;

  /**
   * Entities connected to one entity, by statements (one speaks, the other is spoken about,
   * or both are spoken about together) and by documents mentioning both; heaviest first
   * (see rankRelated in related.ts).
   */
  relatedEntities(entityId: number, kinds: readonly EntityKind[], limit: number): Promise<RelatedRow[]>;

  /** How many documents, listed entities of each kind, statements and mentions the graph holds. */
  stats(): Promise<GraphStats>;

  /**
   * Per document id, in the same order, in text order; at most `limit` of each (the first)
   * when given, so a document of 75,000 statements costs a request no more than it asks for.
   */
  mentionsOfDocuments(documentIds: readonly number[], limit?: number): Promise<MentionRow[][]>;
  statementsOfDocuments(documentIds: readonly number[], limit?: number): Promise<StatementRow[][]>;

  /** Full-text search over titles and texts (words and "quoted phrases", all required), best first. */
  searchDocuments(query: string, limit: number): Promise<Array<SearchHit<DocumentRow>>>;
  /** Full-text search over statement contents and their sentences, best first. */
  searchStatements(query: string, limit: number): Promise<Array<SearchHit<StatementRow>>>;

  /**
   * Statements stored after the one with id `afterId`, in id order, at most `limit`: what
   * arrived since (ids only grow, and are never reused).
   */
  statementsAfter(afterId: number, limit: number): Promise<StatementRow[]>;
  /** The highest statement id stored, 0 when there is none: where "what arrived since" starts. */
  latestStatementId(): Promise<number>;

  /**
   * For stores other processes write too and that can say when they do (PostgreSQL's
   * LISTEN/NOTIFY): calls `listener` after any process commits a write, and after a lost
   * connection comes back (what was missed meanwhile is then read with statementsAfter).
   * Returns the function that stops it. Stores without it are polled.
   */
  onStatementsAdded?(listener: () => void): () => void;

  /**
   * Optional fast path for networks and timelines (src/graph/network.ts): the statements a query
   * matches as who spoke, about whom, when (statementDate(), '' when unknown), latest first
   * (ties: highest id first), at most `limit` (Infinity: all). A store without it is read
   * through listStatements with the same result, only slower.
   */
  statementLinks?(query: StatementQuery, limit: number): Promise<StatementLink[]>;

  /*
   * Claims: statements by one speaker with nearly the same words within a few days
   * (graph/claims.ts). What a store must do for them, all of it here and in its writes:
   *   - keep one ClaimMemberRow per statement (claimMember() makes it when the statement is
   *     stored) and one ClaimRow per claim, indexed by (speakerId, day) and by claimId; a
   *     store may keep no row for a claim of one member (ClaimChanges.singles: the SQL stores
   *     don't) and summarize it from that member when read (summarizeClaim);
   *   - in ingest, after writing a document's statements, call claimsOnIngest(members, index)
   *     and, in deleteDocument (and when a new version replaces a document), before deleting
   *     its statements, claimsOnDelete(statementIds, theirClaimIds, index), both from
   *     claims-plan.ts with a ClaimIndex over its rows, in the same transaction; then store
   *     the ClaimChanges returned (members, claims, singles, demoted and removed claim ids);
   *   - answer the four reads below. Clustering itself is never the store's business.
   */
  claimsByIds(ids: readonly number[]): Promise<Array<ClaimRow | null>>;
  /** Per statement id, in the same order: the claim it reports; null for an unknown statement. */
  claimsOfStatements(statementIds: readonly number[]): Promise<Array<ClaimRow | null>>;
  /** Claims in `sort` order (claimSortKey in list-order.ts), keyset-paged like the other lists. */
  listClaims(query: ClaimQuery, page: PageArgs, sort?: Sort<ClaimSortField>): Promise<Page<ClaimRow>>;
  /** A claim's statements in report order: (reportedAt(), id) ascending, `page.afterKey` the reportedAt of `page.after`. */
  listClaimStatements(claimId: number, page: PageArgs): Promise<Page<StatementRow>>;

  /** Size of the whole graph. */
  counts(): Promise<GraphCounts>;

  /**
   * After a bulk write (`whosaid ingest`): the engine refreshes what its query planner knows of
   * the tables. PostgreSQL plans from statistics that autovacuum updates only now and then (and
   * never where it is off); the embedded stores need nothing.
   */
  refreshStatistics(): Promise<void>;

  close(): Promise<void>;
}
