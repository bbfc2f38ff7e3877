import type { PoolClient } from 'pg';
import { nameKey } from '../extract/normalize.js';
import type { ExtractedDocument } from './facts.js';
import { claimsOfNewDocument, claimsOfRemovedDocument } from './postgres-claims.js';
import { documentFacts, documentFields, documentHash, type MentionDraft, type StatementDraft } from './document-facts.js';
import { DOCUMENT_COLUMNS, ENTITY_COLUMNS, toDocument, toEntity, type DocumentRecord, type EntityRecord } from './postgres-rows.js';
import { assignEntityIds, lookupKeys, rebuildEntity, resolveDocument, type EntityContribution, type ResolutionIndex } from './resolve.js';
import { ZERO_COUNTS, type DeleteResult, type DocumentInput, type DocumentRow, type EntityRow, type IngestResult } from './types.js';

/**
 * The writes of the PostgreSQL store, each run by the caller inside a transaction that holds
 * the write lock (postgres-store.ts). A document costs three round trips whatever its size:
 * what is stored of it and the entities its names may resolve to, ids for the entities it
 * creates (when it creates any), and one statement that writes everything (data-modifying
 * CTEs over jsonb rows, so a document with 300 mentions is one multi-row insert per table,
 * not 300 statements).
 */
export async function ingestDocument(client: PoolClient, input: DocumentInput, facts: ExtractedDocument): Promise<IngestResult> {
  const hash = documentHash(input.text);
  // One round trip: the same text stored already, the version this one replaces, and the
  // stored entities its names may resolve to.
  const { keys, codes } = candidateKeys(facts);
  // The version this one replaces: by path, else by URL. Chosen here, not with OR in SQL, which
  // hid the partial indexes from the plan; and ordered by `id + 0`, else the plan walks the
  // primary key and reads every document (both made ingest slow down as the table grew).
  const previousBy = input.path != null ? 's.path' : 's.url';
  const { rows: [found] } = await client.query<{ existing: DocumentRecord | null; previous: DocumentRecord | null; candidates: Array<EntityRecord & { key: string | null }> }>(`SELECT
    (SELECT to_jsonb(s) FROM (SELECT ${DOCUMENT_COLUMNS} FROM documents s WHERE s.hash = $1) s) AS existing,
    (SELECT to_jsonb(s) FROM (SELECT ${DOCUMENT_COLUMNS} FROM documents s WHERE ${previousBy} = $2 ORDER BY s.id + 0 LIMIT 1) s) AS previous,
    (SELECT coalesce(jsonb_agg(c), '[]') FROM (
      SELECT k.key, s.* FROM entity_keys k CROSS JOIN LATERAL (${entityOfKey('PERSON')}) s WHERE k.key = ANY($3::text[])
      UNION ALL SELECT k.key, s.* FROM entity_keys k CROSS JOIN LATERAL (${entityOfKey('ORGANIZATION')}) s WHERE k.key = ANY($4::text[])
      UNION ALL SELECT NULL, ${ENTITY_COLUMNS} FROM entities s WHERE s.code = ANY($5::text[])) c) AS candidates`,
  [hash, input.path ?? input.url ?? null, keys.people, keys.organizations, codes]);
  if (found.existing) return { document: toDocument(found.existing), created: false, added: ZERO_COUNTS, removed: ZERO_COUNTS, replacedDocumentId: null };

  const plan = resolveDocument(facts.entities, candidateIndex(found.candidates));
  const fresh = plan.entities.filter((entity) => !entity.stored).length;
  const ids = fresh === 0 ? [] : (await client.query<{ id: number }>(`SELECT nextval('entities_id_seq') AS id FROM generate_series(1, $1)`, [fresh])).rows.map((row) => row.id).sort((a, b) => a - b);
  let next = 0;
  // Ids come first, so every new entity is written whole, its relations included.
  assignEntityIds(plan, () => ids[next++]);
  const { mentions, statements, relations } = documentFacts(input.text, facts, plan.ids);
  const counts = countsPerEntity(mentions, statements);

  const created: unknown[] = [];
  const changed: unknown[] = [];
  const newKeys: Array<{ key: string; entity_id: number }> = [];
  for (const { row, stored } of plan.entities) {
    const count = counts.get(row.id) ?? { mentions: 0, statements: 0 };
    const columns = { id: row.id, name: row.name, aliases: row.aliases, roles: row.roles, organization_ids: row.organizationIds, country_id: row.countryId };
    if (stored) changed.push({ ...columns, mentions: count.mentions, statements: count.statements });
    else created.push({ ...columns, kind: row.kind, code: row.code, mention_count: count.mentions, statement_count: count.statements });
    // Keys only grow while documents are added (a fuller name keeps the old one as an alias).
    const known = new Set(stored ? lookupKeys(stored) : []);
    for (const key of lookupKeys(row)) if (!known.has(key)) newKeys.push({ key, entity_id: row.id });
  }
  const fields = documentFields(input, facts, hash);
  const { rows: [{ id }] } = await client.query<{ id: number }>(WRITE_DOCUMENT, [
    fields.hash, fields.path, fields.url, fields.source, fields.title, fields.publishedAt, fields.text,
    JSON.stringify(created), JSON.stringify(changed), JSON.stringify(newKeys),
    JSON.stringify(plan.contributions.map(({ entityId, contribution }, position) => ({ entity_id: entityId, facts: contribution, position }))),
    JSON.stringify(mentions.map((mention, position) => ({ entity_id: mention.entityId, text: mention.text, start_offset: mention.start, end_offset: mention.end, position }))),
    JSON.stringify(statements.map((statement, position) => ({ ...statementColumns(statement), position }))),
    JSON.stringify(relations.map((relation, position) => ({
      entity_id: relation.entityId, relation: relation.relation, role: relation.role, target_id: relation.targetId, text: relation.text, start_offset: relation.start, end_offset: relation.end, position,
    }))),
    plan.entities.filter((entity) => entity.stored).map((entity) => entity.row.id),
  ]);
  const document: DocumentRow = { id, ...fields };
  await claimsOfNewDocument(client, id, fields.publishedAt, fields.source);
  const added = { documents: 1, entities: fresh, mentions: mentions.length, statements: statements.length };
  const removed = found.previous ? (await removeDocument(client, toDocument(found.previous))).removed : ZERO_COUNTS;
  return { document, created: true, added, removed, replacedDocumentId: found.previous?.id ?? null };
}

/**
 * The entity a key row points at, read by its primary key. `OFFSET 0` keeps the planner from
 * turning this into a join it plans from table statistics: during a bulk ingest those lag far
 * behind (65 people estimated, 10,000 stored), and it hashed every entity of the kind for
 * each document, so ingest slowed as the graph grew.
 */
const entityOfKey = (kind: 'PERSON' | 'ORGANIZATION') => `SELECT ${ENTITY_COLUMNS} FROM entities s WHERE s.id = k.entity_id AND s.kind = '${kind}' OFFSET 0`;

/**
 * The one statement that writes a resolved document. Its parts cannot see each other's rows,
 * so none reads what another writes: new entities come whole, stored ones get their new state
 * and count deltas in one update, and children take the document id from `document`.
 */
const WRITE_DOCUMENT = `WITH
  document AS (INSERT INTO documents (hash, path, url, source, title, published_at, text) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id),
  created AS (INSERT INTO entities (id, kind, code, name, aliases, roles, organization_ids, country_id, mention_count, statement_count)
    SELECT id, kind, code, name, aliases, roles, organization_ids, country_id, mention_count, statement_count FROM jsonb_to_recordset($8::jsonb)
      AS x (id bigint, kind text, code text, name text, aliases text[], roles text[], organization_ids bigint[], country_id bigint, mention_count integer, statement_count integer)
    ORDER BY id),
  changed AS (UPDATE entities e SET name = x.name, aliases = x.aliases, roles = x.roles, organization_ids = x.organization_ids, country_id = x.country_id,
      mention_count = e.mention_count + x.mentions, statement_count = e.statement_count + x.statements
    FROM jsonb_to_recordset($9::jsonb) AS x (id bigint, name text, aliases text[], roles text[], organization_ids bigint[], country_id bigint, mentions integer, statements integer)
    -- The ids again as an array: the planner then reads these rows by key, not the whole table.
    WHERE e.id = x.id AND e.id = ANY($15::bigint[])),
  keys AS (INSERT INTO entity_keys (key, entity_id) SELECT key, entity_id FROM jsonb_to_recordset($10::jsonb) AS x (key text, entity_id bigint) ON CONFLICT DO NOTHING),
  contributions AS (INSERT INTO contributions (entity_id, document_id, position, facts)
    SELECT x.entity_id, (SELECT id FROM document), x.position, x.facts FROM jsonb_to_recordset($11::jsonb) AS x (entity_id bigint, facts jsonb, position integer)),
  mentions AS (INSERT INTO mentions (document_id, entity_id, text, start_offset, end_offset)
    SELECT (SELECT id FROM document), x.entity_id, x.text, x.start_offset, x.end_offset
    FROM jsonb_to_recordset($12::jsonb) AS x (entity_id bigint, text text, start_offset integer, end_offset integer, position integer) ORDER BY x.position),
  statements AS (INSERT INTO statements (document_id, kind, act, negated, text, start_offset, end_offset, cue, speaker_id, speaker_mention, speaker_description,
      speaker_affiliation_id, about_ids, date, sentence_text, sentence_start, sentence_end)
    SELECT (SELECT id FROM document), x.kind, x.act, x.negated, x.text, x.start_offset, x.end_offset, x.cue, x.speaker_id, x.speaker_mention, x.speaker_description,
      x.speaker_affiliation_id, x.about_ids, x.date, x.sentence_text, x.sentence_start, x.sentence_end
    FROM jsonb_to_recordset($13::jsonb) AS x (kind text, act text, negated boolean, text text, start_offset integer, end_offset integer, cue text, speaker_id bigint,
      speaker_mention jsonb, speaker_description text, speaker_affiliation_id bigint, about_ids bigint[], date text, sentence_text text, sentence_start integer,
      sentence_end integer, position integer) ORDER BY x.position),
  relations AS (INSERT INTO relation_evidence (entity_id, document_id, relation, role, target_id, text, start_offset, end_offset)
    SELECT x.entity_id, (SELECT id FROM document), x.relation, x.role, x.target_id, x.text, x.start_offset, x.end_offset
    FROM jsonb_to_recordset($14::jsonb) AS x (entity_id bigint, relation text, role text, target_id bigint, text text, start_offset integer, end_offset integer, position integer)
    ORDER BY x.position)
  SELECT id FROM document`;

const statementColumns = (statement: StatementDraft) => ({
  kind: statement.kind, act: statement.act, negated: statement.negated, text: statement.text, start_offset: statement.start, end_offset: statement.end, cue: statement.cue,
  speaker_id: statement.speakerId, speaker_mention: statement.speakerMention, speaker_description: statement.speakerDescription,
  speaker_affiliation_id: statement.speakerAffiliationId, about_ids: statement.aboutIds, date: statement.date,
  sentence_text: statement.sentence.text, sentence_start: statement.sentence.start, sentence_end: statement.sentence.end,
});

function countsPerEntity(mentions: readonly MentionDraft[], statements: readonly StatementDraft[]) {
  const counts = new Map<number, { mentions: number; statements: number }>();
  const of = (id: number) => counts.get(id) ?? counts.set(id, { mentions: 0, statements: 0 }).get(id)!;
  for (const { entityId } of mentions) of(entityId).mentions++;
  for (const { speakerId } of statements) if (speakerId !== null) of(speakerId).statements++;
  return counts;
}

/**
 * What resolution (resolve.ts resolveEntity) looks up for a document, and nothing more: a
 * person by name alone, an organization by name and aliases, a country by code. The stored
 * entities they find answer its synchronous index alone. (Person aliases are not asked: a
 * surname key finds every "… Kim" in the graph, and resolution never reads them.)
 */
function candidateKeys(facts: ExtractedDocument): { keys: { people: string[]; organizations: string[] }; codes: string[] } {
  const people = new Set<string>();
  const organizations = new Set<string>();
  const codes = new Set<string>();
  for (const entity of facts.entities) {
    if (entity.code) codes.add(entity.code);
    if (entity.kind === 'PERSON') people.add(nameKey(entity.name));
    else if (entity.kind === 'ORGANIZATION') for (const name of [entity.name, ...entity.aliases]) organizations.add(nameKey(name));
  }
  return { keys: { people: [...people], organizations: [...organizations] }, codes: [...codes] };
}

function candidateIndex(candidates: Array<EntityRecord & { key: string | null }>): ResolutionIndex {
  const byCode = new Map<string, EntityRow>();
  const byKey = new Map<string, EntityRow[]>();
  for (const record of candidates) {
    const row = toEntity(record);
    if (record.key === null) byCode.set(row.code!, row);
    else byKey.set(record.key, [...(byKey.get(record.key) ?? []), row]);
  }
  for (const list of byKey.values()) list.sort((a, b) => a.id - b.id);
  return {
    byCode: (code) => byCode.get(code),
    byKey: (kind, key) => (byKey.get(key) ?? []).filter((row) => row.kind === kind),
  };
}

/** Deletes a document's facts, rebuilds the entities it touched from the other documents, drops those left with none. */
export async function removeDocument(client: PoolClient, document: DocumentRow): Promise<DeleteResult> {
  const id = document.id;
  const { rows: affectedRows } = await client.query<{ entity_id: number }>('SELECT DISTINCT entity_id FROM contributions WHERE document_id = $1', [id]);
  const affected = affectedRows.map((row) => row.entity_id);
  await client.query(`UPDATE entities e SET mention_count = e.mention_count - c.mentions, statement_count = e.statement_count - c.statements
    FROM (SELECT entity_id, sum(mentions)::int AS mentions, sum(statements)::int AS statements FROM (
      SELECT entity_id, 1 AS mentions, 0 AS statements FROM mentions WHERE document_id = $1
      UNION ALL SELECT speaker_id, 0, 1 FROM statements WHERE document_id = $1 AND speaker_id IS NOT NULL) t GROUP BY entity_id) c
    WHERE e.id = c.entity_id`, [id]);
  const mentions = (await client.query('DELETE FROM mentions WHERE document_id = $1', [id])).rowCount ?? 0;
  await claimsOfRemovedDocument(client, id);
  const statements = (await client.query('DELETE FROM statements WHERE document_id = $1', [id])).rowCount ?? 0;
  await client.query('DELETE FROM contributions WHERE document_id = $1', [id]);
  await client.query('DELETE FROM relation_evidence WHERE document_id = $1', [id]);
  await client.query('DELETE FROM documents WHERE id = $1', [id]);

  const { rows: remaining } = await client.query<{ entity_id: number; facts: EntityContribution }>(
    'SELECT entity_id, facts FROM contributions WHERE entity_id = ANY($1::bigint[]) ORDER BY entity_id, document_id, position', [affected]);
  const { rows: stored } = await client.query<EntityRecord>(`SELECT ${ENTITY_COLUMNS} FROM entities s WHERE s.id = ANY($1::bigint[])`, [affected]);
  const contributionsOf = new Map<number, EntityContribution[]>();
  for (const row of remaining) contributionsOf.set(row.entity_id, [...(contributionsOf.get(row.entity_id) ?? []), row.facts]);
  const orphans = affected.filter((entityId) => !contributionsOf.has(entityId));
  const rebuilt = stored.filter((record) => contributionsOf.has(record.id)).map((record) => rebuildEntity(toEntity(record), contributionsOf.get(record.id)!));
  if (rebuilt.length > 0) {
    // A rebuilt entity can lose names, so its keys are written afresh.
    await client.query(`WITH x AS (SELECT * FROM jsonb_to_recordset($1::jsonb) AS x (id bigint, name text, aliases text[], roles text[], organization_ids bigint[], country_id bigint)),
        updated AS (UPDATE entities e SET name = x.name, aliases = x.aliases, roles = x.roles, organization_ids = x.organization_ids, country_id = x.country_id FROM x WHERE e.id = x.id)
      DELETE FROM entity_keys WHERE entity_id IN (SELECT id FROM x)`,
    [JSON.stringify(rebuilt.map((row) => ({ id: row.id, name: row.name, aliases: row.aliases, roles: row.roles, organization_ids: row.organizationIds, country_id: row.countryId })))]);
    const keys = rebuilt.flatMap((row) => lookupKeys(row).map((key) => ({ key, entity_id: row.id })));
    await client.query('INSERT INTO entity_keys (key, entity_id) SELECT key, entity_id FROM jsonb_to_recordset($1::jsonb) AS x (key text, entity_id bigint) ON CONFLICT DO NOTHING', [JSON.stringify(keys)]);
  }
  if (orphans.length > 0) {
    // After the rebuilds, which drop every relation pointing at an orphan; orphans may still point at each other.
    await client.query('UPDATE entities SET country_id = NULL WHERE id = ANY($1::bigint[])', [orphans]);
    await client.query('DELETE FROM entity_keys WHERE entity_id = ANY($1::bigint[])', [orphans]);
    await client.query('DELETE FROM entities WHERE id = ANY($1::bigint[])', [orphans]);
  }
  return { document, removed: { documents: 1, entities: orphans.length, mentions, statements } };
}

/** A document by id, read inside the write transaction. */
export async function documentForRemoval(client: PoolClient, id: number): Promise<DocumentRow | null> {
  const { rows: [record] } = await client.query<DocumentRecord>(`SELECT ${DOCUMENT_COLUMNS} FROM documents s WHERE s.id = $1`, [id]);
  return record ? toDocument(record) : null;
}
