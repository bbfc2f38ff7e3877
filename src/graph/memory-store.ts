import { nameKey } from '../extract/normalize.js';
import type { ExtractedDocument } from '../graph/facts.js';
import { documentFacts, documentFields, documentHash } from './document-facts.js';
import { assignEntityIds, lookupKeys, rankByName, rebuildEntity, resolveDocument, type EntityContribution, type ResolutionIndex } from './resolve.js';
import { documentSortKey, entitySortKey, inDateRange, paginateMatching, statementSortKey } from './list-order.js';
import { MemoryClaims } from './memory-claims.js';
import { MemorySearch } from './memory-search.js';
import { rankRelated } from './related.js';
import { entityNameMatches } from './search-terms.js';
import { matchesStatementQuery, matchesText } from './statement-query.js';
import type { Store } from './store.js';
import {
  ZERO_COUNTS, type ClaimQuery, type ClaimSortField, type DeleteResult, type DocumentInput, type DocumentRow, type EntityKind, type EntityRow, type GraphCounts, type IngestResult,
  type DocumentQuery, type DocumentSortField, type EntityQuery, type EntitySortField, type GraphStats, type MentionRow, type PageArgs,
  type RelatedRow, type RelationEvidenceRow, type Sort, type StatementQuery, type StatementRow, type StatementSortField,
} from './types.js';

/**
 * The graph in process memory: the reference the SQLite store must match (the store
 * contract tests run against both), and a store for tests that need no file. Every method
 * runs synchronously to the end, so no reader ever sees half a write. Its claims and its
 * search live beside it: memory-claims.ts, memory-search.ts.
 */
export class MemoryStore implements Store {
  // Maps iterate in insertion order, which is id order: ids only grow.
  private readonly documents = new Map<number, DocumentRow>();
  private readonly entities = new Map<number, EntityRow>();
  private readonly statements = new Map<number, StatementRow>();
  private readonly mentionsByDocument = new Map<number, MentionRow[]>();
  private readonly relationsByDocument = new Map<number, RelationEvidenceRow[]>();
  private readonly statementsByDocument = new Map<number, StatementRow[]>();
  /** Per entity, what each document said about it, oldest document first. */
  private readonly contributions = new Map<number, Array<{ documentId: number; contribution: EntityContribution }>>();
  private readonly entityIdsByKey = new Map<string, Set<number>>();
  private readonly entityIdsByCode = new Map<string, number>();
  private readonly documentsByHash = new Map<string, DocumentRow>();
  private readonly documentsByPath = new Map<string, DocumentRow>();
  private readonly documentsByUrl = new Map<string, DocumentRow>();
  private readonly nextId = { document: 1, entity: 1, mention: 1, statement: 1 };
  private readonly claims = new MemoryClaims(this.statements, this.documents);
  private readonly search = new MemorySearch(this.entities, this.documents, this.statements);

  private readonly index: ResolutionIndex = {
    byCode: (code) => {
      const id = this.entityIdsByCode.get(code);
      return id === undefined ? undefined : this.entities.get(id);
    },
    byKey: (kind, key) => this.rowsByKey(key).filter((row) => row.kind === kind),
  };

  async ingestMany(documents: ReadonlyArray<{ input: DocumentInput; facts: ExtractedDocument }>): Promise<IngestResult[]> {
    // No transactions here: each document is still all-or-nothing, which is what callers rely on.
    const results: IngestResult[] = [];
    for (const { input, facts } of documents) results.push(await this.ingest(input, facts));
    return results;
  }

  async ingest(input: DocumentInput, facts: ExtractedDocument): Promise<IngestResult> {
    const hash = documentHash(input.text);
    const existing = this.documentsByHash.get(hash);
    if (existing) return { document: existing, created: false, added: ZERO_COUNTS, removed: ZERO_COUNTS, replacedDocumentId: null };
    const previous = input.path ? this.documentsByPath.get(input.path) : input.url ? this.documentsByUrl.get(input.url) : undefined;

    // Everything that can fail (resolution, fact rows) runs before the first change.
    const plan = resolveDocument(facts.entities, this.index);
    assignEntityIds(plan, () => this.nextId.entity++);
    const { mentions, statements, relations } = documentFacts(input.text, facts, plan.ids);

    const document: DocumentRow = { id: this.nextId.document++, ...documentFields(input, facts, hash) };
    this.documents.set(document.id, document);
    this.documentsByHash.set(hash, document);
    if (document.path) this.documentsByPath.set(document.path, document);
    else if (document.url) this.documentsByUrl.set(document.url, document);
    for (const { row } of plan.entities) this.putEntity(row);
    for (const { entityId, contribution } of plan.contributions) {
      const list = this.contributions.get(entityId) ?? [];
      list.push({ documentId: document.id, contribution });
      this.contributions.set(entityId, list);
    }
    const mentionRows = mentions.map((draft) => ({ ...draft, id: this.nextId.mention++, documentId: document.id }));
    const statementRows = statements.map((draft) => ({ ...draft, id: this.nextId.statement++, documentId: document.id }));
    this.mentionsByDocument.set(document.id, mentionRows);
    this.relationsByDocument.set(document.id, relations.map((relation) => ({ ...relation, documentId: document.id })));
    this.statementsByDocument.set(document.id, statementRows);
    for (const row of statementRows) this.statements.set(row.id, row);
    this.count(mentionRows, statementRows, +1);
    this.claims.added(statementRows, document.publishedAt, document.source);

    const added = { documents: 1, entities: plan.entities.filter((entity) => !entity.stored).length, mentions: mentionRows.length, statements: statementRows.length };
    const removed = previous ? this.remove(previous).removed : ZERO_COUNTS;
    return { document, created: true, added, removed, replacedDocumentId: previous?.id ?? null };
  }

  async deleteDocument(id: number): Promise<DeleteResult | null> {
    const document = this.documents.get(id);
    return document ? this.remove(document) : null;
  }

  private remove(document: DocumentRow): DeleteResult {
    const mentions = this.mentionsByDocument.get(document.id) ?? [];
    const statements = this.statementsByDocument.get(document.id) ?? [];
    this.documents.delete(document.id);
    this.documentsByHash.delete(document.hash);
    // Only while it is the version on record: a replaced document's path already names its successor.
    if (document.path && this.documentsByPath.get(document.path) === document) this.documentsByPath.delete(document.path);
    if (document.url && this.documentsByUrl.get(document.url) === document) this.documentsByUrl.delete(document.url);
    this.mentionsByDocument.delete(document.id);
    this.relationsByDocument.delete(document.id);
    this.statementsByDocument.delete(document.id);
    this.claims.removing(statements);
    for (const row of statements) this.statements.delete(row.id);
    this.count(mentions, statements, -1);

    let entitiesRemoved = 0;
    const affected = [...this.contributions].filter(([, list]) => list.some((item) => item.documentId === document.id)).map(([entityId]) => entityId);
    for (const entityId of affected) {
      const remaining = this.contributions.get(entityId)!.filter((item) => item.documentId !== document.id);
      const row = this.entities.get(entityId)!;
      if (remaining.length === 0) {
        this.unindex(row);
        this.entities.delete(entityId);
        this.contributions.delete(entityId);
        entitiesRemoved++;
      } else {
        this.contributions.set(entityId, remaining);
        this.putEntity(rebuildEntity(row, remaining.map((item) => item.contribution)));
      }
    }
    return { document, removed: { documents: 1, entities: entitiesRemoved, mentions: mentions.length, statements: statements.length } };
  }

  /** Stores an entity's new state and re-indexes the keys it is found by (a rebuilt entity may have lost some). */
  private putEntity(row: EntityRow): void {
    const previous = this.entities.get(row.id);
    if (previous) this.unindex(previous);
    this.entities.set(row.id, row);
    if (row.code) this.entityIdsByCode.set(row.code, row.id);
    for (const key of lookupKeys(row)) {
      const ids = this.entityIdsByKey.get(key) ?? new Set();
      ids.add(row.id);
      this.entityIdsByKey.set(key, ids);
    }
  }

  private unindex(row: EntityRow): void {
    for (const key of lookupKeys(row)) this.entityIdsByKey.get(key)?.delete(row.id);
    if (row.code) this.entityIdsByCode.delete(row.code);
  }

  /** Adds (+1) or takes away (-1) these facts from their entities' counts. Rows are replaced, never changed: callers hold snapshots. */
  private count(mentions: MentionRow[], statements: StatementRow[], sign: 1 | -1): void {
    const change = (id: number, field: 'mentionCount' | 'statementCount') => {
      const row = this.entities.get(id)!;
      this.entities.set(id, { ...row, [field]: row[field] + sign });
    };
    for (const row of mentions) change(row.entityId, 'mentionCount');
    for (const row of statements) if (row.speakerId !== null) change(row.speakerId, 'statementCount');
  }

  private rowsByKey(key: string): EntityRow[] {
    return [...(this.entityIdsByKey.get(key) ?? [])].sort((a, b) => a - b).map((id) => this.entities.get(id)!);
  }


  async documentsByIds(ids: readonly number[]) {
    return ids.map((id) => this.documents.get(id) ?? null);
  }

  async documentsByHashes(hashes: readonly string[]) {
    return hashes.map((hash) => this.documentsByHash.get(hash) ?? null);
  }

  async entitiesByIds(ids: readonly number[]) {
    return ids.map((id) => this.entities.get(id) ?? null);
  }

  async relationEvidenceOf(entityIds: readonly number[], limit = Infinity): Promise<RelationEvidenceRow[][]> {
    const all = [...this.relationsByDocument.values()].flat();
    // The order SQLite gives: by document, then position in the text.
    return entityIds.map((id) => all.filter((row) => row.entityId === id).sort((a, b) => a.documentId - b.documentId || a.start - b.start).slice(0, limit));
  }

  async statementsByIds(ids: readonly number[]) {
    return ids.map((id) => this.statements.get(id) ?? null);
  }

  async findEntities(name: string, kind?: EntityKind) {
    const rows = this.rowsByKey(nameKey(name)).filter((row) => !kind || row.kind === kind);
    return rankByName(rows, name);
  }

  async listEntities(kind: EntityKind, page: PageArgs, query: EntityQuery = {}, sort: Sort<EntitySortField> = { field: 'ID', direction: 'ASC' }) {
    const matches = (row: EntityRow) => row.kind === kind && row.mentionCount > 0
      && (!query.nameWords || entityNameMatches(row, query.nameWords))
      && (!query.countryIds || (row.countryId !== null && query.countryIds.includes(row.countryId)))
      && (!query.organizationIds || row.organizationIds.some((id) => query.organizationIds!.includes(id)));
    return paginateMatching(this.entities.values(), matches, page, sort, (row) => entitySortKey(row, sort.field));
  }

  async listDocuments(page: PageArgs, query: DocumentQuery = {}, sort: Sort<DocumentSortField> = { field: 'ID', direction: 'ASC' }) {
    const matches = (row: DocumentRow) => inDateRange(row.publishedAt ?? '', query.from, query.to)
      && (!query.entityIds || (this.mentionsByDocument.get(row.id) ?? []).some((mention) => query.entityIds!.includes(mention.entityId)))
      && (query.text === undefined || matchesText(`${row.title ?? ''}\n${row.text}`, query.text));
    return paginateMatching(this.documents.values(), matches, page, sort, (row) => documentSortKey(row, sort.field));
  }

  async listStatements(query: StatementQuery, page: PageArgs, sort: Sort<StatementSortField> = { field: 'ID', direction: 'ASC' }) {
    const publishedAt = (row: StatementRow) => this.documents.get(row.documentId)?.publishedAt ?? null;
    return paginateMatching(this.statements.values(), (row) => matchesStatementQuery(row, query, publishedAt(row)), page, sort,
      (row) => statementSortKey(row, sort.field, publishedAt(row)));
  }

  async claimsByIds(ids: readonly number[]) { return this.claims.claimsByIds(ids); }
  async claimsOfStatements(statementIds: readonly number[]) { return this.claims.claimsOfStatements(statementIds); }
  async listClaims(query: ClaimQuery, page: PageArgs, sort?: Sort<ClaimSortField>) { return this.claims.listClaims(query, page, sort); }
  async listClaimStatements(claimId: number, page: PageArgs) { return this.claims.listClaimStatements(claimId, page); }

  async listMentions(entityIds: readonly number[], page: PageArgs) {
    const all = [...this.mentionsByDocument.values()].flat();
    return paginateMatching(all, (row) => entityIds.includes(row.entityId), page, { field: 'ID', direction: 'ASC' }, (row) => row.id);
  }

  async searchEntities(query: string, kinds: readonly EntityKind[], limit: number) { return this.search.searchEntities(query, kinds, limit); }

  async relatedEntities(entityId: number, kinds: readonly EntityKind[], limit: number): Promise<RelatedRow[]> {
    const wanted = (id: number) => {
      const row = this.entities.get(id);
      return id !== entityId && row !== undefined && row.mentionCount > 0 && kinds.includes(row.kind);
    };
    const statementLinks: Array<{ entityId: number; statementId: number }> = [];
    for (const row of this.statements.values()) {
      const involved = row.speakerId === null ? row.aboutIds : [row.speakerId, ...row.aboutIds];
      if (!involved.includes(entityId)) continue;
      for (const other of involved) if (wanted(other)) statementLinks.push({ entityId: other, statementId: row.id });
    }
    const documentLinks: Array<{ entityId: number; documentId: number }> = [];
    for (const [documentId, mentions] of this.mentionsByDocument) {
      if (!mentions.some((mention) => mention.entityId === entityId)) continue;
      for (const mention of mentions) if (wanted(mention.entityId)) documentLinks.push({ entityId: mention.entityId, documentId });
    }
    return rankRelated(statementLinks, documentLinks, limit);
  }

  async stats(): Promise<GraphStats> {
    const listed = { PERSON: 0, ORGANIZATION: 0, COUNTRY: 0 };
    for (const row of this.entities.values()) if (row.mentionCount > 0) listed[row.kind]++;
    const { documents, statements, mentions } = await this.counts();
    return { documents, people: listed.PERSON, organizations: listed.ORGANIZATION, countries: listed.COUNTRY, statements, mentions };
  }

  async mentionsOfDocuments(documentIds: readonly number[], limit = Infinity) {
    return documentIds.map((id) => (this.mentionsByDocument.get(id) ?? []).slice(0, limit));
  }

  async statementsOfDocuments(documentIds: readonly number[], limit = Infinity) {
    return documentIds.map((id) => (this.statementsByDocument.get(id) ?? []).slice(0, limit));
  }

  async searchDocuments(query: string, limit: number) { return this.search.searchDocuments(query, limit); }
  async searchStatements(query: string, limit: number) { return this.search.searchStatements(query, limit); }

  async statementsAfter(afterId: number, limit: number) {
    const after: StatementRow[] = [];
    // A Map keeps insertion order, which is id order.
    for (const row of this.statements.values()) {
      if (row.id <= afterId) continue;
      if (after.length === limit) break;
      after.push(row);
    }
    return after;
  }

  async latestStatementId() {
    let latest = 0;
    for (const id of this.statements.keys()) latest = Math.max(latest, id);
    return latest;
  }

  async counts(): Promise<GraphCounts> {
    let mentions = 0;
    for (const list of this.mentionsByDocument.values()) mentions += list.length;
    return { documents: this.documents.size, entities: this.entities.size, mentions, statements: this.statements.size };
  }

  /** Nothing to plan. */
  async refreshStatistics() {}

  async close() {}
}
