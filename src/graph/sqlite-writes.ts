import type { ExtractedDocument } from './facts.js';
import { documentFacts, documentFields, documentHash } from './document-facts.js';
import { assignEntityIds, lookupKeys, rebuildEntity, resolveDocument, type EntityContribution, type ResolutionIndex } from './resolve.js';
import type { SqliteClaims } from './sqlite-claims.js';
import { toDocument, toEntity, type DocumentRecord, type EntityRecord } from './sqlite-rows.js';
import type { PreparedSql } from './sqlite-sql.js';
import { ZERO_COUNTS, type DeleteResult, type DocumentInput, type DocumentRow, type EntityRow, type IngestResult, type StatementRow } from './types.js';

/**
 * The SQLite store's write path: a document in (entity resolution, mentions, statements,
 * relations, claims, counts) and a document out (its entities rebuilt from the others). Each
 * call runs inside the store's write transaction (SqliteStore.write), never on its own.
 */
export class SqliteWrites {
  private readonly index: ResolutionIndex = {
    byCode: (code) => {
      const record = this.sql<EntityRecord>('SELECT * FROM entities WHERE code = ?').get(code);
      return record && toEntity(record);
    },
    byKey: (kind, key) =>
      this.sql<EntityRecord>('SELECT e.* FROM entity_keys k JOIN entities e ON e.id = k.entity_id WHERE k.key = ? AND +e.kind = ? ORDER BY e.id').all(key, kind).map(toEntity),
  };

  constructor(private readonly sql: PreparedSql, private readonly claims: SqliteClaims) {}

  /** A document and its facts, unless its text is stored already; it replaces the document stored with its path (or url). */
  ingest(input: DocumentInput, facts: ExtractedDocument): IngestResult {
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
      const { name, aliases, roles, organization_ids, country_id } = changeableEntityColumns(first);
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
      const statementId = this.sql(`INSERT INTO statements (document_id, kind, act, negated, text, start_offset, end_offset, cue, speaker_id, speaker_mention, speaker_description, speaker_affiliation_id, date, sentence_text, sentence_start, sentence_end)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(
        document.id, statement.kind, statement.act, statement.negated ? 1 : 0, statement.text, statement.start, statement.end, statement.cue, statement.speakerId,
        statement.speakerMention && JSON.stringify(statement.speakerMention), statement.speakerDescription, statement.speakerAffiliationId, statement.date,
        statement.sentence.text, statement.sentence.start, statement.sentence.end,
      ).lastInsertRowid;
      statement.aboutIds.forEach((entityId, position) => this.sql('INSERT INTO statement_about (statement_id, position, entity_id) VALUES (?, ?, ?)').run(statementId, position, entityId));
      statementRows.push({ ...statement, id: Number(statementId), documentId: document.id });
    }
    this.claims.added(statementRows, document.publishedAt, document.source, new Set(inserted.keys()));
    for (const relation of relations) {
      this.sql('INSERT INTO relation_evidence (entity_id, document_id, relation, role, target_id, text, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(relation.entityId, document.id, relation.relation, relation.role, relation.targetId, relation.text, relation.start, relation.end);
    }
    this.adjustCounts(mentions, statements, +1);

    const added = { documents: 1, entities: plan.entities.filter((entity) => !entity.stored).length, mentions: mentions.length, statements: statements.length };
    const removed = previous ? this.remove(toDocument(previous)).removed : ZERO_COUNTS;
    return { document, created: true, added, removed, replacedDocumentId: previous?.id ?? null };
  }

  deleteDocument(id: number): DeleteResult | null {
    const record = this.sql<DocumentRecord>('SELECT * FROM documents WHERE id = ?').get(id);
    return record ? this.remove(toDocument(record)) : null;
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
    const columns = changeableEntityColumns(row);
    const previous = changeableEntityColumns(before);
    const changed = (Object.keys(columns) as Array<keyof ChangeableEntityColumns>).filter((column) => columns[column] !== previous[column]);
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
}

/** The columns of an entity a document may change, as stored: the lists are JSON. */
type ChangeableEntityColumns = ReturnType<typeof changeableEntityColumns>;

function changeableEntityColumns(row: EntityRow) {
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
