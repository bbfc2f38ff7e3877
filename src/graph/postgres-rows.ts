import pg from 'pg';
import {
  documentFromColumns, entityFromColumns, mentionFromColumns, relationFromColumns, statementFromColumns,
  type DocumentColumns, type EntityColumns, type MentionColumns, type RelationColumns, type StatementColumns,
} from './graph-columns.js';

/**
 * What only PostgreSQL needs of its rows: how its numbers are read and which columns a query
 * names. The columns' mapping to the store's rows is shared with SQLite (graph-columns.ts).
 */

/**
 * bigint (ids, counts) read as numbers, not strings: ids stay far below 2^53. Per pool, so
 * no other user of the pg module in the process is affected.
 */
export const NUMERIC_TYPES = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === pg.types.builtins.INT8) return Number;
    // bigint[] parsed as integer[] is: numbers.
    if (oid === INT8_ARRAY) return pg.types.getTypeParser(INT4_ARRAY as TypeId, 'text');
    return pg.types.getTypeParser(oid as TypeId, format as 'text');
  },
} as pg.CustomTypesConfig;

type TypeId = Parameters<typeof pg.types.getTypeParser>[0];
const INT8_ARRAY = 1016;
const INT4_ARRAY = 1007;

/** Column lists (never `*`: the generated search vectors stay in the database). */
export const DOCUMENT_COLUMNS = 's.id, s.hash, s.path, s.url, s.source, s.title, s.published_at, s.text';
export const ENTITY_COLUMNS = 's.id, s.kind, s.name, s.code, s.aliases, s.roles, s.organization_ids, s.country_id, s.mention_count, s.statement_count';
export const MENTION_COLUMNS = 's.id, s.document_id, s.entity_id, s.text, s.start_offset, s.end_offset';
export const STATEMENT_COLUMNS = `s.id, s.document_id, s.kind, s.act, s.negated, s.text, s.start_offset, s.end_offset, s.cue, s.speaker_id, s.speaker_mention,
  s.speaker_description, s.speaker_affiliation_id, s.about_ids, s.date, s.sentence_text, s.sentence_start, s.sentence_end`;

/** PostgreSQL returns the columns as graph-columns.ts names them: arrays and jsonb already parsed. */
export type DocumentRecord = DocumentColumns;
export type EntityRecord = EntityColumns;
export type MentionRecord = MentionColumns;
export type StatementRecord = StatementColumns;
export type RelationRecord = RelationColumns;

export const toDocument = documentFromColumns;
export const toEntity = entityFromColumns;
export const toMention = mentionFromColumns;
export const toStatement = statementFromColumns;
export const toRelationEvidence = relationFromColumns;
