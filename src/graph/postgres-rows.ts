import pg from 'pg';
import type { DocumentRow, EntityRow, MentionRow, RelationEvidenceRow, StatementRow } from './types.js';

/**
 * Rows as PostgreSQL returns them (snake_case; arrays and jsonb already parsed) and their
 * mappers to the store's rows: the one place that knows both shapes. A new table (the
 * claims, say) adds its columns, record type and mapper here, beside these.
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
export const STATEMENT_COLUMNS = `s.id, s.document_id, s.kind, s.act, s.text, s.start_offset, s.end_offset, s.cue, s.speaker_id, s.speaker_mention,
  s.speaker_description, s.speaker_affiliation_id, s.about_ids, s.date, s.sentence_text, s.sentence_start, s.sentence_end`;

export interface DocumentRecord { id: number; hash: string; path: string | null; url: string | null; source: string | null; title: string | null; published_at: string | null; text: string }
export interface EntityRecord {
  id: number; kind: EntityRow['kind']; name: string; code: string | null; aliases: string[]; roles: string[]; organization_ids: number[];
  country_id: number | null; mention_count: number; statement_count: number;
}
export interface MentionRecord { id: number; document_id: number; entity_id: number; text: string; start_offset: number; end_offset: number }
export interface StatementRecord {
  id: number; document_id: number; kind: StatementRow['kind']; act: StatementRow['act']; text: string; start_offset: number; end_offset: number; cue: string | null;
  speaker_id: number | null; speaker_mention: StatementRow['speakerMention']; speaker_description: string | null; speaker_affiliation_id: number | null;
  about_ids: number[]; date: string | null; sentence_text: string; sentence_start: number; sentence_end: number;
}
export interface RelationRecord {
  entity_id: number; document_id: number; relation: RelationEvidenceRow['relation']; role: string | null; target_id: number | null;
  text: string; start_offset: number; end_offset: number;
}

export const toDocument = (record: DocumentRecord): DocumentRow => ({
  id: record.id, path: record.path, title: record.title, publishedAt: record.published_at, url: record.url, source: record.source, text: record.text, hash: record.hash,
});

export const toEntity = (record: EntityRecord): EntityRow => ({
  id: record.id,
  kind: record.kind,
  name: record.name,
  aliases: record.aliases,
  code: record.code,
  roles: record.roles,
  organizationIds: record.organization_ids,
  countryId: record.country_id,
  mentionCount: record.mention_count,
  statementCount: record.statement_count,
});

export const toMention = (record: MentionRecord): MentionRow => ({
  id: record.id, documentId: record.document_id, entityId: record.entity_id, text: record.text, start: record.start_offset, end: record.end_offset,
});

export const toStatement = (record: StatementRecord): StatementRow => ({
  id: record.id,
  documentId: record.document_id,
  kind: record.kind,
  act: record.act,
  text: record.text,
  start: record.start_offset,
  end: record.end_offset,
  cue: record.cue,
  speakerId: record.speaker_id,
  speakerMention: record.speaker_mention,
  speakerDescription: record.speaker_description,
  speakerAffiliationId: record.speaker_affiliation_id,
  aboutIds: record.about_ids,
  date: record.date,
  sentence: { text: record.sentence_text, start: record.sentence_start, end: record.sentence_end },
});

export const toRelationEvidence = (record: RelationRecord): RelationEvidenceRow => ({
  entityId: record.entity_id, documentId: record.document_id, relation: record.relation, role: record.role, targetId: record.target_id,
  text: record.text, start: record.start_offset, end: record.end_offset,
});
